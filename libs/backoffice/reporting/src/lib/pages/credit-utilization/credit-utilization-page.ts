import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { formatIdr } from '@niaga/backoffice/ui';
import type { CreditUtilizationReport, CreditUtilizationRow } from '@niaga/shared/contracts';
import { type Observable, forkJoin, map } from 'rxjs';
import { BarChart, type BarTone, type ChartBar } from '../../charts/bar-chart';
import { CreditUtilizationReportApi, type CreditUtilizationFilters } from '../../data-access/credit-utilization-report.api';
import { formatCount, formatCountOfLimit, formatPercent } from '../../format/format';
import { CREDIT_STATUSES, type CreditStatus, CreditStatusBadge } from '../../shared/credit-status-badge';
import { csvExport } from '../../shared/csv-export';
import { ReportGroupFilter } from '../../shared/group-filter';
import { REPORT_PAGE_SIZES, type PagingState, pagedReport } from '../../shared/paged-report';

type StatusTotals = CreditUtilizationReport['totals'];

/** The report page plus the distribution by status over the whole group (whatever the status filter). */
export type CreditReportView = CreditUtilizationReport & { distribution: StatusTotals };

const STATUS_TONES: Readonly<Record<CreditStatus, BarTone>> = { safe: 'safe', warning: 'warning', overlimit: 'error', no_limit: 'neutral' };

/** One table row, formatted for the active language. */
interface CreditLine {
  customerId: string;
  code: string;
  name: string;
  group: string;
  status: CreditStatus;
  /** `dari Rp 1.000.000` / `of Rp 1,000,000`, or `tanpa batas`. */
  limit: string;
  used: string;
  /** Of the amount limit; '' without one. */
  amountUtilization: string;
  openDocuments: string;
  overdue: number;
  utilization: string;
  over: boolean;
}

/**
 * Credit utilisation: every customer's credit status, amount limit and use, open documents, overdue invoices
 * and highest utilisation, filtered by group and status; a chart of customers per status; CSV of all rows.
 */
@Component({
  selector: 'niaga-credit-utilization-page',
  imports: [
    BarChart,
    CreditStatusBadge,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatTableModule,
    ReportGroupFilter,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './credit-utilization-page.html',
  styleUrls: ['../report-page.scss', './credit-utilization-page.scss'],
})
export class CreditUtilizationPage {
  private readonly api = inject(CreditUtilizationReportApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  protected readonly pageSizes = REPORT_PAGE_SIZES;
  protected readonly statuses = CREDIT_STATUSES;
  protected readonly columns = [
    'code',
    'name',
    'group',
    'status',
    'amount',
    'openDocuments',
    'overdue',
    'utilization',
  ] as const;
  protected readonly linkCustomers = computed(() => this.auth.can('customers:read'));

  protected readonly report = pagedReport<CreditUtilizationFilters, CreditReportView>({
    initial: {},
    load: (query) => this.load(query),
    failedKey: 'reports.loadFailed',
  });

  protected readonly lines = computed<CreditLine[]>(() => {
    const language = this.i18n.language();
    const noLimit = this.i18n.t('reports.credit.noLimit');
    const of = (limit: string) => this.i18n.t('reports.credit.ofLimit', { limit: formatIdr(limit) });
    return (this.report.result()?.items ?? []).map((row: CreditUtilizationRow) => ({
      customerId: row.customerId,
      code: row.code,
      name: row.name,
      group: row.groupCode ?? '—',
      status: row.status,
      limit: row.outstandingAmount.limit === null ? noLimit : of(row.outstandingAmount.limit),
      used: formatIdr(row.outstandingAmount.used),
      amountUtilization: row.outstandingAmount.utilization === null ? '' : formatPercent(row.outstandingAmount.utilization, language),
      openDocuments: formatCountOfLimit(row.openDocuments.used, row.openDocuments.limit),
      overdue: row.overdueInvoices,
      utilization: formatPercent(row.maxUtilization, language),
      over: row.maxUtilization !== null && row.maxUtilization > 1,
    }));
  });

  /** Customers per status in the chosen group (all statuses, whatever the status filter). */
  protected readonly chartBars = computed<ChartBar[]>(() => {
    const distribution = this.report.result()?.distribution;
    if (!distribution) return [];
    const language = this.i18n.language();
    return CREDIT_STATUSES.map((status) => ({
      key: status,
      label: this.i18n.t(`reports.credit.status.${status}`),
      value: distribution[status],
      display: formatCount(distribution[status], language),
      tone: STATUS_TONES[status],
    }));
  });

  protected readonly csv = csvExport(() => this.api.exportCsv(this.report.filters()));

  protected setGroup(groupId: string): void {
    this.report.setFilters({ groupId: groupId || undefined });
  }

  protected setStatus(status: CreditStatus | ''): void {
    this.report.setFilters({ status: status || undefined });
  }

  /** The page; with a status filter, the totals of the group without it too (the server's follow the filter). */
  private load(query: CreditUtilizationFilters & PagingState): Observable<CreditReportView> {
    if (!query.status) return this.api.get(query).pipe(map((page) => ({ ...page, distribution: page.totals })));
    return forkJoin({ page: this.api.get(query), all: this.api.get({ groupId: query.groupId, page: 1, pageSize: 1 }) }).pipe(
      map(({ page, all }) => ({ ...page, distribution: all.totals })),
    );
  }
}
