import { CreditSettingsService } from '@niaga/api/credit-limit';
import { salesTestApp, type SalesTestApp } from '../../test/sales-test-app';

/** SPEC §3: when exposure is consumed and released, through orders, invoices, payments, cancel and void. */
describe('sales documents and the exposure they hold', () => {
  let t: SalesTestApp;
  let apple: string;
  let pear: string;

  beforeAll(async () => {
    t = await salesTestApp();
    apple = await t.product('APPLE', '1500.00');
    pear = await t.product('PEAR', '333.33');
  });
  afterAll(() => t.close());

  const position = async (c: string) => {
    const credit = await t.credit(c);
    return [credit.openDocuments.used, credit.outstandingAmount.used];
  };

  it('numbers documents per year without gaps and keeps the customer’s group as it was', async () => {
    const g1 = (await t.http().post('/api/v1/customer-groups').set(t.admin).send({ code: 'G1', name: 'One' }).expect(201)).body.id;
    const g2 = (await t.http().post('/api/v1/customer-groups').set(t.admin).send({ code: 'G2', name: 'Two' }).expect(201)).body.id;
    const c = await t.customer('NUM', undefined, { groupId: g1 });
    const a = await t.order(c, [[apple, '1']], { orderDate: '2026-03-01' }).expect(201);
    const b = await t.order(c, [[apple, '1']], { orderDate: '2026-03-02' }).expect(201);
    expect(a.body.number).toMatch(/^SO-2026-\d{6}$/);
    expect(Number(b.body.number.slice(-6))).toBe(Number(a.body.number.slice(-6)) + 1);
    expect((await t.order(c, [[apple, '1']], { orderDate: '2027-01-02' }).expect(201)).body.number).toBe('SO-2027-000001');
    await t.http().patch(`/api/v1/customers/${c}`).set(t.admin).send({ groupId: g2 }).expect(200);
    const later = await t.order(c, [[apple, '1']]).expect(201);
    expect([a.body.groupId, later.body.groupId]).toEqual([g1, g2]);
    expect((await t.http().get(`/api/v1/sales-orders/${a.body.id}`).set(t.admin).expect(200)).body.groupId).toBe(g1);
  });

  it('consumes on the order; partial invoices move the amount, never add; the order stays open while a part is left', async () => {
    const c = await t.customer('FLOW');
    const so = (await t.order(c, [[apple, '2'], [pear, '3']]).expect(201)).body;
    expect(so.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['2', '3']);
    const tens = (await t.order(await t.customer('QTY'), [[pear, '10'], [apple, '2.500']]).expect(201)).body;
    expect(tens.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['10', '2.5']);
    expect((await t.http().get(`/api/v1/sales-orders/${tens.id}`).set(t.admin)).body.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['10', '2.5']);
    expect(so).toMatchObject({ total: '3999.99', uninvoicedAmount: '3999.99', status: 'open', credit: { outcome: 'pass' } });
    expect(await position(c)).toEqual([1, '3999.99']);

    const inv1 = (await t.http().post('/api/v1/sales-invoices').set(t.admin)
      .send({ salesOrderId: so.id, lines: [{ salesOrderLineId: so.lines[0].id, quantity: '1' }, { salesOrderLineId: so.lines[1].id, quantity: '1' }] })
      .expect(201)).body;
    expect(inv1).toMatchObject({ total: '1833.33', outstandingAmount: '1833.33', salesOrderId: so.id, credit: { outcome: 'not_checked' } });
    expect(await position(c)).toEqual([2, '3999.99']);
    const soAfter = (await t.http().get(`/api/v1/sales-orders/${so.id}`).set(t.admin)).body;
    expect(soAfter).toMatchObject({ status: 'partially_invoiced', uninvoicedAmount: '2166.66' });

    const tooMuch = await t.http().post('/api/v1/sales-invoices').set(t.admin)
      .send({ salesOrderId: so.id, lines: [{ salesOrderLineId: so.lines[0].id, quantity: '2' }] }).expect(422);
    expect(tooMuch.body).toMatchObject({ code: 'INVOICE_EXCEEDS_ORDER', errors: [{ field: 'lines.0.quantity' }] });

    const inv2 = (await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id }).expect(201)).body;
    expect(inv2.total).toBe('2166.66');
    expect(Number(inv1.total) * 100 + Number(inv2.total) * 100).toBe(399999);
    expect((await t.http().get(`/api/v1/sales-orders/${so.id}`).set(t.admin)).body).toMatchObject({ status: 'invoiced', uninvoicedAmount: '0.00' });
    expect(await position(c)).toEqual([2, '3999.99']);
    await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id }).expect(422);

    // Payments release by the amount paid; a fully paid invoice is no longer an open document.
    await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: inv1.id, amount: '1000.00' }).expect(201);
    expect(await position(c)).toEqual([2, '2999.99']);
    expect((await t.http().get(`/api/v1/sales-invoices/${inv1.id}`).set(t.admin)).body).toMatchObject({ status: 'partially_paid', paidAmount: '1000.00', outstandingAmount: '833.33' });
    const over = await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: inv1.id, amount: '833.34' }).expect(422);
    expect(over.body).toMatchObject({ code: 'PAYMENT_EXCEEDS_OUTSTANDING', errors: [{ field: 'amount' }] });
    const pay = await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: inv1.id, amount: '833.33', method: 'transfer', reference: 'BCA 123' }).expect(201);
    expect(pay.body).toMatchObject({ number: expect.stringMatching(/^PAY-\d{4}-\d{6}$/), amount: '833.33', method: 'transfer' });
    expect(await position(c)).toEqual([1, '2166.66']);
    expect((await t.http().get(`/api/v1/sales-invoices/${inv1.id}`).set(t.admin)).body.status).toBe('paid');

    // Void: only unpaid invoices; it releases what they hold.
    const voidPaid = await t.http().post(`/api/v1/sales-invoices/${inv1.id}/void`).set(t.admin).expect(422);
    expect(voidPaid.body.code).toBe('INVOICE_HAS_PAYMENTS');
    await t.http().post(`/api/v1/sales-invoices/${inv2.id}/void`).set(t.admin).expect(200);
    expect(await position(c)).toEqual([0, '0.00']);
  });

  it('releases the uninvoiced amount when an order is cancelled', async () => {
    const c = await t.customer('CANCEL');
    const so = (await t.order(c, [[apple, '4']]).expect(201)).body;
    await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id, lines: [{ salesOrderLineId: so.lines[0].id, quantity: '1' }] }).expect(201);
    expect(await position(c)).toEqual([2, '6000.00']);
    const cancelled = await t.http().post(`/api/v1/sales-orders/${so.id}/cancel`).set(t.admin).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', uninvoicedAmount: '0.00' });
    expect(await position(c)).toEqual([1, '1500.00']);
    await t.http().post(`/api/v1/sales-orders/${so.id}/cancel`).set(t.admin).expect(422);
    await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id }).expect(422);
  });

  it('never checks an invoice made from an order, even when the customer is over its limit', async () => {
    const c = await t.customer('FROM-SO');
    const so = (await t.order(c, [[apple, '1']]).expect(201)).body;
    await t.http().put(`/api/v1/customers/${c}/credit-limit`).set(t.admin).send({ openDocuments: { mode: 'value', value: 0 } }).expect(200);
    expect((await t.credit(c)).blocked).toBe(true);
    await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ salesOrderId: so.id }).expect(201);
    const direct = await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ customerId: c, lines: [{ productId: apple, quantity: '1' }] }).expect(422);
    expect(direct.body.code).toBe('CREDIT_LIMIT_EXCEEDED');
  });

  it('checks a direct invoice like an order and consumes on creation', async () => {
    const c = await t.customer('DIRECT', { outstandingAmount: { mode: 'value', value: '2000' } });
    const inv = (await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ customerId: c, lines: [{ productId: apple, quantity: '1' }] }).expect(201)).body;
    expect(inv).toMatchObject({ salesOrderId: null, total: '1500.00', credit: { outcome: 'pass' }, number: expect.stringMatching(/^INV-/) });
    expect(await position(c)).toEqual([1, '1500.00']);
    await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ customerId: c, lines: [{ productId: apple, quantity: '1' }] }).expect(422);
  });

  it('creates every kind of document when no cache helps: nothing is read after the numbering insert commits', async () => {
    // Each create's numbering INSERT is its last statement, with the COMMIT queued behind it; a read after it
    // (e.g. of the briefly cached settings) would fail. With the cache always cold, every read is a query.
    const settings = t.app.get(CreditSettingsService);
    const read = settings.entity.bind(settings);
    const cold = jest.spyOn(settings, 'entity').mockImplementation(() => {
      settings.invalidate();
      return read();
    });
    try {
      const c = await t.customer('COLD');
      const so = (await t.order(c, [[apple, '2']]).expect(201)).body;
      const invoice = (body: object) => t.http().post('/api/v1/sales-invoices').set(t.admin).send(body).expect(201);
      const part = (await invoice({ salesOrderId: so.id, lines: [{ salesOrderLineId: so.lines[0].id, quantity: '1' }] })).body;
      const direct = (await invoice({ customerId: c, lines: [{ productId: pear, quantity: '3' }] })).body;
      await t.http().post('/api/v1/payments').set(t.admin).send({ invoiceId: part.id, amount: '1500.00' }).expect(201);
      expect([so.number, part.number, direct.number]).toEqual([expect.stringMatching(/^SO-/), expect.stringMatching(/^INV-/), expect.stringMatching(/^INV-/)]);
      expect(cold).toHaveBeenCalled();
      expect(await position(c)).toEqual([2, '2499.99']);
    } finally {
      cold.mockRestore();
    }
  });

  it('counts a retried create once (Idempotency-Key)', async () => {
    const c = await t.customer('IDEM');
    const body = { customerId: c, lines: [{ productId: apple, quantity: '1' }] };
    const first = await t.http().post('/api/v1/sales-orders').set(t.admin).set('Idempotency-Key', 'so-1').send(body).expect(201);
    const retry = await t.http().post('/api/v1/sales-orders').set(t.admin).set('Idempotency-Key', 'so-1').send(body).expect(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await position(c)).toEqual([1, '1500.00']);
    const inv = await t.http().post('/api/v1/sales-invoices').set(t.admin).set('Idempotency-Key', 'inv-1').send({ salesOrderId: first.body.id }).expect(201);
    await t.http().post('/api/v1/sales-invoices').set(t.admin).set('Idempotency-Key', 'inv-1').send({ salesOrderId: first.body.id }).expect(201);
    const pay = { invoiceId: inv.body.id, amount: '100.00' };
    await t.http().post('/api/v1/payments').set(t.admin).set('Idempotency-Key', 'pay-1').send(pay).expect(201);
    await t.http().post('/api/v1/payments').set(t.admin).set('Idempotency-Key', 'pay-1').send(pay).expect(201);
    expect(await position(c)).toEqual([1, '1400.00']);
    expect((await t.http().post('/api/v1/payments').set(t.admin).set('Idempotency-Key', 'pay-1').send({ ...pay, amount: '5.00' }).expect(409)).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses bad document input with 400/422 and writes nothing', async () => {
    const c = await t.customer('BAD');
    for (const body of [
      { customerId: c, lines: [] },
      { customerId: c, lines: [{ productId: apple, quantity: '0' }] },
      { customerId: c, lines: [{ productId: apple, quantity: '-1' }] },
      { customerId: c, lines: [{ productId: apple, quantity: 1 }] },
      { customerId: c, lines: [{ productId: apple, quantity: '1', unitPrice: '1.001' }] },
      { customerId: c, orderDate: '2026-02-30', lines: [{ productId: apple, quantity: '1' }] },
      { customerId: c, lines: [{ productId: apple, quantity: '1' }], discount: 5 },
    ]) {
      const res = await t.http().post('/api/v1/sales-orders').set(t.admin).send(body);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const unknownProduct = await t.order(c, [['00000000-0000-4000-8000-000000000000', '1']]).expect(422);
    expect(unknownProduct.body.errors).toEqual([{ field: 'lines.0.productId', message: 'No such product.' }]);
    const unknownCustomer = await t.order('00000000-0000-4000-8000-000000000000', [[apple, '1']]).expect(422);
    expect(unknownCustomer.body.errors[0].field).toBe('customerId');
    const direct = await t.http().post('/api/v1/sales-invoices').set(t.admin).send({ customerId: c }).expect(400);
    expect(direct.body.errors.map((e: { field: string }) => e.field)).toEqual(['lines']);
    expect(await t.exposure(c)).toBeUndefined();
    await t.order(c, [[apple, '1']], {}, await t.as('viewer')).expect(403);
  });
});
