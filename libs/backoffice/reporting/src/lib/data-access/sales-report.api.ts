import { Injectable } from '@angular/core';
import type { SalesReport, SalesReportQuery } from '@niaga/shared/contracts';
import { ReportApi } from './report.api';

/** Period (`YYYY-MM-DD`, both ends included; the API defaults to this month) and customer group. */
export type SalesReportFilters = Partial<Pick<SalesReportQuery, 'from' | 'to' | 'groupId'>>;

/** `GET /reports/sales` — orders, ordered, invoiced and paid per customer in a period. */
@Injectable({ providedIn: 'root' })
export class SalesReportApi extends ReportApi<SalesReportFilters, SalesReport> {
  protected readonly path = 'sales';
  protected readonly filterKeys = ['from', 'to', 'groupId'] as const;

  protected fallbackName(filters: SalesReportFilters): string {
    return filters.from && filters.to ? `sales-${filters.from}-${filters.to}.csv` : 'sales.csv';
  }
}
