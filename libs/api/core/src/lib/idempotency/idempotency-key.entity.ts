import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A create request's Idempotency-Key and the answer it got, per caller. */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  /** `user:<id>` or `api_key:<id>`: keys are scoped to the caller. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  principalKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 300 })
  route!: string;

  /** SHA-256 of the method, route and canonical body. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'int' })
  statusCode!: number;

  @Column({ type: 'jsonb' })
  responseBody!: unknown;

  /** Keys older than IDEMPOTENCY_TTL_HOURS are purged by Housekeeping. */
  @Index('ix_idempotency_key_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
