import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Interval, SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '@niaga/api/core';
import { CreditSettingsService } from '@niaga/api/credit-limit';
import type { CreditRecap } from '@niaga/shared/contracts';
import { CreditRecapService } from './credit-recap.service';
import { nextRecapAt, recapDue } from './recap-schedule';

const TIMER = 'credit-recap';

/**
 * Runs the recap at the configured time in the company zone (default 07:00 Asia/Jakarta): a timeout armed
 * for the next run and re-armed when the settings change; at start-up the day's recap is made up when its
 * time has passed; a minute tick is the safety net. Exactly once per day however many instances run: the
 * database's unique index on the scheduled recap's date lets one of them through.
 */
@Injectable()
export class RecapScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RecapScheduler.name);
  /** The re-arming in progress, so shutdown can wait for it (it reads the settings). */
  private arming: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly recaps: CreditRecapService,
    private readonly settings: CreditSettingsService,
    private readonly clock: Clock,
    private readonly registry: SchedulerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.settings.onChange(() => this.rearm());
    await this.runIfDue();
    this.rearm();
    await this.arming;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.arming;
    this.disarm();
  }

  /** Makes today's scheduled recap if its time has passed and no instance made it yet. */
  async runIfDue(): Promise<CreditRecap | null> {
    const settings = await this.settings.entity();
    const due = recapDue(this.clock.now(), settings);
    if (!due.passed || (await this.recaps.scheduledExists(due.date))) return null;
    const recap = await this.recaps.build('scheduled');
    if (recap) this.logger.log(`daily credit recap ${recap.date}: ${recap.overlimit.length} overlimit, ${recap.warning.length} warning`);
    return recap;
  }

  @Interval('credit-recap-safety-net', 60_000)
  async tick(): Promise<void> {
    if (this.stopped) return;
    await this.runIfDue().catch((error: unknown) => this.logger.error(`recap failed: ${String(error)}`));
  }

  /** The instant the next recap is armed for (for the console and the tests). */
  async nextRun(): Promise<Date> {
    return nextRecapAt(this.clock.now(), await this.settings.entity());
  }

  private rearm(): void {
    this.arming = this.arming
      .then(() => this.arm())
      .catch((error: unknown) => this.logger.error(`could not arm the recap timer: ${String(error)}`));
  }

  private async arm(): Promise<void> {
    this.disarm();
    if (this.stopped) return;
    const at = await this.nextRun();
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    const timer = setTimeout(() => {
      void this.runIfDue()
        .catch((error: unknown) => this.logger.error(`recap failed: ${String(error)}`))
        .finally(() => this.rearm());
    }, delay);
    timer.unref();
    this.registry.addTimeout(TIMER, timer);
  }

  private disarm(): void {
    if (this.registry.doesExist('timeout', TIMER)) this.registry.deleteTimeout(TIMER);
  }
}
