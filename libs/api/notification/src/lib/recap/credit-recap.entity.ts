import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A daily credit recap (SPEC §5). At most one scheduled recap per company date: the unique index decides. */
@Entity('credit_recap')
@Index('uq_credit_recap_scheduled_date', ['recapDate'], { unique: true, where: `"trigger" = 'scheduled'` })
@Index('ix_credit_recap_date', ['recapDate', 'generatedAt'])
export class CreditRecapEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date' })
  recapDate!: string;

  @Column({ type: 'varchar', length: 10 })
  trigger!: 'scheduled' | 'manual';

  @Column({ type: 'timestamptz' })
  generatedAt!: Date;

  @Column({ type: 'int' })
  warningThresholdPercent!: number;

  @Column({ type: 'int', default: 0 })
  warningCount!: number;

  @Column({ type: 'int', default: 0 })
  overlimitCount!: number;
}

/** One customer of a recap, as the evaluator saw it when the recap was made. */
@Entity('credit_recap_row')
export class CreditRecapRowEntity {
  @PrimaryColumn({ type: 'uuid' })
  recapId!: string;

  @ManyToOne(() => CreditRecapEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recap_id', foreignKeyConstraintName: 'fk_credit_recap_row_recap' })
  recap!: CreditRecapEntity;

  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'warning' | 'overlimit';

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  groupCode!: string | null;

  @Column({ type: 'int', nullable: true })
  openDocumentsLimit!: number | null;

  @Column({ type: 'int' })
  openDocumentsUsed!: number;

  @Column({ type: 'numeric', precision: 10, scale: 4, nullable: true })
  openDocumentsUtilization!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  outstandingAmountLimit!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  outstandingAmountUsed!: string;

  @Column({ type: 'numeric', precision: 10, scale: 4, nullable: true })
  outstandingAmountUtilization!: string | null;

  @Column({ type: 'int' })
  overdueInvoices!: number;

  @Column({ type: 'numeric', precision: 10, scale: 4, nullable: true })
  maxUtilization!: string | null;
}
