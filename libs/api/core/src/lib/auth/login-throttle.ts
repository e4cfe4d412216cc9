import { Injectable } from '@nestjs/common';
import { type PreparedStatement, TransactionService } from '../database/transaction.service';
import { DomainError } from '../errors/domain-error';

/** Failed log-ins allowed within the window: per e-mail and client address, and per e-mail from anywhere. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_MAX_FAILURES_PER_EMAIL = 20;
export const LOGIN_WINDOW_MINUTES = 15;

/** 429 with the seconds until the next attempt is allowed (also sent as Retry-After). */
export class TooManyLoginAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const detail = `Too many failed log-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    super(429, 'TOO_MANY_LOGIN_ATTEMPTS', 'Too many requests', detail, undefined, { retryAfterSeconds });
  }
}

const RECENT: PreparedStatement = {
  key: 'login_failures_recent',
  text: `SELECT count(*) FILTER (WHERE ip = $2)::int AS from_address, count(*)::int AS from_anywhere,
           ceil(extract(epoch FROM min(failed_at) FILTER (WHERE ip = $2) + make_interval(mins => $3) - now()))::int AS retry_address,
           ceil(extract(epoch FROM min(failed_at) + make_interval(mins => $3) - now()))::int AS retry_anywhere
         FROM login_failure WHERE email = $1 AND failed_at > now() - make_interval(mins => $3)`,
};

/**
 * Guessing passwords is slowed: after LOGIN_MAX_FAILURES failures for an e-mail from one client address within
 * LOGIN_WINDOW_MINUTES, log-ins for that e-mail from that address are refused (429) until the oldest failure
 * leaves the window — even with the right password; a successful log-in clears that address's count. Per
 * address, so that someone elsewhere does not lock the user out; and, since addresses can be many (or forged
 * in X-Forwarded-For), at most LOGIN_MAX_FAILURES_PER_EMAIL failures per e-mail from anywhere. Kept in the
 * database, so every instance counts alike.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly tx: TransactionService) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    type Recent = { from_address: number; from_anywhere: number; retry_address: number | null; retry_anywhere: number | null };
    const [recent] = await this.tx.prepared<Recent>(RECENT, [email, ip, LOGIN_WINDOW_MINUTES]);
    if (recent.from_address >= LOGIN_MAX_FAILURES) throw new TooManyLoginAttemptsError(Math.max(1, recent.retry_address ?? 1));
    if (recent.from_anywhere >= LOGIN_MAX_FAILURES_PER_EMAIL) throw new TooManyLoginAttemptsError(Math.max(1, recent.retry_anywhere ?? 1));
  }

  async failed(email: string, ip: string): Promise<void> {
    await this.tx.manager.query(`INSERT INTO login_failure (email, ip) VALUES ($1, $2)`, [email, ip]);
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.tx.manager.query(`DELETE FROM login_failure WHERE email = $1 AND ip = $2`, [email, ip]);
  }
}
