import { TransactionService } from '@niaga/api/core';
import { createTestApp, type TestApp } from '@niaga/api/core/testing';
import { CreditLimitModule, creditLimitMigrations } from '@niaga/api/credit-limit';
import { CustomerModule, customerMigrations } from '@niaga/api/customer';
import { TransactionModule, transactionMigrations } from '@niaga/api/transaction';
import { parseCsv } from '@niaga/shared/util';
import { ReportingModule } from './reporting.module';

const text = (r: NodeJS.ReadableStream, cb: (e: Error | null, body: string) => void) => {
  let body = '';
  r.setEncoding('utf8');
  r.on('data', (c: string) => (body += c));
  r.on('end', () => cb(null, body));
};

/** Report figures against a hand-computed fixture (amounts in the comments). */
describe('reports by customer group, and top products per customer', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const id: Record<string, string> = {};

  const post = (path: string, body: object) => t.http().post(`/api/v1/${path}`).set(admin).send(body).expect(201).then((r) => r.body);

  beforeAll(async () => {
    t = await createTestApp({
      imports: [CustomerModule, CreditLimitModule, TransactionModule, ReportingModule],
      migrations: [...customerMigrations, ...creditLimitMigrations, ...transactionMigrations],
    });
    admin = { Authorization: `Bearer ${await t.login()}` };
    await t.http().put('/api/v1/settings/credit').set(admin).send({
      defaults: {}, enforcementMode: 'warning', allowBackofficeBypass: false, warningThresholdPercent: 80, overdueGraceDays: 0, recapTime: '07:00', timeZone: 'Asia/Jakarta',
    }).expect(200);
    id['G1'] = (await post('customer-groups', { code: 'G1', name: 'Group 1' })).id;
    id['G2'] = (await post('customer-groups', { code: 'G2', name: 'Group 2' })).id;
    id['A'] = (await post('customers', { code: 'A', name: 'Toko A', groupId: id['G1'] })).id;
    id['B'] = (await post('customers', { code: 'B', name: 'Toko B', groupId: id['G2'] })).id;
    id['C'] = (await post('customers', { code: 'C', name: 'Toko C' })).id;
    id['P1'] = (await post('products', { code: 'P1', name: 'Beras', unitPrice: '100.00' })).id;
    id['P2'] = (await post('products', { code: 'P2', name: 'Gula', unitPrice: '100.00' })).id;
    const line = (p: string, q: string) => ({ productId: id[p], quantity: q });
    // A: SO1 (Oct 5) 10 × 100 = 1000 + 1 × P2 = 100 → 1100; SO2 (Oct 20) 5 → 500, cancelled.
    const so1 = await post('sales-orders', { customerId: id['A'], orderDate: '2026-10-05', lines: [line('P1', '10'), line('P2', '1')] });
    const so2 = await post('sales-orders', { customerId: id['A'], orderDate: '2026-10-20', lines: [line('P1', '5')] });
    await t.http().post(`/api/v1/sales-orders/${so2.id}/cancel`).set(admin).expect(200);
    // Invoice of SO1 (Oct 6, due Oct 20): 1100; paid 300 on Oct 25 → 800 outstanding, 33 days overdue on Nov 22.
    const inv1 = await post('sales-invoices', { salesOrderId: so1.id, invoiceDate: '2026-10-06', dueDate: '2026-10-20' });
    await post('payments', { invoiceId: inv1.id, amount: '300.00', paidAt: '2026-10-25' });
    // B: direct invoice (Oct 10, due Nov 9) 2 × 100 = 200 → 13 days overdue; SO3 (Nov 2) 50 × P2 = 5000 invoiced Nov 20, due Dec 20 → current.
    await post('sales-invoices', { customerId: id['B'], invoiceDate: '2026-10-10', dueDate: '2026-11-09', lines: [line('P1', '2')] });
    const so3 = await post('sales-orders', { customerId: id['B'], orderDate: '2026-11-02', lines: [line('P2', '50')] });
    await post('sales-invoices', { salesOrderId: so3.id, invoiceDate: '2026-11-20', dueDate: '2026-12-20' });
    // C: direct invoice (Aug 1, due Aug 15) 300 → 99 days overdue.
    await post('sales-invoices', { customerId: id['C'], invoiceDate: '2026-08-01', dueDate: '2026-08-15', lines: [line('P1', '3')] });
  });
  afterAll(() => t.close());

  it('reports sales by customer in a period', async () => {
    const res = await t.http().get('/api/v1/reports/sales?from=2026-10-01&to=2026-10-31').set(admin).expect(200);
    expect(res.body.items).toEqual([
      { customerId: id['A'], code: 'A', name: 'Toko A', orders: 1, ordered: '1100.00', invoiced: '1100.00', paid: '300.00' },
      { customerId: id['B'], code: 'B', name: 'Toko B', orders: 0, ordered: '0.00', invoiced: '200.00', paid: '0.00' },
    ]);
    expect(res.body.totals).toEqual({ orders: 1, ordered: '1100.00', invoiced: '1300.00', paid: '300.00' });
    expect(res.body.filters).toEqual({ from: '2026-10-01', to: '2026-10-31', groupId: null });
  });

  it('filters by the group each document kept, even after the customer moves', async () => {
    const g1 = async () => (await t.http().get(`/api/v1/reports/sales?from=2026-10-01&to=2026-11-30&groupId=${id['G1']}`).set(admin).expect(200)).body.items.map((r: { code: string }) => r.code);
    expect(await g1()).toEqual(['A']);
    await t.http().patch(`/api/v1/customers/${id['A']}`).set(admin).send({ groupId: id['G2'] }).expect(200);
    expect(await g1()).toEqual(['A']);
    const g2 = await t.http().get(`/api/v1/reports/sales?from=2026-10-01&to=2026-11-30&groupId=${id['G2']}`).set(admin).expect(200);
    expect(g2.body.items.map((r: { code: string }) => r.code)).toEqual(['B']);
    await t.http().patch(`/api/v1/customers/${id['A']}`).set(admin).send({ groupId: id['G1'] }).expect(200);
  });

  it('ages receivables into current, 1–30, 31–60, 61–90 and > 90 days', async () => {
    const res = await t.http().get('/api/v1/reports/receivables-aging?asOf=2026-11-22').set(admin).expect(200);
    expect(res.body.items).toEqual([
      { customerId: id['A'], code: 'A', name: 'Toko A', current: '0.00', days1to30: '0.00', days31to60: '800.00', days61to90: '0.00', over90: '0.00', total: '800.00' },
      { customerId: id['B'], code: 'B', name: 'Toko B', current: '5000.00', days1to30: '200.00', days31to60: '0.00', days61to90: '0.00', over90: '0.00', total: '5200.00' },
      { customerId: id['C'], code: 'C', name: 'Toko C', current: '0.00', days1to30: '0.00', days31to60: '0.00', days61to90: '0.00', over90: '300.00', total: '300.00' },
    ]);
    expect(res.body.totals).toEqual({ current: '5000.00', days1to30: '200.00', days31to60: '800.00', days61to90: '0.00', over90: '300.00', total: '6300.00' });
    const g2 = await t.http().get(`/api/v1/reports/receivables-aging?asOf=2026-11-22&groupId=${id['G2']}`).set(admin).expect(200);
    expect(g2.body.items.map((r: { code: string }) => r.code)).toEqual(['B']);
  });

  it('reports credit utilisation with the credit evaluator’s own figures', async () => {
    await t.http().put(`/api/v1/customers/${id['A']}/credit-limit`).set(admin).send({ outstandingAmount: { mode: 'value', value: '2000' } }).expect(200); // 800 / 2000 = 40 %
    await t.http().put(`/api/v1/customers/${id['B']}/credit-limit`).set(admin).send({ outstandingAmount: { mode: 'value', value: '5200' } }).expect(200); // 5200 / 5200 = 100 %, not over
    await t.http().put(`/api/v1/customers/${id['C']}/credit-limit`).set(admin).send({ overdue: { mode: 'value', value: true } }).expect(200);
    const res = await t.http().get('/api/v1/reports/credit-utilization').set(admin).expect(200);
    expect(res.body.items.map((r: { code: string; status: string }) => [r.code, r.status])).toEqual([['A', 'safe'], ['B', 'warning'], ['C', 'overlimit']]);
    for (const row of res.body.items) {
      const credit = (await t.http().get(`/api/v1/customers/${row.customerId}/credit`).set(admin)).body;
      expect(row.status).toBe(credit.status);
      expect(row.outstandingAmount).toEqual({ limit: credit.outstandingAmount.limit, used: credit.outstandingAmount.used, utilization: credit.outstandingAmount.utilization });
    }
    expect(res.body.totals).toEqual({ safe: 1, warning: 1, overlimit: 1, no_limit: 0 });
    const warning = await t.http().get('/api/v1/reports/credit-utilization?status=warning').set(admin).expect(200);
    expect(warning.body.items.map((r: { code: string }) => r.code)).toEqual(['B']);
  });

  it('streams CSV, correct across batches', async () => {
    const csv = await t.http().get('/api/v1/reports/sales?from=2026-10-01&to=2026-10-31&format=csv').set(admin).buffer(true).parse(text).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(parseCsv(csv.body as string)).toEqual([
      ['code', 'name', 'orders', 'ordered', 'invoiced', 'paid'],
      ['A', 'Toko A', '1', '1100.00', '1100.00', '300.00'],
      ['B', 'Toko B', '0', '0.00', '200.00', '0.00'],
    ]);
    await t.app.get(TransactionService).manager.query(
      `INSERT INTO customer (code, name, outstanding_amount_mode, outstanding_amount_limit) SELECT 'M' || lpad(i::text, 5, '0'), 'Massal ' || i, 'value', 1000 FROM generate_series(1, 4500) i`,
    );
    const big = await t.http().get('/api/v1/reports/credit-utilization?format=csv').set(admin).buffer(true).parse(text).expect(200);
    const rows = parseCsv(big.body as string).slice(1);
    expect(rows).toHaveLength(4503);
    expect(new Set(rows.map((r) => r[0])).size).toBe(4503);
    expect(rows[0][0]).toBe('A');
    expect(rows[rows.length - 1][0]).toBe('M04500');
  });

  it('lists top products for one customer only, by quantity or by orders', async () => {
    const a = await t.http().get(`/api/v1/customers/${id['A']}/top-products`).set(admin).expect(200);
    expect(a.body).toEqual([
      { productId: id['P1'], code: 'P1', name: 'Beras', quantity: '10', orders: 1 },
      { productId: id['P2'], code: 'P2', name: 'Gula', quantity: '1', orders: 1 },
    ]);
    const b = await t.http().get(`/api/v1/customers/${id['B']}/top-products?by=orders`).set(admin).expect(200);
    expect(b.body).toEqual([{ productId: id['P2'], code: 'P2', name: 'Gula', quantity: '50', orders: 1 }]);
    const period = await t.http().get(`/api/v1/customers/${id['A']}/top-products?from=2026-11-01`).set(admin).expect(200);
    expect(period.body).toEqual([]);
    await t.http().get('/api/v1/customers/00000000-0000-4000-8000-000000000000/top-products').set(admin).expect(404);
  });

  it('needs reports:read and refuses bad filters', async () => {
    await t.http().post('/api/v1/users').set(admin).send({ email: 's@niaga.test', name: 'S', password: 'sales-password-1', roles: ['sales'] }).expect(201);
    const sales = { Authorization: `Bearer ${await t.login('s@niaga.test', 'sales-password-1')}` };
    await t.http().get('/api/v1/reports/sales').set(sales).expect(403);
    expect((await t.http().get('/api/v1/reports/sales?from=2026-12-01&to=2026-11-01').set(admin).expect(400)).body.errors[0].field).toBe('from');
    await t.http().get('/api/v1/reports/sales?format=xlsx').set(admin).expect(400);
    await t.http().get('/api/v1/reports/credit-utilization?status=red').set(admin).expect(400);
  });
});
