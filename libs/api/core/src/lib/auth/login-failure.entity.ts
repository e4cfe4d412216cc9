import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed log-in, for throttling guesses (LoginThrottle); purged after a day. */
@Entity('login_failure')
@Index('ix_login_failure_key', ['email', 'ip', 'failedAt'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** As typed, lower-cased (also unknown e-mails: the answer must not tell them apart). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Index('ix_login_failure_at')
  @CreateDateColumn({ type: 'timestamptz' })
  failedAt!: Date;
}
