import { Injectable } from '@angular/core';
import type { AgingReport, AgingReportQuery } from '@niaga/shared/contracts';
import { ReportApi } from './report.api';

/** As-of date (`YYYY-MM-DD`, the API defaults to today) and customer group. */
export type AgingReportFilters = Partial<Pick<AgingReportQuery, 'asOf' | 'groupId'>>;

/** `GET /reports/receivables-aging` — unpaid invoice amounts per customer by days overdue. */
@Injectable({ providedIn: 'root' })
export class AgingReportApi extends ReportApi<AgingReportFilters, AgingReport> {
  protected readonly path = 'receivables-aging';
  protected readonly filterKeys = ['asOf', 'groupId'] as const;

  protected fallbackName(filters: AgingReportFilters): string {
    return filters.asOf ? `receivables-aging-${filters.asOf}.csv` : 'receivables-aging.csv';
  }
}
