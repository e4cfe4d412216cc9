import type { ExposureSource } from '@niaga/api/credit-limit';

const scope = `($1::uuid[] IS NULL OR customer_id = ANY($1::uuid[]))`;

/**
 * SPEC §3 from the documents, for the ledger's rebuild: exposure = Σ uninvoiced amount of open orders +
 * Σ unpaid amount of non-void invoices; open documents = orders with something left to invoice + invoices
 * with something left to pay.
 */
export const salesDocumentsExposure: ExposureSource = {
  name: 'sales-documents',
  exposureSql: `
    SELECT customer_id, count(*)::int, sum(uninvoiced_amount) FROM sales_order
    WHERE status IN ('open', 'partially_invoiced') AND uninvoiced_amount > 0 AND ${scope} GROUP BY customer_id
    UNION ALL
    SELECT customer_id, count(*)::int, sum(outstanding_amount) FROM sales_invoice
    WHERE status IN ('unpaid', 'partially_paid') AND outstanding_amount > 0 AND ${scope} GROUP BY customer_id`,
  receivablesSql: `
    SELECT id, customer_id, due_date, outstanding_amount FROM sales_invoice
    WHERE status IN ('unpaid', 'partially_paid') AND outstanding_amount > 0 AND ${scope}`,
};
