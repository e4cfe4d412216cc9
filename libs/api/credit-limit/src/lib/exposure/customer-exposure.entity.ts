import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The exposure ledger: per customer, the open-document count and the outstanding amount, changed in the
 * same transaction as every document change. Its row is also the per-customer lock of the credit check.
 */
@Entity('customer_exposure')
export class CustomerExposureEntity {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'int', default: 0 })
  openDocuments!: number;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  outstandingAmount!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
