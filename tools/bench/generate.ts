/**
 * Bench data, loaded with set-based SQL (no per-row round trips): G groups, N customers (70 % with an
 * outstanding-amount limit), 1,000 products, two orders per customer (one invoiced, one open or cancelled),
 * an invoice per invoiced order, direct invoices for two customers in three, payments (paid, part-paid,
 * unpaid, some overdue) — about 5 documents per customer — plus LIGHT (10 documents) and HEAVY (HEAVY_DOCS
 * documents, nearly all settled) for the history-independence measurement.
 */
import type { EntityManager } from 'typeorm';

export interface GenerateOptions {
  customers: number;
  groups: number;
  heavyDocuments: number;
}

export async function generate(m: EntityManager, o: GenerateOptions, log: (s: string) => void): Promise<Record<string, number>> {
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await m.query(sql, params);
    log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await step('groups', `INSERT INTO customer_group (code, name) SELECT 'BG' || i, 'Bench group ' || i FROM generate_series(1, $1) i`, [o.groups]);
  await step('products', `INSERT INTO product (code, name, unit_price) SELECT 'BP' || i, 'Produk ' || i, 10000 + i * 100 FROM generate_series(1, 1000) i`);
  await step(
    'customers',
    `INSERT INTO customer (code, name, group_id, payment_term_days, outstanding_amount_mode, outstanding_amount_limit)
     SELECT 'C' || lpad(i::text, 8, '0'), 'Pelanggan ' || i, g.ids[1 + (i % $2)], 30,
       CASE WHEN i % 10 < 7 THEN 'value' ELSE 'inherit' END,
       CASE WHEN i % 10 < 7 THEN 400000 + (i % 9) * 150000 END
     FROM generate_series(1, $1) i, (SELECT array_agg(id ORDER BY code) AS ids FROM customer_group) g`,
    [o.customers, o.groups],
  );
  await step(
    'special customers',
    `INSERT INTO customer (code, name, outstanding_amount_mode, outstanding_amount_limit, open_documents_mode, open_documents_limit)
     VALUES ('LIGHT', 'Light history', 'value', 1000000000000, 'value', 100000000),
            ('HEAVY', 'Heavy history', 'value', 1000000000000, 'value', 100000000),
            ('ONE', 'All clients on one customer', 'unlimited', NULL, 'unlimited', NULL)`,
  );
  await step(
    'sales orders',
    `INSERT INTO sales_order (number, customer_id, customer_code, customer_name, group_id, status, order_date, total, uninvoiced_amount, credit_outcome, created_by)
     SELECT 'SOB' || c.n || '-' || k, c.id, c.code, c.name, c.group_id,
       CASE WHEN k = 1 THEN 'invoiced' WHEN c.n % 5 = 0 THEN 'cancelled' ELSE 'open' END,
       date '2026-01-01' + (c.n % 300)::int, a.amount,
       CASE WHEN k = 1 OR c.n % 5 = 0 THEN 0 ELSE a.amount END, 'pass', 'bench'
     FROM (SELECT id, code, name, group_id, row_number() OVER (ORDER BY code) AS n FROM customer WHERE code LIKE 'C%') c
     CROSS JOIN generate_series(1, 2) k
     CROSS JOIN LATERAL (SELECT (100000 + (c.n % 97) * 10000)::numeric AS amount) a`,
  );
  await heavy(m, o.heavyDocuments, step);
  await step(
    'order lines',
    `INSERT INTO sales_order_line (sales_order_id, line_no, product_id, quantity, unit_price, amount, invoiced_quantity, invoiced_amount)
     SELECT o.id, 1, p.ids[1 + abs(hashtext(o.number)) % 1000], 1, o.total, o.total,
       CASE WHEN o.status = 'invoiced' THEN 1 ELSE 0 END, CASE WHEN o.status = 'invoiced' THEN o.total ELSE 0 END
     FROM sales_order o, (SELECT array_agg(id) AS ids FROM product) p`,
  );
  await step(
    'invoices from orders',
    `INSERT INTO sales_invoice (number, customer_id, customer_code, customer_name, group_id, sales_order_id, sales_order_number,
       invoice_date, due_date, total, paid_amount, outstanding_amount, status, credit_outcome, created_by)
     SELECT 'I' || o.number, o.customer_id, o.customer_code, o.customer_name, o.group_id, o.id, o.number,
       o.order_date + 1, o.order_date + 31, o.total, s.paid, o.total - s.paid,
       CASE WHEN s.paid = o.total THEN 'paid' WHEN s.paid > 0 THEN 'partially_paid' ELSE 'unpaid' END, 'not_checked', 'bench'
     FROM sales_order o
     CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(o.number)) % 4 < 2 OR o.customer_code = 'HEAVY' THEN o.total
                                     WHEN abs(hashtext(o.number)) % 4 = 2 THEN round(o.total / 3, 2) ELSE 0 END AS paid) s
     WHERE o.status = 'invoiced'`,
  );
  await step(
    'direct invoices',
    `INSERT INTO sales_invoice (number, customer_id, customer_code, customer_name, group_id, invoice_date, due_date, total,
       paid_amount, outstanding_amount, status, credit_outcome, created_by)
     SELECT 'IBD' || c.n, c.id, c.code, c.name, c.group_id, date '2026-03-01' + (c.n % 250)::int, date '2026-03-31' + (c.n % 250)::int,
       a.amount, a.paid, a.amount - a.paid, CASE WHEN a.paid = a.amount THEN 'paid' WHEN a.paid > 0 THEN 'partially_paid' ELSE 'unpaid' END,
       'pass', 'bench'
     FROM (SELECT id, code, name, group_id, row_number() OVER (ORDER BY code) AS n FROM customer WHERE code LIKE 'C%') c
     CROSS JOIN LATERAL (SELECT (50000 + (c.n % 53) * 5000)::numeric AS amount, CASE WHEN c.n % 2 = 0 THEN (50000 + (c.n % 53) * 5000)::numeric ELSE 0 END AS paid) a
     WHERE c.n % 3 < 2`,
  );
  await step(
    'invoice lines',
    `INSERT INTO sales_invoice_line (sales_invoice_id, line_no, sales_order_line_id, product_id, quantity, unit_price, amount)
     SELECT i.id, 1, l.id, COALESCE(l.product_id, p.ids[1 + abs(hashtext(i.number)) % 1000]), 1, i.total, i.total
     FROM sales_invoice i
     LEFT JOIN sales_order_line l ON l.sales_order_id = i.sales_order_id
     CROSS JOIN (SELECT array_agg(id) AS ids FROM product) p`,
  );
  await step(
    'payments',
    `INSERT INTO payment (number, invoice_id, invoice_number, customer_id, group_id, amount, paid_at, method, created_by)
     SELECT 'P' || i.number, i.id, i.number, i.customer_id, i.group_id, i.paid_amount, i.invoice_date + 10, 'transfer', 'bench'
     FROM sales_invoice i WHERE i.paid_amount > 0`,
  );
  // Steady state before measuring: statistics, visibility map and hint bits set now, so that autovacuum does
  // not wake up on the freshly loaded tables in the middle of a measurement; then a checkpoint for the same reason.
  await step('vacuum + analyze', 'VACUUM (ANALYZE)');
  await step('checkpoint', 'CHECKPOINT').catch(() => log('  checkpoint: skipped (needs a superuser)'));
  const [counts] = await m.query(`SELECT
    (SELECT count(*)::int FROM customer) AS customers,
    (SELECT count(*)::int FROM sales_order) AS orders,
    (SELECT count(*)::int FROM sales_invoice) AS invoices,
    (SELECT count(*)::int FROM payment) AS payments,
    (SELECT count(*)::int FROM sales_order WHERE customer_code = 'HEAVY') + (SELECT count(*)::int FROM sales_invoice WHERE customer_code = 'HEAVY')
      + (SELECT count(*)::int FROM payment p JOIN sales_invoice i ON i.id = p.invoice_id WHERE i.customer_code = 'HEAVY') AS heavy_documents`);
  return { ...counts, documents: counts.orders + counts.invoices + counts.payments };
}

/** LIGHT: 4 orders (2 invoiced and paid), 2 open; HEAVY: a long settled history and 2 open orders. */
async function heavy(m: EntityManager, documents: number, step: (name: string, sql: string, params?: unknown[]) => Promise<void>): Promise<void> {
  // Each settled order makes 3 documents (order, invoice, payment).
  const settled = Math.max(1, Math.floor((documents - 2) / 3));
  for (const [code, count] of [['HEAVY', settled], ['LIGHT', 2]] as const) {
    await step(
      `${code} history`,
      `INSERT INTO sales_order (number, customer_id, customer_code, customer_name, status, order_date, total, uninvoiced_amount, credit_outcome, created_by)
       SELECT 'S' || left($1, 1) || k, c.id, c.code, c.name, 'invoiced', date '2020-01-01' + (k % 2000), 150000, 0, 'pass', 'bench'
       FROM customer c, generate_series(1, $2) k WHERE c.code = $1
       UNION ALL
       SELECT 'S' || left($1, 1) || 'O' || k, c.id, c.code, c.name, 'open', date '2026-11-01', 200000, 200000, 'pass', 'bench'
       FROM customer c, generate_series(1, 2) k WHERE c.code = $1`,
      [code, count],
    );
  }
}
