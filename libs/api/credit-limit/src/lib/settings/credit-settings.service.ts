import { Injectable } from '@nestjs/common';
import { AuditService, type Principal, TransactionService } from '@niaga/api/core';
import type { CreditSettings, CreditSettingsInput } from '@niaga/shared/contracts';
import { toMoney2 } from '@niaga/shared/util';
import { CreditSettingsEntity } from './credit-settings.entity';

export function toCreditSettings(s: CreditSettingsEntity): CreditSettings {
  return {
    defaults: {
      openDocuments: s.defaultOpenDocumentsLimit === null ? { mode: 'inherit' } : { mode: 'value', value: s.defaultOpenDocumentsLimit },
      outstandingAmount:
        s.defaultOutstandingAmountLimit === null ? { mode: 'inherit' } : { mode: 'value', value: toMoney2(s.defaultOutstandingAmountLimit) },
      overdue: s.defaultOverdueCheck === null ? { mode: 'inherit' } : { mode: 'value', value: s.defaultOverdueCheck },
    },
    enforcementMode: s.enforcementMode,
    allowBackofficeBypass: s.allowBackofficeBypass,
    warningThresholdPercent: s.warningThresholdPercent,
    overdueGraceDays: s.overdueGraceDays,
    recapTime: s.recapTime,
    timeZone: s.timeZone,
    updatedAt: s.updatedAt.toISOString(),
  };
}

type SettingsListener = (settings: CreditSettings) => void;

const CACHE_MS = 2000;

/** Company credit settings (SPEC §2): global defaults, enforcement, bypass, threshold, grace days, recap time. */
@Injectable()
export class CreditSettingsService {
  private readonly listeners: SettingsListener[] = [];
  private cached?: { value: CreditSettingsEntity; at: number };

  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The settings row. Hot paths (every check) read it often, so it is cached briefly; a change made here
   * clears the cache at once, a change made by another instance is seen within CACHE_MS. The credit formula
   * itself always reads the settings inside its own SQL, so limits and modes are never stale there.
   */
  async entity(): Promise<CreditSettingsEntity> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.value;
    const value = await this.tx.repo(CreditSettingsEntity).findOneByOrFail({ id: 1 });
    this.cached = { value, at: now };
    return value;
  }

  /** Forgets the cached row: the next read goes to the database. */
  invalidate(): void {
    this.cached = undefined;
  }

  async get(): Promise<CreditSettings> {
    return toCreditSettings(await this.entity());
  }

  /** Called after a change commits (e.g. the recap scheduler re-arms at the new time). */
  onChange(listener: SettingsListener): void {
    this.listeners.push(listener);
  }

  async update(actor: Principal, input: CreditSettingsInput): Promise<CreditSettings> {
    const saved = await this.tx.run(async () => {
      const repo = this.tx.repo(CreditSettingsEntity);
      const current = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = toCreditSettings(current);
      Object.assign(current, {
        defaultOpenDocumentsLimit: input.defaults.openDocuments?.mode === 'value' ? input.defaults.openDocuments.value : null,
        defaultOutstandingAmountLimit:
          input.defaults.outstandingAmount?.mode === 'value' ? toMoney2(input.defaults.outstandingAmount.value) : null,
        defaultOverdueCheck: input.defaults.overdue?.mode === 'value' ? input.defaults.overdue.value : null,
        enforcementMode: input.enforcementMode,
        allowBackofficeBypass: input.allowBackofficeBypass,
        warningThresholdPercent: input.warningThresholdPercent,
        overdueGraceDays: input.overdueGraceDays,
        recapTime: input.recapTime,
        timeZone: input.timeZone,
      });
      const after = await repo.save(current);
      const { updatedAt: _b, ...beforeFields } = before;
      const { updatedAt: _a, ...afterFields } = toCreditSettings(after);
      await this.audit.record(actor, { action: 'credit_settings.update', entityType: 'credit_settings', entityId: '1', before: beforeFields, after: afterFields });
      return toCreditSettings(after);
    });
    this.invalidate();
    for (const listener of this.listeners) listener(saved);
    return saved;
  }
}
