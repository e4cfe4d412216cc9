import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { CustomerCredit, LimitSource } from '@niaga/shared/contracts';
import { NIAGA_UI_TRANSLATE, registerUiTexts } from '../i18n/ui-translate';
import { formatIdr } from '../money/format-idr';
import { CREDIT_PANEL_TEXTS } from './credit-panel.texts';
import { creditReasonText, formatDate, formatInstant } from './credit-reasons';

registerUiTexts(CREDIT_PANEL_TEXTS);

type Level = 'none' | 'ok' | 'warn' | 'over';

/** One limit kind (outstanding amount or open documents) as the panel shows it. */
export interface CreditKindRow {
  kind: 'outstandingAmount' | 'openDocuments';
  testId: 'oa' | 'od';
  hasLimit: boolean;
  limit: string;
  source: string;
  used: string;
  remaining: string;
  negative: boolean;
  percent: string;
  /** Width of the utilisation bar, 0–100. */
  bar: number;
  level: Level;
}

const isNegative = (decimal: string | null) => !!decimal && /^-/.test(decimal) && /[1-9]/.test(decimal);

/**
 * A customer's credit position (SPEC §4): status badge; per kind the limit in force and where it comes from,
 * used, remaining and a utilisation bar; the overdue rule; whether new documents are blocked and why; when
 * it was calculated; a Refresh button (emits `refresh`, the host calls the API).
 *
 * Presentational: give it `credit` (the `GET /customers/:id/credit` shape, or a check's `projected`). With
 * `projected` the heading says the figures include the document being typed. Texts follow the document
 * language (see ../i18n/ui-translate.ts).
 *
 *   <niaga-credit-panel [credit]="credit()" [loading]="loading()" (refresh)="reload()" />
 */
@Component({
  selector: 'niaga-credit-panel',
  imports: [MatButton, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './credit-panel.html',
  styleUrl: './credit-panel.scss',
})
export class CreditPanelComponent {
  readonly credit = input<CustomerCredit | null>(null);
  readonly loading = input(false);
  /** The figures include a document being created (a credit check's `projected`). */
  readonly projected = input(false);
  readonly showRefresh = input(true);
  readonly refresh = output<void>();

  protected readonly t = inject(NIAGA_UI_TRANSLATE);
  private readonly locale = computed(() => this.t('creditPanel.locale'));

  protected readonly rows = computed<CreditKindRow[]>(() => {
    const credit = this.credit();
    if (!credit) return [];
    const threshold = credit.warningThresholdPercent;
    const oa = credit.outstandingAmount;
    const od = credit.openDocuments;
    return [
      this.row('outstandingAmount', 'oa', {
        hasLimit: oa.limit !== null,
        limit: formatIdr(oa.limit),
        source: oa.source,
        used: formatIdr(oa.used),
        remaining: formatIdr(oa.remaining),
        negative: isNegative(oa.remaining),
        usedAny: /[1-9]/.test(oa.used),
        utilization: oa.utilization,
        threshold,
      }),
      this.row('openDocuments', 'od', {
        hasLimit: od.limit !== null,
        limit: od.limit === null ? '' : this.t('creditPanel.documents', { count: od.limit }),
        source: od.source,
        used: this.t('creditPanel.documents', { count: od.used }),
        remaining: od.remaining === null ? '' : String(od.remaining),
        negative: od.remaining !== null && od.remaining < 0,
        usedAny: od.used > 0,
        utilization: od.utilization,
        threshold,
      }),
    ];
  });

  protected readonly overdue = computed(() => {
    const credit = this.credit();
    if (!credit) return null;
    const o = credit.overdue;
    return {
      enabled: o.enabled,
      source: this.sourceText(o.source),
      graceDays: this.t('creditPanel.overdue.days', { days: o.graceDays }),
      invoices: o.overdueInvoices,
      oldest: o.oldestDueDate ? formatDate(o.oldestDueDate, this.locale()) : '—',
      breached: credit.reasons.some((r) => r.code === 'OVERDUE_INVOICES'),
    };
  });

  protected readonly reasons = computed(() => {
    const credit = this.credit();
    return credit ? credit.reasons.map((r) => creditReasonText(r, credit, this.t)) : [];
  });

  protected readonly calculatedAt = computed(() => {
    const credit = this.credit();
    return credit ? this.t('creditPanel.calculatedAt', { time: formatInstant(credit.calculatedAt, this.locale()) }) : '';
  });

  protected readonly percentFormat = computed(() => new Intl.NumberFormat(this.locale(), { style: 'percent', maximumFractionDigits: 1 }));

  private sourceText(source: LimitSource): string {
    return source ? this.t(`creditPanel.source.${source}`) : '';
  }

  private row(
    kind: CreditKindRow['kind'],
    testId: CreditKindRow['testId'],
    v: {
      hasLimit: boolean;
      limit: string;
      source: LimitSource;
      used: string;
      remaining: string;
      negative: boolean;
      usedAny: boolean;
      utilization: number | null;
      threshold: number;
    },
  ): CreditKindRow {
    // A limit of 0 has no utilisation (division by zero): any use is over it.
    const ratio = v.utilization ?? (v.hasLimit && v.usedAny ? Infinity : 0);
    const level: Level = !v.hasLimit ? 'none' : v.negative ? 'over' : ratio * 100 >= v.threshold ? 'warn' : 'ok';
    return {
      kind,
      testId,
      hasLimit: v.hasLimit,
      limit: v.hasLimit ? v.limit : this.t('creditPanel.noLimit'),
      source: this.sourceText(v.source),
      used: v.used,
      remaining: v.hasLimit ? v.remaining : '—',
      negative: v.negative,
      percent: v.utilization === null ? '—' : this.percentFormat().format(v.utilization),
      bar: v.hasLimit ? Math.min(100, Math.max(0, ratio * 100)) : 0,
      level,
    };
  }
}
