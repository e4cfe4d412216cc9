import { salesTestApp, type SalesTestApp } from '../../test/sales-test-app';

/** SPEC §2–4 through the HTTP API on a real database. */
describe('credit limits: resolution, status and enforcement', () => {
  let t: SalesTestApp;
  let p1000: string;
  let p10: string;

  beforeAll(async () => {
    t = await salesTestApp();
    p1000 = await t.product('P1000', '1000.00');
    p10 = await t.product('P10', '10.00');
  });
  afterAll(() => t.close());
  afterEach(() => t.settings({ defaults: {}, enforcementMode: 'blocking', allowBackofficeBypass: false, overdueGraceDays: 0, warningThresholdPercent: 80 }));

  it('keeps exposure with no limit at all (no_limit), so a later limit acts on real figures', async () => {
    const c = await t.customer('NOLIM');
    await t.order(c, [[p1000, '3']]).expect(201);
    let credit = await t.credit(c);
    expect(credit).toMatchObject({ status: 'no_limit', blocked: false, openDocuments: { limit: null, source: null, used: 1 }, outstandingAmount: { used: '3000.00', limit: null } });
    await t.http().put(`/api/v1/customers/${c}/credit-limit`).set(t.admin).send({ outstandingAmount: { mode: 'value', value: '2000' } }).expect(200);
    credit = await t.credit(c);
    expect(credit.status).toBe('overlimit');
    expect(credit.outstandingAmount).toEqual({ limit: '2000.00', source: 'customer', used: '3000.00', remaining: '-1000.00', utilization: 1.5 });
    expect(credit.reasons.map((r) => r.code)).toEqual(['OUTSTANDING_AMOUNT_EXCEEDED']);
  });

  it('resolves customer → group → default → none, shows the source, and follows default changes at once', async () => {
    const group = (await t.http().post('/api/v1/customer-groups').set(t.admin).send({ code: 'VIPX', name: 'VIP', creditDefaults: { openDocuments: { mode: 'value', value: 7 } } }).expect(201)).body.id;
    const inGroup = await t.customer('RES-G', undefined, { groupId: group });
    const plain = await t.customer('RES-D');
    const own = await t.customer('RES-C', { openDocuments: { mode: 'value', value: 2 } });
    const free = await t.customer('RES-U', { openDocuments: { mode: 'unlimited' } });
    await t.settings({ defaults: { openDocuments: { mode: 'value', value: 5 } } });
    expect((await t.credit(inGroup)).openDocuments).toMatchObject({ limit: 7, source: 'group' });
    expect((await t.credit(plain)).openDocuments).toMatchObject({ limit: 5, source: 'default' });
    expect((await t.credit(own)).openDocuments).toMatchObject({ limit: 2, source: 'customer' });
    expect((await t.credit(free)).openDocuments).toMatchObject({ limit: null, source: 'customer' });
    await t.settings({ defaults: { openDocuments: { mode: 'value', value: 9 } } });
    expect((await t.credit(plain)).openDocuments.limit).toBe(9);
    expect((await t.credit(own)).openDocuments.limit).toBe(2);
    await t.settings({ defaults: {} });
    expect((await t.credit(plain)).openDocuments).toMatchObject({ limit: null, source: null });
    expect((await t.credit(plain)).status).toBe('no_limit');
  });

  it('treats 0 as zero credit and no value as no limit', async () => {
    const zero = await t.customer('ZERO', { openDocuments: { mode: 'value', value: 0 } });
    const none = await t.customer('NONE');
    const refused = await t.order(zero, [[p10, '1']]).expect(422);
    expect(refused.body.code).toBe('CREDIT_LIMIT_EXCEEDED');
    await t.order(none, [[p10, '1']]).expect(201);
    const zeroAmount = await t.customer('ZERO-AMT', { outstandingAmount: { mode: 'value', value: '0' } });
    await t.order(zeroAmount, [[p10, '1']]).expect(422);
  });

  it('lets a document that exactly reaches the limit pass, and refuses one cent more', async () => {
    const c = await t.customer('EQUAL', { outstandingAmount: { mode: 'value', value: '1000.00' }, openDocuments: { mode: 'value', value: 2 } });
    await t.order(c, [[p1000, '1']]).expect(201);
    expect((await t.credit(c)).outstandingAmount).toMatchObject({ used: '1000.00', remaining: '0.00', utilization: 1 });
    const oneCent = await t.product('CENT', '0.01');
    await t.order(c, [[oneCent, '1']]).expect(422);
    const docs = await t.customer('EQUAL-DOCS', { openDocuments: { mode: 'value', value: 2 } });
    await t.order(docs, [[p10, '1']]).expect(201);
    await t.order(docs, [[p10, '1']]).expect(201);
    const third = await t.order(docs, [[p10, '1']]).expect(422);
    expect(third.body.reasons).toEqual([{ code: 'OPEN_DOCUMENTS_EXCEEDED', message: '3 open documents exceed the limit of 2.' }]);
  });

  it('blocks with 422, the reasons and the credit figures, writing nothing and using no number', async () => {
    const c = await t.customer('BLOCK', { outstandingAmount: { mode: 'value', value: '1500' } });
    const first = await t.order(c, [[p1000, '1']]).expect(201);
    const before = await t.exposure(c);
    const refused = await t.order(c, [[p1000, '1']]).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'CREDIT_LIMIT_EXCEEDED',
      reasons: [{ code: 'OUTSTANDING_AMOUNT_EXCEEDED' }],
      credit: { customerId: c, status: 'safe', outstandingAmount: { used: '1000.00', limit: '1500.00' } },
      projected: { status: 'overlimit', outstandingAmount: { used: '2000.00' } },
    });
    expect(await t.exposure(c)).toEqual(before);
    const orders = await t.http().get(`/api/v1/sales-orders?customerId=${c}`).set(t.admin).expect(200);
    expect(orders.body.total).toBe(1);
    const small = await t.order(c, [[p10, '1']]).expect(201);
    // The refused order gave its number back: the next one follows the first without a gap.
    const seq = (n: string) => Number(n.slice(-6));
    expect(seq(small.body.number)).toBe(seq(first.body.number) + 1);
  });

  it('in warning mode creates the document and records the warning on it', async () => {
    await t.settings({ enforcementMode: 'warning' });
    const c = await t.customer('WARN', { outstandingAmount: { mode: 'value', value: '500' } });
    const res = await t.order(c, [[p1000, '1']]).expect(201);
    expect(res.body.credit).toEqual({ outcome: 'warn', reasons: [expect.objectContaining({ code: 'OUTSTANDING_AMOUNT_EXCEEDED' })] });
    const again = await t.http().get(`/api/v1/sales-orders/${res.body.id}`).set(t.admin).expect(200);
    expect(again.body.credit.outcome).toBe('warn');
    expect(await t.credit(c)).toMatchObject({ status: 'overlimit', blocked: false, enforcementMode: 'warning' });
  });

  it('reports warning at the threshold (80 % by default) and safe below it', async () => {
    const c = await t.customer('THRESH', { outstandingAmount: { mode: 'value', value: '10000' } });
    await t.order(c, [[p1000, '7'], [p10, '99']]).expect(201); // 7990
    expect((await t.credit(c)).status).toBe('safe');
    await t.order(c, [[p10, '1']]).expect(201); // 8000 = 80 %
    expect(await t.credit(c)).toMatchObject({ status: 'warning', outstandingAmount: { utilization: 0.8 } });
    await t.settings({ warningThresholdPercent: 90 });
    expect((await t.credit(c)).status).toBe('safe');
  });

  it('applies the overdue rule with grace days', async () => {
    const c = await t.customer('OVERDUE', { overdue: { mode: 'value', value: true } });
    const inv = await t.http().post('/api/v1/sales-invoices').set(t.admin)
      .send({ customerId: c, invoiceDate: '2026-01-01', dueDate: '2026-01-31', lines: [{ productId: p10, quantity: '1' }] }).expect(201);
    expect(inv.body).toMatchObject({ dueDate: '2026-01-31', overdue: true, status: 'unpaid' });
    const credit = await t.credit(c);
    expect(credit).toMatchObject({ status: 'overlimit', blocked: true, overdue: { enabled: true, source: 'customer', overdueInvoices: 1, oldestDueDate: '2026-01-31', graceDays: 0 } });
    expect(credit.reasons[0].code).toBe('OVERDUE_INVOICES');
    await t.order(c, [[p10, '1']]).expect(422);
    await t.settings({ overdueGraceDays: 365 });
    expect((await t.credit(c)).overdue.overdueInvoices).toBe(0);
    await t.order(c, [[p10, '1']]).expect(201);
    await t.settings({ overdueGraceDays: 0 });
    await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: inv.body.id, amount: '10.00' }).expect(201);
    expect((await t.credit(c)).overdue.overdueInvoices).toBe(0);
    expect((await t.credit(c)).status).toBe('safe');
  });

  it('uses the customer’s payment terms for the due date', async () => {
    const c = await t.customer('TERMS', undefined, { paymentTermDays: 45 });
    const inv = await t.http().post('/api/v1/sales-invoices').set(t.admin)
      .send({ customerId: c, invoiceDate: '2026-12-20', lines: [{ productId: p10, quantity: '1' }] }).expect(201);
    expect(inv.body.dueDate).toBe('2027-02-03');
  });

  describe('override', () => {
    let c: string;
    beforeAll(async () => {
      c = await t.customer('OVR', { outstandingAmount: { mode: 'value', value: '100' } });
    });

    it('is refused while the bypass setting is off', async () => {
      const res = await t.order(c, [[p1000, '1']], { creditOverride: { reason: 'Owner approved' } }, await t.as('supervisor')).expect(403);
      expect(res.body.code).toBe('CREDIT_OVERRIDE_NOT_ALLOWED');
    });

    it('needs credit:override, a console user and a reason; API keys are never exempt', async () => {
      await t.settings({ allowBackofficeBypass: true });
      expect((await t.order(c, [[p1000, '1']], { creditOverride: { reason: 'Please' } }, await t.as('finance')).expect(403)).body.code).toBe('CREDIT_OVERRIDE_NOT_ALLOWED');
      const key = await t.apiKey(['transactions:create', 'credit:override']);
      expect((await t.order(c, [[p1000, '1']], { creditOverride: { reason: 'Integration' } }, key).expect(403)).body.code).toBe('CREDIT_OVERRIDE_NOT_ALLOWED');
      await t.order(c, [[p1000, '1']], {}, key).expect(422);
      const noReason = await t.order(c, [[p1000, '1']], { creditOverride: { reason: ' ' } }, await t.as('supervisor')).expect(400);
      expect(noReason.body.errors[0].field).toBe('creditOverride.reason');
      await t.order(c, [[p1000, '1']], {}, await t.as('supervisor')).expect(422);
    });

    it('creates the blocked document for a supervisor with a reason, and records who, when, why and the figures', async () => {
      await t.settings({ allowBackofficeBypass: true });
      const res = await t.order(c, [[p1000, '1']], { creditOverride: { reason: 'Owner approved by phone' } }, await t.as('supervisor')).expect(201);
      expect(res.body.credit).toEqual({ outcome: 'override', reasons: [expect.objectContaining({ code: 'OUTSTANDING_AMOUNT_EXCEEDED' })] });
      const [entry] = await t.sql<{ actor_name: string; channel: string; details: Record<string, unknown>; occurred_at: Date }>(
        `SELECT actor_name, channel, details, occurred_at FROM audit_entry WHERE action = 'credit.override' AND entity_id = $1`,
        [c],
      );
      expect(entry).toMatchObject({ actor_name: 'supervisor user', channel: 'backoffice' });
      expect(entry.details).toMatchObject({
        documentType: 'sales_order',
        documentNumber: res.body.number,
        reason: 'Owner approved by phone',
        amount: '1000.00',
        projected: { outstandingAmount: { used: '1000.00', limit: '100.00' } },
      });
    });
  });

  it('answers POST /credit/check without changing anything', async () => {
    const c = await t.customer('CHECK', { outstandingAmount: { mode: 'value', value: '1000' } });
    const before = await t.exposure(c);
    const ok = await t.http().post('/api/v1/credit/check').set(t.admin).send({ customerId: c, documentType: 'sales_order', amount: '1000.00' }).expect(200);
    expect(ok.body).toMatchObject({ outcome: 'pass', reasons: [], overridable: false, projected: { outstandingAmount: { used: '1000.00' }, openDocuments: { used: 1 } } });
    const over = await t.http().post('/api/v1/credit/check').set(t.admin).send({ customerId: c, documentType: 'sales_invoice', amount: '1000.01' }).expect(200);
    expect(over.body).toMatchObject({ outcome: 'block', reasons: [{ code: 'OUTSTANDING_AMOUNT_EXCEEDED' }] });
    await t.settings({ enforcementMode: 'warning' });
    expect((await t.http().post('/api/v1/credit/check').set(t.admin).send({ customerId: c, documentType: 'sales_order', amount: '5000' }).expect(200)).body.outcome).toBe('warn');
    expect(await t.exposure(c)).toEqual(before);
    await t.http().post('/api/v1/credit/check').set(t.admin).send({ customerId: c, documentType: 'quote', amount: '1' }).expect(400);
    await t.http().post('/api/v1/credit/check').set(t.admin).send({ customerId: c, documentType: 'sales_order', amount: 1 }).expect(400);
    await t.http().post('/api/v1/credit/check').set(await t.as('viewer')).send({ customerId: c, documentType: 'sales_order', amount: '1' }).expect(403);
  });

  it('keeps money exact: 0.10 + 0.20 is 0.30, to the cent', async () => {
    const dime = await t.product('DIME', '0.10');
    const twenty = await t.product('TWENTY', '0.20');
    const c = await t.customer('FLOAT', { outstandingAmount: { mode: 'value', value: '0.30' } });
    const so = await t.order(c, [[dime, '1'], [twenty, '1']]).expect(201);
    expect(so.body.total).toBe('0.30');
    expect((await t.credit(c)).outstandingAmount).toMatchObject({ used: '0.30', remaining: '0.00', utilization: 1 });
    const cent = await t.product('CENT2', '0.01');
    await t.order(c, [[cent, '1']]).expect(422);
    const many = await t.customer('FLOAT-MANY');
    for (let i = 0; i < 10; i++) await t.order(many, [[dime, '1']]).expect(201);
    expect((await t.credit(many)).outstandingAmount.used).toBe('1.00');
    const third = await t.product('THIRD', '33333.33');
    expect((await t.order(many, [[third, '3']]).expect(201)).body.total).toBe('99999.99');
  });

  it('filters the customer list by credit status with the same evaluator', async () => {
    const over = await t.customer('FILTER-OVER', { outstandingAmount: { mode: 'value', value: '1' } });
    await t.settings({ enforcementMode: 'warning' });
    await t.order(over, [[p10, '1']]).expect(201);
    const list = await t.http().get('/api/v1/customers?creditStatus=overlimit&pageSize=200').set(t.admin).expect(200);
    const codes = list.body.items.map((c: { code: string }) => c.code);
    expect(codes).toContain('FILTER-OVER');
    for (const code of codes) {
      const id = list.body.items.find((c: { code: string }) => c.code === code).id;
      expect((await t.credit(id)).status).toBe('overlimit');
    }
    const noLimit = await t.http().get('/api/v1/customers?creditStatus=no_limit&pageSize=200').set(t.admin).expect(200);
    expect(noLimit.body.items.map((c: { code: string }) => c.code)).toContain('NONE');
    expect(noLimit.body.items.map((c: { code: string }) => c.code)).not.toContain('FILTER-OVER');
  });
});
