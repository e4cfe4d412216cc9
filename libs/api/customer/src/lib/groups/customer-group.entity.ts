import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A flat customer segment (SPEC §1). Search indexes, created by the migration:
 * unique `lower(code)`; `lower(code|name) text_pattern_ops` for startsWith/exact; trigram GIN for contains.
 */
@Entity('customer_group')
@Index('uq_customer_group_code', { synchronize: false })
@Index('ix_customer_group_code_prefix', { synchronize: false })
@Index('ix_customer_group_name_prefix', { synchronize: false })
@Index('ix_customer_group_code_trgm', { synchronize: false })
@Index('ix_customer_group_name_trgm', { synchronize: false })
export class CustomerGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Group default limits (null = inherit the global default). */
  @Column({ type: 'int', nullable: true })
  openDocumentsLimit!: number | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  outstandingAmountLimit!: string | null;

  @Column({ type: 'boolean', nullable: true })
  overdueCheck!: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
