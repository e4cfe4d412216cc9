import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { AuthService, I18nService, TranslatePipe } from '@niaga/backoffice/core';
import { IdrPipe, formatIdr } from '@niaga/backoffice/ui';
import { AGING_BUCKETS, type AgingBucket, type AgingReport } from '@niaga/shared/contracts';
import { BarChart, type BarTone, type ChartBar } from '../../charts/bar-chart';
import { chartLength } from '../../charts/bar-scale';
import { AgingReportApi, type AgingReportFilters } from '../../data-access/aging-report.api';
import { formatDate } from '../../format/format';
import { csvExport } from '../../shared/csv-export';
import { ReportGroupFilter } from '../../shared/group-filter';
import { REPORT_PAGE_SIZES, pagedReport } from '../../shared/paged-report';

const BUCKET_TONES: Readonly<Record<AgingBucket, BarTone>> = {
  current: 'safe',
  days1to30: 'warning',
  days31to60: 'warning',
  days61to90: 'error',
  over90: 'error',
};

/**
 * Receivables aging as of a date (today by default) for a customer group: a bar chart of the five buckets'
 * totals, then the buckets per customer with a totals row; paged on the server; CSV of all rows.
 */
@Component({
  selector: 'niaga-aging-report-page',
  imports: [
    BarChart,
    IdrPipe,
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatPaginator,
    MatProgressBar,
    MatTableModule,
    ReportGroupFilter,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './aging-report-page.html',
  styleUrl: '../report-page.scss',
})
export class AgingReportPage {
  private readonly api = inject(AgingReportApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  protected readonly pageSizes = REPORT_PAGE_SIZES;
  protected readonly buckets = AGING_BUCKETS;
  protected readonly columns = ['code', 'name', ...AGING_BUCKETS, 'total'] as const;
  protected readonly linkCustomers = computed(() => this.auth.can('customers:read'));

  protected readonly report = pagedReport<AgingReportFilters, AgingReport>({
    initial: {},
    load: (query) => this.api.get(query),
    failedKey: 'reports.loadFailed',
  });

  /** The as-of date in its field: what the user chose, else what the API applied (today). */
  protected readonly asOf = linkedSignal(() => this.report.filters().asOf ?? this.report.result()?.filters['asOf'] ?? '');
  protected readonly asOfLabel = computed(() => {
    const asOf = this.report.result()?.filters['asOf'];
    return asOf ? this.i18n.t('reports.aging.asOfLabel', { date: formatDate(asOf, this.i18n.language()) }) : '';
  });
  protected readonly rows = computed(() => this.report.result()?.items ?? []);
  protected readonly totals = computed(() => this.report.result()?.totals ?? null);

  /** The five buckets' totals over every row of the report (not only this page). */
  protected readonly chartBars = computed<ChartBar[]>(() => {
    const totals = this.totals();
    if (!totals) return [];
    this.i18n.language();
    return AGING_BUCKETS.map((bucket) => ({
      key: bucket,
      label: this.i18n.t(`reports.aging.bucket.${bucket}`),
      value: chartLength(totals[bucket]),
      display: formatIdr(totals[bucket]),
      tone: BUCKET_TONES[bucket],
    }));
  });

  protected readonly csv = csvExport(() => this.api.exportCsv({ asOf: this.asOf() || undefined, groupId: this.report.filters().groupId }));

  protected setAsOf(value: string): void {
    this.asOf.set(value);
    this.report.setFilters({ asOf: value || undefined });
  }

  protected setGroup(groupId: string): void {
    this.report.setFilters({ groupId: groupId || undefined });
  }
}
