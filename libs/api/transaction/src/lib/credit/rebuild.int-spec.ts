import { money, toMoney2 } from '@niaga/shared/util';
import { salesTestApp, type SalesTestApp } from '../../test/sales-test-app';

/** A seeded pseudo-random generator, so that a failing sequence can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('exposure rebuild from the documents', () => {
  let t: SalesTestApp;

  beforeAll(async () => {
    t = await salesTestApp();
  });
  afterAll(() => t.close());

  it('gives exactly the maintained figures after a long random sequence of operations', async () => {
    const rnd = random(20261122);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const products = [await t.product('R1', '12500.00'), await t.product('R2', '333.33'), await t.product('R3', '0.10')];
    const customers = [];
    for (let i = 0; i < 6; i++) customers.push(await t.customer(`RND-${i}`));
    const orders: { id: string; lines: { id: string }[] }[] = [];
    const invoices: { id: string; outstanding: string }[] = [];
    const counts: Record<string, number> = {};
    for (let step = 0; step < 220; step++) {
      const op = pick(['order', 'order', 'direct', 'invoice-part', 'invoice-rest', 'pay', 'pay', 'cancel', 'void']);
      let res;
      if (op === 'order') {
        res = await t.order(pick(customers), [[pick(products), String(1 + Math.floor(rnd() * 5))], [pick(products), `${1 + Math.floor(rnd() * 3)}.5`]]);
        if (res.status === 201) orders.push(res.body);
      } else if (op === 'direct') {
        res = await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ customerId: pick(customers), lines: [{ productId: pick(products), quantity: '2' }] });
        if (res.status === 201) invoices.push({ id: res.body.id, outstanding: res.body.outstandingAmount });
      } else if (op === 'invoice-part' && orders.length) {
        const so = pick(orders);
        res = await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id, lines: [{ salesOrderLineId: so.lines[0].id, quantity: '0.5' }] });
        if (res.status === 201) invoices.push({ id: res.body.id, outstanding: res.body.outstandingAmount });
      } else if (op === 'invoice-rest' && orders.length) {
        res = await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: pick(orders).id });
        if (res.status === 201) invoices.push({ id: res.body.id, outstanding: res.body.outstandingAmount });
      } else if (op === 'pay' && invoices.length) {
        const inv = pick(invoices);
        const current = (await t.http().get(`/api/v1/sales-invoices/${inv.id}`).set(t.admin)).body;
        const part = rnd() < 0.5 ? current.outstandingAmount : toMoney2(money(current.outstandingAmount).div(3));
        res = await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: inv.id, amount: part });
      } else if (op === 'cancel' && orders.length) {
        res = await t.http().post(`/api/v1/sales-orders/${pick(orders).id}/cancel`).set(t.admin);
      } else if (op === 'void' && invoices.length) {
        res = await t.http().post(`/api/v1/sales-invoices/${pick(invoices).id}/void`).set(t.admin);
      }
      if (res) {
        expect([200, 201, 400, 422]).toContain(res.status);
        counts[`${op} ${res.status}`] = (counts[`${op} ${res.status}`] ?? 0) + 1;
      }
    }
    // The sequence really exercised every path.
    for (const op of ['order 201', 'direct 201', 'invoice-part 201', 'invoice-rest 201', 'pay 201', 'cancel 200', 'void 200']) {
      expect(counts[op] ?? 0).toBeGreaterThan(0);
    }
    const maintained = await t.sql('SELECT customer_id, open_documents, outstanding_amount FROM customer_exposure ORDER BY customer_id');
    const receivables = await t.sql('SELECT * FROM credit_receivable ORDER BY invoice_id');
    const res = await t.http().post('/api/v1/credit/recalculate').set(t.admin).expect(200);
    expect(res.body).toEqual({ customers: 6, tookMs: expect.any(Number) });
    expect(await t.sql('SELECT customer_id, open_documents, outstanding_amount FROM customer_exposure ORDER BY customer_id')).toEqual(maintained);
    expect(await t.sql('SELECT * FROM credit_receivable ORDER BY invoice_id')).toEqual(receivables);
    expect(maintained.some((r) => r['open_documents'] !== 0)).toBe(true);
  });

  it('repairs a ledger that drifted (Refresh on one customer, recalculate for all)', async () => {
    const p = await t.product('FIX', '100.00');
    const c = await t.customer('DRIFT');
    await t.order(c, [[p, '2']]).expect(201);
    await t.sql(`UPDATE customer_exposure SET open_documents = 42, outstanding_amount = 1 WHERE customer_id = $1`, [c]);
    const refreshed = await t.http().post(`/api/v1/customers/${c}/credit/refresh`).set(t.admin).expect(200);
    expect(refreshed.body).toMatchObject({ openDocuments: { used: 1 }, outstandingAmount: { used: '200.00' } });
    await t.http().post('/api/v1/credit/recalculate').set(await t.as('finance')).expect(403);
  });
});
