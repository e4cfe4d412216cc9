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
import { IdrPipe } from '@niaga/backoffice/ui';
import type { SalesReport } from '@niaga/shared/contracts';
import { SalesReportApi, type SalesReportFilters } from '../../data-access/sales-report.api';
import { formatDate } from '../../format/format';
import { csvExport } from '../../shared/csv-export';
import { ReportGroupFilter } from '../../shared/group-filter';
import { REPORT_PAGE_SIZES, pagedReport } from '../../shared/paged-report';

/**
 * Sales by customer: a period (this month by default, as the API applies it) and a customer group;
 * orders, ordered, invoiced and paid per customer with a totals row; paged on the server; CSV of all rows.
 */
@Component({
  selector: 'niaga-sales-report-page',
  imports: [
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
  templateUrl: './sales-report-page.html',
  styleUrl: '../report-page.scss',
})
export class SalesReportPage {
  private readonly api = inject(SalesReportApi);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  protected readonly pageSizes = REPORT_PAGE_SIZES;
  protected readonly columns = ['code', 'name', 'orders', 'ordered', 'invoiced', 'paid'] as const;
  protected readonly linkCustomers = computed(() => this.auth.can('customers:read'));

  protected readonly report = pagedReport<SalesReportFilters, SalesReport>({
    initial: {},
    load: (query) => this.api.get(query),
    failedKey: 'reports.loadFailed',
  });

  /** The period in the date fields: what the user typed, else what the API applied (its defaults filled in). */
  protected readonly from = linkedSignal(() => this.report.filters().from ?? this.report.result()?.filters['from'] ?? '');
  protected readonly to = linkedSignal(() => this.report.filters().to ?? this.report.result()?.filters['to'] ?? '');
  protected readonly periodInvalid = computed(() => !!this.from() && !!this.to() && this.from() > this.to());
  protected readonly period = computed(() => {
    const filters = this.report.result()?.filters;
    const language = this.i18n.language();
    return filters?.['from'] && filters['to']
      ? this.i18n.t('reports.sales.period', { from: formatDate(filters['from'], language), to: formatDate(filters['to'], language) })
      : '';
  });
  protected readonly rows = computed(() => this.report.result()?.items ?? []);
  protected readonly totals = computed(() => this.report.result()?.totals ?? null);

  protected readonly csv = csvExport(() =>
    this.api.exportCsv({ from: this.from() || undefined, to: this.to() || undefined, groupId: this.report.filters().groupId }),
  );

  /** A date field changed; the period is applied once it is valid (an empty field: the API's default). */
  protected setDate(which: 'from' | 'to', value: string): void {
    (which === 'from' ? this.from : this.to).set(value);
    if (this.periodInvalid()) return;
    this.report.setFilters({ from: this.from() || undefined, to: this.to() || undefined });
  }

  protected setGroup(groupId: string): void {
    this.report.setFilters({ groupId: groupId || undefined });
  }
}
