import { Injectable } from '@nestjs/common';
import { type PreparedStatement, TransactionService } from '@niaga/api/core';

/** A change of a customer's exposure: documents ±n, amount ± (a decimal string). */
export interface ExposureDelta {
  documents: number;
  amount: string;
}

/**
 * Where exposure comes from, for the rebuild: the transaction domain registers SQL over its documents.
 * Both statements take `$1::uuid[]` (the customers to rebuild, or NULL for all) and answer:
 *  - exposureSql: rows (customer_id, open_documents, outstanding_amount), several rows per customer allowed;
 *  - receivablesSql: rows (invoice_id, customer_id, due_date, outstanding_amount) of unpaid, non-void invoices.
 */
export interface ExposureSource {
  name: string;
  exposureSql: string;
  receivablesSql: string;
}

const LOCK_EXPOSURE: PreparedStatement = { key: 'exposure_lock', text: 'SELECT 1 FROM customer_exposure WHERE customer_id = $1 FOR UPDATE' };
const APPLY_EXPOSURE: PreparedStatement = {
  key: 'exposure_apply',
  text: `UPDATE customer_exposure SET open_documents = open_documents + $2, outstanding_amount = outstanding_amount + $3::numeric, updated_at = now()
         WHERE customer_id = $1`,
};

/**
 * The exposure ledger (SPEC §3). Document services call it inside their own transaction:
 * `lock()` first (the per-customer lock the credit check runs under), then `apply()` with the change.
 */
@Injectable()
export class CreditLedger {
  private readonly sources: ExposureSource[] = [];

  constructor(private readonly tx: TransactionService) {}

  registerSource(source: ExposureSource): void {
    if (!this.sources.some((s) => s.name === source.name)) this.sources.push(source);
  }

  /**
   * Locks the customer's exposure row (creating it on first use) until the transaction ends. Orders for one
   * customer queue here; orders for other customers lock other rows and do not wait.
   */
  async lock(customerId: string): Promise<void> {
    this.requireTransaction();
    const locked = await this.tx.prepared(LOCK_EXPOSURE, [customerId]);
    if (locked.length) return;
    // First document of this customer: create its row (another transaction may do the same: either way,
    // after the insert the row exists and the SELECT waits for / takes its lock).
    await this.tx.manager.query(`INSERT INTO customer_exposure (customer_id) VALUES ($1) ON CONFLICT DO NOTHING`, [customerId]);
    await this.tx.prepared(LOCK_EXPOSURE, [customerId]);
  }

  async apply(customerId: string, delta: ExposureDelta): Promise<void> {
    this.requireTransaction();
    if (delta.documents === 0 && /^-?0+(\.0+)?$/.test(delta.amount)) return;
    await this.tx.prepared(APPLY_EXPOSURE, [customerId, delta.documents, delta.amount]);
  }

  /** Keeps the unpaid invoice (for the overdue rule); an invoice with nothing outstanding leaves. */
  async setReceivable(invoiceId: string, customerId: string, dueDate: string, outstanding: string): Promise<void> {
    this.requireTransaction();
    if (/^-?0+(\.0+)?$/.test(outstanding) || outstanding.startsWith('-')) {
      await this.tx.manager.query(`DELETE FROM credit_receivable WHERE invoice_id = $1`, [invoiceId]);
      return;
    }
    await this.tx.manager.query(
      `INSERT INTO credit_receivable (invoice_id, customer_id, due_date, outstanding_amount) VALUES ($1, $2, $3, $4)
       ON CONFLICT (invoice_id) DO UPDATE SET due_date = EXCLUDED.due_date, outstanding_amount = EXCLUDED.outstanding_amount`,
      [invoiceId, customerId, dueDate, outstanding],
    );
  }

  /**
   * Recomputes exposure and receivables from the documents, set-based (a few statements whatever the number
   * of customers). The exposure rows are locked first, so a document being written meanwhile either finished
   * before (and is counted) or waits for the rebuild (and applies its change after it): nothing is lost.
   * `customerIds` null → every customer. Answers how many customers were rebuilt.
   */
  rebuild(customerIds: string[] | null): Promise<number> {
    return this.tx.run(async (m) => {
      const scope = `($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))`;
      await m.query(
        `INSERT INTO customer_exposure (customer_id) SELECT c.id FROM customer c WHERE ${scope} ON CONFLICT DO NOTHING`,
        [customerIds],
      );
      await m.query(
        `SELECT count(*) FROM (SELECT 1 FROM customer_exposure e JOIN customer c ON c.id = e.customer_id WHERE ${scope} FOR UPDATE OF e) locked`,
        [customerIds],
      );
      const exposure = this.sources.map((s) => `(${s.exposureSql})`).join(' UNION ALL ') || 'SELECT NULL::uuid, 0, 0::numeric WHERE false';
      const updated: [unknown[], number] = await m.query(
        `UPDATE customer_exposure e
         SET open_documents = COALESCE(a.open_documents, 0), outstanding_amount = COALESCE(a.outstanding_amount, 0), updated_at = now()
         FROM customer c
         LEFT JOIN (
           SELECT src.customer_id, sum(src.open_documents)::int AS open_documents, sum(src.outstanding_amount) AS outstanding_amount
           FROM (${exposure}) AS src (customer_id, open_documents, outstanding_amount)
           GROUP BY src.customer_id
         ) a ON a.customer_id = c.id
         WHERE e.customer_id = c.id AND ${scope}`,
        [customerIds],
      );
      await m.query(
        `DELETE FROM credit_receivable r WHERE $1::uuid[] IS NULL OR r.customer_id = ANY($1::uuid[])`,
        [customerIds],
      );
      for (const source of this.sources) {
        await m.query(`INSERT INTO credit_receivable (invoice_id, customer_id, due_date, outstanding_amount) ${source.receivablesSql}`, [customerIds]);
      }
      return updated[1];
    });
  }

  private requireTransaction(): void {
    if (!this.tx.inTransaction) throw new Error('The credit ledger must be used inside the document’s transaction.');
  }
}
