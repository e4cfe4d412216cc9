import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';

const HOUR_MS = 3_600_000;

/**
 * Idempotency-Keys are kept IDEMPOTENCY_TTL_HOURS (24 by default, as payment APIs do): a retry within that time
 * gets the first answer; after it the key may be used again. Purged at start-up and every hour after, by the
 * created_at index; several instances purging together only delete the same rows.
 */
@Injectable()
export class IdempotencyJanitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tx: TransactionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => void this.purge().catch((error) => this.logger.warn(`idempotency key purge failed: ${String(error)}`));
    run();
    this.timer = setInterval(run, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Deletes the keys older than the TTL; answers how many. */
  async purge(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.idempotencyTtlHours * HOUR_MS);
    const [, deleted] = (await this.tx.manager.query(`DELETE FROM idempotency_key WHERE created_at < $1`, [before])) as [unknown, number];
    if (deleted > 0) this.logger.log(`purged ${deleted} idempotency keys older than ${this.config.idempotencyTtlHours} h`);
    return deleted;
  }
}
