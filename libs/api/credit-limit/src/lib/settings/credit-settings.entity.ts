import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The company's credit settings: one row (id = 1). Global default limits are null when not set. */
@Entity('credit_settings')
@Check('ck_credit_settings_single_row', `id = 1`)
@Check('ck_credit_settings_mode', `enforcement_mode IN ('warning','blocking')`)
export class CreditSettingsEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'int', nullable: true })
  defaultOpenDocumentsLimit!: number | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  defaultOutstandingAmountLimit!: string | null;

  @Column({ type: 'boolean', nullable: true })
  defaultOverdueCheck!: boolean | null;

  @Column({ type: 'varchar', length: 10, default: 'blocking' })
  enforcementMode!: 'warning' | 'blocking';

  @Column({ type: 'boolean', default: false })
  allowBackofficeBypass!: boolean;

  @Column({ type: 'int', default: 80 })
  warningThresholdPercent!: number;

  @Column({ type: 'int', default: 0 })
  overdueGraceDays!: number;

  @Column({ type: 'varchar', length: 5, default: '07:00' })
  recapTime!: string;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Jakarta' })
  timeZone!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
