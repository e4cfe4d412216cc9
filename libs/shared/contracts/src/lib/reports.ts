import * as z from 'zod/mini';
import { dateSchema } from './sales';
import { pageQuerySchema } from './pagination';

const format = z._default(z.enum(['json', 'csv']), 'json');

export const salesReportQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  from: z.optional(dateSchema),
  to: z.optional(dateSchema),
  groupId: z.optional(z.uuid()),
  format,
});
export type SalesReportQuery = z.infer<typeof salesReportQuerySchema>;

/** Sales by customer in a period: orders (count, not cancelled), ordered, invoiced (not void) and paid amounts. */
export interface SalesReportRow {
  customerId: string;
  code: string;
  name: string;
  orders: number;
  ordered: string;
  invoiced: string;
  paid: string;
}

export interface ReportPage<Row, Totals> {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
  totals: Totals;
  /** The filters as applied (period defaults filled in). */
  filters: Record<string, string | null>;
}

export type SalesReport = ReportPage<SalesReportRow, { orders: number; ordered: string; invoiced: string; paid: string }>;

export const agingReportQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  groupId: z.optional(z.uuid()),
  asOf: z.optional(dateSchema),
  format,
});
export type AgingReportQuery = z.infer<typeof agingReportQuerySchema>;

export const AGING_BUCKETS = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Unpaid invoice amounts by days overdue: current (not yet due), 1–30, 31–60, 61–90, > 90. */
export interface AgingReportRow {
  customerId: string;
  code: string;
  name: string;
  current: string;
  days1to30: string;
  days31to60: string;
  days61to90: string;
  over90: string;
  total: string;
}

export type AgingReport = ReportPage<AgingReportRow, Omit<AgingReportRow, 'customerId' | 'code' | 'name'>>;

export const creditUtilizationQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  groupId: z.optional(z.uuid()),
  status: z.optional(z.enum(['safe', 'warning', 'overlimit', 'no_limit'])),
  format,
});
export type CreditUtilizationQuery = z.infer<typeof creditUtilizationQuerySchema>;

export interface CreditUtilizationRow {
  customerId: string;
  code: string;
  name: string;
  groupCode: string | null;
  status: 'safe' | 'warning' | 'overlimit' | 'no_limit';
  openDocuments: { limit: number | null; used: number; utilization: number | null };
  outstandingAmount: { limit: string | null; used: string; utilization: number | null };
  overdueInvoices: number;
  maxUtilization: number | null;
}

export type CreditUtilizationReport = ReportPage<CreditUtilizationRow, { safe: number; warning: number; overlimit: number; no_limit: number }>;

export const topProductsQuerySchema = z.strictObject({
  from: z.optional(dateSchema),
  to: z.optional(dateSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 10),
  by: z._default(z.enum(['quantity', 'orders']), 'quantity'),
});
export type TopProductsQuery = z.infer<typeof topProductsQuerySchema>;

export interface TopProductRow {
  productId: string;
  code: string;
  name: string;
  quantity: string;
  orders: number;
}

export const VISIT_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const VISIT_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const VISIT_PHOTOS_MAX = 5;

export interface VisitView {
  id: string;
  customerId: string;
  visitedAt: string;
  notes: string | null;
  photos: { id: string; contentType: string; size: number; url: string }[];
  recordedBy: string;
  createdAt: string;
}
