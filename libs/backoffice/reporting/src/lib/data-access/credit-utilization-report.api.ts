import { Injectable } from '@angular/core';
import type { CreditUtilizationQuery, CreditUtilizationReport } from '@niaga/shared/contracts';
import { ReportApi } from './report.api';

/** Customer group and credit status. */
export type CreditUtilizationFilters = Partial<Pick<CreditUtilizationQuery, 'groupId' | 'status'>>;

/** `GET /reports/credit-utilization` — every customer's credit status, limits, used and utilisation. */
@Injectable({ providedIn: 'root' })
export class CreditUtilizationReportApi extends ReportApi<CreditUtilizationFilters, CreditUtilizationReport> {
  protected readonly path = 'credit-utilization';
  protected readonly filterKeys = ['groupId', 'status'] as const;

  protected fallbackName(): string {
    return 'credit-utilization.csv';
  }
}
