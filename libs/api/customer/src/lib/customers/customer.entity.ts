import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CustomerGroupEntity } from '../groups/customer-group.entity';

/** A customer with its own credit limit per kind: inherit, unlimited or a value (SPEC §2). */
@Entity('customer')
@Index('uq_customer_code', { synchronize: false })
@Index('ix_customer_code_trgm', { synchronize: false })
@Index('ix_customer_name_trgm', { synchronize: false })
@Index('ix_customer_code_prefix', { synchronize: false })
@Check('ck_customer_open_documents', `(open_documents_mode = 'value') = (open_documents_limit IS NOT NULL)`)
@Check('ck_customer_outstanding_amount', `(outstanding_amount_mode = 'value') = (outstanding_amount_limit IS NOT NULL)`)
@Check('ck_customer_overdue', `(overdue_mode = 'value') = (overdue_check IS NOT NULL)`)
@Check('ck_customer_modes', `open_documents_mode IN ('inherit','unlimited','value') AND outstanding_amount_mode IN ('inherit','unlimited','value') AND overdue_mode IN ('inherit','value')`)
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Index('ix_customer_group_id')
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => CustomerGroupEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_customer_group' })
  group!: CustomerGroupEntity | null;

  @Column({ type: 'int', default: 30 })
  paymentTermDays!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'inherit' })
  openDocumentsMode!: 'inherit' | 'unlimited' | 'value';

  @Column({ type: 'int', nullable: true })
  openDocumentsLimit!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'inherit' })
  outstandingAmountMode!: 'inherit' | 'unlimited' | 'value';

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  outstandingAmountLimit!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'inherit' })
  overdueMode!: 'inherit' | 'value';

  @Column({ type: 'boolean', nullable: true })
  overdueCheck!: boolean | null;

  /** The latest visit (never moved backwards by a back-dated visit). */
  @Column({ type: 'timestamptz', nullable: true })
  lastVisitAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
