// Routes: mount under `reports`, guarded by reports:read (tabs: sales, receivables-aging, credit-utilization).
export { REPORTING_ROUTES } from './lib/reporting.routes';
// Data access: one service per report (JSON page with totals, or CSV of every row).
export { SalesReportApi, type SalesReportFilters } from './lib/data-access/sales-report.api';
export { AgingReportApi, type AgingReportFilters } from './lib/data-access/aging-report.api';
export { CreditUtilizationReportApi, type CreditUtilizationFilters } from './lib/data-access/credit-utilization-report.api';
export type { ReportPaging } from './lib/data-access/report.api';
export type { DownloadedFile } from './lib/data-access/download';
// Presentational: the inline-SVG bar chart.
export { BarChart, type BarTone, type ChartBar } from './lib/charts/bar-chart';
export { REPORTING_TEXTS, type ReportingTextKey } from './lib/reporting.texts';
