import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { type LimitChange, creditLimitOf, describeChanges } from '../credit-limit/limit-describe';
import { type AuditEntry, isCreditLimitChange } from '../data-access/audit-entry';
import { formatInstant } from '../shared/format-instant';

interface TrailItem {
  id: string;
  when: string;
  who: string;
  bulk: boolean;
  changes: LimitChange[];
}

/** The customer's credit-limit changes, newest first: when, who (and through which channel), before → after in words. */
@Component({
  selector: 'niaga-customer-audit-trail',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length) {
      <ol class="trail" data-testid="audit-trail">
        @for (item of items(); track item.id) {
          <li class="item" data-testid="audit-entry">
            <div class="meta">
              <span class="when">{{ item.when }}</span>
              <span class="who">{{ item.who }}</span>
              @if (item.bulk) {
                <span class="tag">{{ 'customers.audit.bulk' | t }}</span>
              }
            </div>
            @if (item.changes.length) {
              <ul class="changes">
                @for (change of item.changes; track change.kind) {
                  <li data-testid="audit-change">
                    <span class="kind">{{ change.label }}:</span> {{ change.before }} → <strong>{{ change.after }}</strong>
                  </li>
                }
              </ul>
            } @else {
              <p class="none">{{ 'customers.audit.noChange' | t }}</p>
            }
          </li>
        }
      </ol>
    } @else {
      <p class="empty" data-testid="audit-empty">{{ 'customers.audit.empty' | t }}</p>
    }
  `,
  styles: `
    .trail {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .item:last-child {
      border-bottom: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .who {
      font-weight: 500;
    }
    .tag {
      padding: 0 6px;
      border-radius: 4px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .changes {
      margin: 4px 0 0;
      padding-left: 20px;
      font: var(--mat-sys-body-medium);
    }
    .kind {
      color: var(--mat-sys-on-surface-variant);
    }
    .none,
    .empty {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class CustomerAuditTrail {
  private readonly i18n = inject(I18nService);
  readonly entries = input<readonly AuditEntry[]>([]);

  protected readonly items = computed<TrailItem[]>(() => {
    const language = this.i18n.language();
    const t = this.i18n.t.bind(this.i18n);
    return this.entries()
      .filter(isCreditLimitChange)
      .map((entry) => ({
        id: entry.id,
        when: formatInstant(entry.occurredAt, language),
        who: this.i18n.t('customers.audit.who', { name: entry.actor.name, channel: this.channel(entry.actor.channel) }),
        bulk: entry.action.endsWith('.bulk_update'),
        changes: describeChanges(t, creditLimitOf(entry.before), creditLimitOf(entry.after)),
      }));
  });

  private channel(channel: string): string {
    const key = `customers.audit.channel.${channel}`;
    const text = this.i18n.t(key);
    return text === key ? channel : text;
  }
}
