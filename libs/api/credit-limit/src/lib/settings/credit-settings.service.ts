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

/** Company credit settings (SPEC §2): global defaults, enforcement, bypass, threshold, grace days, recap time. */
@Injectable()
export class CreditSettingsService {
  private readonly listeners: SettingsListener[] = [];

  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async entity(): Promise<CreditSettingsEntity> {
    return this.tx.repo(CreditSettingsEntity).findOneByOrFail({ id: 1 });
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
    for (const listener of this.listeners) listener(saved);
    return saved;
  }
}
