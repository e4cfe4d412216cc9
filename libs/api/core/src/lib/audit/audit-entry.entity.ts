import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The audit trail: who changed what, when, from what to what. Append-only. */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  actorType!: 'user' | 'api_key' | 'system';

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  actorName!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: string;

  /** e.g. `user.create`, `customer.credit_limit.update`. */
  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: object | null;
}
