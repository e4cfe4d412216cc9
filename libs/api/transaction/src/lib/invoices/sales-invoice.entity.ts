import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';

@Entity('sales_invoice')
@Index('ix_sales_invoice_customer_status', ['customerId', 'status'])
@Index('ix_sales_invoice_order', ['salesOrderId'])
@Check('ck_sales_invoice_status', `status IN ('unpaid','partially_paid','paid','void')`)
@Check('ck_sales_invoice_amounts', `paid_amount >= 0 AND outstanding_amount >= 0 AND paid_amount + outstanding_amount <= total`)
export class SalesInvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 30 })
  customerCode!: string;

  @Column({ type: 'varchar', length: 150 })
  customerName!: string;

  @Index('ix_sales_invoice_group')
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  salesOrderId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  salesOrderNumber!: string | null;

  @Column({ type: 'date' })
  invoiceDate!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  total!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  paidAmount!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  outstandingAmount!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: 'unpaid' | 'partially_paid' | 'paid' | 'void';

  @Column({ type: 'varchar', length: 12 })
  creditOutcome!: 'pass' | 'warn' | 'override' | 'not_checked';

  @Column({ type: 'jsonb', default: () => `'[]'` })
  creditReasons!: { code: string; message: string }[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  creditOverrideReason!: string | null;

  @Column({ type: 'varchar', length: 80 })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @OneToMany(() => SalesInvoiceLineEntity, (line) => line.invoice)
  lines!: SalesInvoiceLineEntity[];
}

@Entity('sales_invoice_line')
@Index('ix_sales_invoice_line_invoice', ['salesInvoiceId', 'lineNo'], { unique: true })
@Index('ix_sales_invoice_line_product', ['productId'])
export class SalesInvoiceLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  salesInvoiceId!: string;

  @ManyToOne(() => SalesInvoiceEntity, (invoice) => invoice.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sales_invoice_id', foreignKeyConstraintName: 'fk_sales_invoice_line_invoice' })
  invoice!: SalesInvoiceEntity;

  @Column({ type: 'int' })
  lineNo!: number;

  @Column({ type: 'uuid', nullable: true })
  salesOrderLineId!: string | null;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity)
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_sales_invoice_line_product' })
  product!: ProductEntity;

  @Column({ type: 'numeric', precision: 15, scale: 3 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  unitPrice!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;
}
