import { testServerUrl } from '@niaga/api/core/testing';
import { Client } from 'pg';
import { salesTestApp, type SalesTestApp } from '../../test/sales-test-app';

/**
 * Race-freedom (SPEC §3) needs real concurrent transactions: these run on a real PostgreSQL server
 * (TEST_DATABASE_URL / DATABASE_URL, as CI always sets). The embedded database serialises every
 * transaction, so there they would prove nothing and are skipped.
 */
const onServer = testServerUrl() ? describe : describe.skip;

onServer('concurrent orders (real PostgreSQL)', () => {
  let t: SalesTestApp;
  let unit: string;

  beforeAll(async () => {
    t = await salesTestApp();
    unit = await t.product('UNIT', '100.00');
  });
  afterAll(() => t.close());

  it('lets exactly the fitting orders through when many arrive at once for one customer', async () => {
    const c = await t.customer('RACE', { outstandingAmount: { mode: 'value', value: '1000.00' } });
    const results = await Promise.all(Array.from({ length: 30 }, () => t.order(c, [[unit, '1']])));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(20);
    expect(results.filter((r) => r.status === 422).every((r) => r.body.code === 'CREDIT_LIMIT_EXCEEDED')).toBe(true);
    expect(await t.exposure(c)).toEqual({ open_documents: 10, outstanding_amount: '1000.00' });
    const numbers = results.filter((r) => r.status === 201).map((r) => Number(r.body.number.slice(-6))).sort((a, b) => a - b);
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(9);
    // The maintained figures equal a rebuild from the documents.
    await t.http().post(`/api/v1/customers/${c}/credit/refresh`).set(t.admin).expect(200);
    expect(await t.exposure(c)).toEqual({ open_documents: 10, outstanding_amount: '1000.00' });
  });

  it('holds the count limit too, with payments releasing concurrently', async () => {
    const c = await t.customer('RACE-DOCS', { openDocuments: { mode: 'value', value: 5 } });
    const results = await Promise.all(Array.from({ length: 12 }, () => t.order(c, [[unit, '1']])));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect((await t.exposure(c))?.open_documents).toBe(5);
  });

  it('does not make orders of other customers wait on one customer’s lock', async () => {
    const a = await t.customer('LOCK-A');
    const b = await t.customer('LOCK-B');
    await t.order(a, [[unit, '1']]).expect(201);
    const holder = new Client({ connectionString: t.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM customer_exposure WHERE customer_id = $1 FOR UPDATE', [a]);
      let aDone = false;
      const forA = t.order(a, [[unit, '1']]).then((r) => {
        aDone = true;
        return r;
      });
      const forB = await t.order(b, [[unit, '1']]);
      expect(forB.status).toBe(201);
      expect(aDone).toBe(false);
      await holder.query('COMMIT');
      expect((await forA).status).toBe(201);
    } finally {
      await holder.end();
    }
  });
});
