import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { provideTranslations } from '@niaga/backoffice/core';
import { ReportPaginatorIntl } from './report-paginator-intl';
import { provideReportingIcons } from './reporting-icons';
import { REPORTING_TEXTS } from './reporting.texts';

/**
 * Mount under `reports` (guarded by reports:read in the app): tabs `sales` (the default),
 * `receivables-aging` and `credit-utilization`. Each report is its own lazy chunk.
 */
export const REPORTING_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslations(REPORTING_TEXTS),
      provideReportingIcons(),
      { provide: MatPaginatorIntl, useClass: ReportPaginatorIntl },
    ],
    loadComponent: () => import('./pages/reports-layout/reports-layout').then((m) => m.ReportsLayout),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'sales' },
      { path: 'sales', loadComponent: () => import('./pages/sales-report/sales-report-page').then((m) => m.SalesReportPage) },
      {
        path: 'receivables-aging',
        loadComponent: () => import('./pages/aging-report/aging-report-page').then((m) => m.AgingReportPage),
      },
      {
        path: 'credit-utilization',
        loadComponent: () => import('./pages/credit-utilization/credit-utilization-page').then((m) => m.CreditUtilizationPage),
      },
    ],
  },
];
