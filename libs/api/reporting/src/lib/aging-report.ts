import type { AgingReportRow } from '@niaga/shared/contracts';
import { toMoney2 } from '@niaga/shared/util';
import type { ReportDefinition } from './report-runner';

export interface AgingRaw {
  customer_id: string;
  sort_key: string;
  code: string;
  name: string;
  current: string;
  days1to30: string;
  days31to60: string;
  days61to90: string;
  over90: string;
  total: string;
}

/** Receivables aging as of a date: each unpaid invoice's outstanding amount in the bucket of its days overdue. */
export function agingReport(asOf: string, groupId: string | null): ReportDefinition<AgingRaw, AgingReportRow> {
  return {
    params: [asOf, groupId],
    sql: () => `
      WITH open AS (
        SELECT customer_id, outstanding_amount AS amount, ($1::date - due_date) AS days FROM sales_invoice
        WHERE status IN ('unpaid', 'partially_paid') AND outstanding_amount > 0 AND invoice_date <= $1::date
          AND ($2::uuid IS NULL OR group_id = $2::uuid)),
      agg AS (
        SELECT customer_id,
          COALESCE(sum(amount) FILTER (WHERE days <= 0), 0) AS current,
          COALESCE(sum(amount) FILTER (WHERE days BETWEEN 1 AND 30), 0) AS days1to30,
          COALESCE(sum(amount) FILTER (WHERE days BETWEEN 31 AND 60), 0) AS days31to60,
          COALESCE(sum(amount) FILTER (WHERE days BETWEEN 61 AND 90), 0) AS days61to90,
          COALESCE(sum(amount) FILTER (WHERE days > 90), 0) AS over90,
          sum(amount) AS total
        FROM open GROUP BY customer_id)
      SELECT c.id AS customer_id, lower(c.code) AS sort_key, c.code, c.name, agg.current, agg.days1to30, agg.days31to60,
        agg.days61to90, agg.over90, agg.total
      FROM agg JOIN customer c ON c.id = agg.customer_id`,
    map: (r) => ({
      customerId: r.customer_id,
      code: r.code,
      name: r.name,
      current: toMoney2(r.current),
      days1to30: toMoney2(r.days1to30),
      days31to60: toMoney2(r.days31to60),
      days61to90: toMoney2(r.days61to90),
      over90: toMoney2(r.over90),
      total: toMoney2(r.total),
    }),
    csvHeader: ['code', 'name', 'current', '1-30', '31-60', '61-90', '>90', 'total'],
    csvRow: (r) => [r.code, r.name, r.current, r.days1to30, r.days31to60, r.days61to90, r.over90, r.total],
    fileName: `receivables-aging-${asOf}`,
  };
}
