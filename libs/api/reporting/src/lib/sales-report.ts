import type { SalesReportRow } from '@niaga/shared/contracts';
import { toMoney2 } from '@niaga/shared/util';
import type { ReportDefinition } from './report-runner';

export interface SalesRaw {
  customer_id: string;
  sort_key: string;
  code: string;
  name: string;
  orders: number;
  ordered: string;
  invoiced: string;
  paid: string;
}

/**
 * Sales by customer in a period. The group filter uses the group each document kept when it was made,
 * so moving a customer to another group does not rewrite past reports.
 */
export function salesReport(from: string, to: string, groupId: string | null): ReportDefinition<SalesRaw, SalesReportRow> {
  const group = `($3::uuid IS NULL OR group_id = $3::uuid)`;
  return {
    params: [from, to, groupId],
    sql: () => `
      WITH so AS (
        SELECT customer_id, count(*)::int AS orders, sum(total) AS ordered FROM sales_order
        WHERE status <> 'cancelled' AND order_date BETWEEN $1::date AND $2::date AND ${group} GROUP BY customer_id),
      inv AS (
        SELECT customer_id, sum(total) AS invoiced FROM sales_invoice
        WHERE status <> 'void' AND invoice_date BETWEEN $1::date AND $2::date AND ${group} GROUP BY customer_id),
      pay AS (
        SELECT customer_id, sum(amount) AS paid FROM payment
        WHERE paid_at BETWEEN $1::date AND $2::date AND ${group} GROUP BY customer_id),
      ids AS (SELECT customer_id FROM so UNION SELECT customer_id FROM inv UNION SELECT customer_id FROM pay)
      SELECT c.id AS customer_id, lower(c.code) AS sort_key, c.code, c.name,
        COALESCE(so.orders, 0) AS orders, COALESCE(so.ordered, 0) AS ordered,
        COALESCE(inv.invoiced, 0) AS invoiced, COALESCE(pay.paid, 0) AS paid
      FROM ids JOIN customer c ON c.id = ids.customer_id
      LEFT JOIN so ON so.customer_id = c.id LEFT JOIN inv ON inv.customer_id = c.id LEFT JOIN pay ON pay.customer_id = c.id`,
    map: (r) => ({
      customerId: r.customer_id,
      code: r.code,
      name: r.name,
      orders: r.orders,
      ordered: toMoney2(r.ordered),
      invoiced: toMoney2(r.invoiced),
      paid: toMoney2(r.paid),
    }),
    csvHeader: ['code', 'name', 'orders', 'ordered', 'invoiced', 'paid'],
    csvRow: (r) => [r.code, r.name, r.orders, r.ordered, r.invoiced, r.paid],
    fileName: `sales-${from}-${to}`,
  };
}
