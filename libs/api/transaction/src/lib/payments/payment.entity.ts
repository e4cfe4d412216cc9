import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('payment')
@Index('ix_payment_invoice', ['invoiceId'])
@Index('ix_payment_customer', ['customerId', 'paidAt'])
@Check('ck_payment_amount', `amount > 0`)
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number!: string;

  @Column({ type: 'uuid' })
  invoiceId!: string;

  @Column({ type: 'varchar', length: 20 })
  invoiceNumber!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ type: 'date' })
  paidAt!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  method!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 80 })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
