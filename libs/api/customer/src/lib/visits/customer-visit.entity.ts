import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerEntity } from '../customers/customer.entity';

/** A sales visit to a customer, with notes and photos (SPEC §6). */
@Entity('customer_visit')
@Index('ix_customer_visit_customer_time', ['customerId', 'visitedAt'])
export class CustomerVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_visit_customer' })
  customer!: CustomerEntity;

  @Column({ type: 'timestamptz' })
  visitedAt!: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 100 })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => CustomerVisitPhotoEntity, (photo) => photo.visit)
  photos!: CustomerVisitPhotoEntity[];
}

@Entity('customer_visit_photo')
@Index('ix_customer_visit_photo_visit', ['visitId'])
export class CustomerVisitPhotoEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  visitId!: string;

  @ManyToOne(() => CustomerVisitEntity, (visit) => visit.photos, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_customer_visit_photo_visit' })
  visit!: CustomerVisitEntity;

  /** Where FileStorage keeps the bytes. */
  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 30 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;
}
