import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from './clock';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { TransactionService } from './database/transaction.service';

const HOUR_MS = 3_600_000;

/**
 * Rows kept only for a while, purged at start-up and every hour after (by their time index; several instances
 * purging together only delete the same rows):
 * - Idempotency-Keys, kept IDEMPOTENCY_TTL_HOURS (24 by default, as payment APIs do): a retry within that time
 *   gets the first answer; after it the key may be used again;
 * - failed log-ins, kept a day (the throttle looks back 15 minutes).
 */
@Injectable()
export class Housekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Housekeeping.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tx: TransactionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () =>
      void Promise.all([this.purgeIdempotencyKeys(), this.purgeLoginFailures()]).catch((error) =>
        this.logger.warn(`housekeeping failed: ${String(error)}`),
      );
    run();
    this.timer = setInterval(run, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Deletes the keys older than the TTL; answers how many. */
  async purgeIdempotencyKeys(): Promise<number> {
    const deleted = await this.deleteOlderThan('idempotency_key', 'created_at', this.config.idempotencyTtlHours);
    if (deleted > 0) this.logger.log(`purged ${deleted} idempotency keys older than ${this.config.idempotencyTtlHours} h`);
    return deleted;
  }

  /** Deletes failed log-ins older than a day; answers how many. */
  purgeLoginFailures(): Promise<number> {
    return this.deleteOlderThan('login_failure', 'failed_at', 24);
  }

  private async deleteOlderThan(table: 'idempotency_key' | 'login_failure', column: string, hours: number): Promise<number> {
    const before = new Date(this.clock.now().getTime() - hours * HOUR_MS);
    const [, deleted] = (await this.tx.manager.query(`DELETE FROM ${table} WHERE ${column} < $1`, [before])) as [unknown, number];
    return deleted;
  }
}
