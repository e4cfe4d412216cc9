import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Unpaid invoices with their due dates, for the overdue rule; a row leaves when its invoice is settled or void. */
@Entity('credit_receivable')
@Index('ix_credit_receivable_customer_due', ['customerId', 'dueDate'])
export class CreditReceivableEntity {
  @PrimaryColumn({ type: 'uuid' })
  invoiceId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  outstandingAmount!: string;
}
