import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { ProductEntity } from '../products/product.entity';

@Entity('sales_order')
@Index('ix_sales_order_customer_open', ['customerId', 'status'])
@Check('ck_sales_order_status', `status IN ('open','partially_invoiced','invoiced','cancelled')`)
@Check('ck_sales_order_amounts', `uninvoiced_amount >= 0 AND uninvoiced_amount <= total`)
export class SalesOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  /** Snapshots at creation: reports by group and lists do not rewrite history. */
  @Column({ type: 'varchar', length: 30 })
  customerCode!: string;

  @Column({ type: 'varchar', length: 150 })
  customerName!: string;

  @Index('ix_sales_order_group')
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: 'open' | 'partially_invoiced' | 'invoiced' | 'cancelled';

  @Column({ type: 'date' })
  orderDate!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  total!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  uninvoicedAmount!: string;

  @Column({ type: 'varchar', length: 12 })
  creditOutcome!: 'pass' | 'warn' | 'override';

  @Column({ type: 'jsonb', default: () => `'[]'` })
  creditReasons!: { code: string; message: string }[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  creditOverrideReason!: string | null;

  @Column({ type: 'varchar', length: 80 })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @OneToMany(() => SalesOrderLineEntity, (line) => line.order)
  lines!: SalesOrderLineEntity[];
}

@Entity('sales_order_line')
@Index('ix_sales_order_line_order', ['salesOrderId', 'lineNo'], { unique: true })
@Index('ix_sales_order_line_product', ['productId'])
export class SalesOrderLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  salesOrderId!: string;

  @ManyToOne(() => SalesOrderEntity, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sales_order_id', foreignKeyConstraintName: 'fk_sales_order_line_order' })
  order!: SalesOrderEntity;

  @Column({ type: 'int' })
  lineNo!: number;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => ProductEntity)
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_sales_order_line_product' })
  product!: ProductEntity;

  @Column({ type: 'numeric', precision: 15, scale: 3 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  unitPrice!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ type: 'numeric', precision: 15, scale: 3, default: 0 })
  invoicedQuantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  invoicedAmount!: string;
}
