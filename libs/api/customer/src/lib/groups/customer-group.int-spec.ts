import { customerTestApp, type CustomerTestApp } from '../../test/customer-test-app';

describe('customer groups (HTTP, real database)', () => {
  let t: CustomerTestApp;
  const create = (code: string, name: string, extra: object = {}) =>
    t.http().post('/api/v1/customer-groups').set(t.admin).send({ code, name, ...extra });
  const list = (query: string) => t.http().get(`/api/v1/customer-groups?${query}`).set(t.admin).expect(200);
  const codes = async (query: string) => (await list(query)).body.items.map((g: { code: string }) => g.code);

  beforeAll(async () => {
    t = await customerTestApp();
    for (const [code, name] of [
      ['L001', 'Lokal 1'],
      ['L002', 'Lokal 2'],
      ['VIP', 'Pelanggan VIP'],
      ['EXH', 'Area Pameran Lokal'],
      ['A_B', 'Promo 50%'],
      ['AXB', 'Promo 50 persen'],
    ]) {
      await create(code, name).expect(201);
    }
  });
  afterAll(() => t.close());

  it('creates a group (New → Save) that then appears in the list, ordered by code', async () => {
    const res = await create('  grosir ', ' Grosir Jakarta ').expect(201);
    expect(res.body).toMatchObject({ code: 'grosir', name: 'Grosir Jakarta', customerCount: 0 });
    expect(res.body.creditDefaults).toEqual({ openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } });
    expect(await codes('pageSize=50')).toEqual(['A_B', 'AXB', 'EXH', 'grosir', 'L001', 'L002', 'VIP']);
  });

  it('refuses a duplicate code whatever its case (409 on the code field), and writes nothing', async () => {
    const res = await create('l001', 'Another').expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'CUSTOMER_GROUP_CODE_TAKEN', errors: [{ field: 'code' }] });
    expect((await list('q=l001&match=exact')).body.total).toBe(1);
  });

  it('lets exactly one of several concurrent creations of one code win (unique index, no race)', async () => {
    const results = await Promise.all(['RACE', 'race', 'Race', 'rAcE'].map((code) => create(code, 'Race')));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect((await list('q=race&match=exact')).body.total).toBe(1);
  });

  it.each([
    ['field=code&match=contains&q=00', ['L001', 'L002']],
    ['field=code&match=startsWith&q=l0', ['L001', 'L002']],
    ['field=code&match=exact&q=l001', ['L001']],
    ['field=code&match=exact&q=l00', []],
    ['field=name&match=contains&q=LOKAL', ['EXH', 'L001', 'L002']],
    ['field=name&match=startsWith&q=lokal', ['L001', 'L002']],
    ['field=name&match=exact&q=lokal 1', ['L001']],
    ['field=name&match=contains&q=%25', ['A_B']],
    ['field=code&match=contains&q=_', ['A_B']],
  ])('searches %s (case-insensitive, wildcards literal)', async (query, expected) => {
    expect(await codes(query)).toEqual(expected);
  });

  it('pages long lists', async () => {
    for (let i = 1; i <= 12; i++) await create(`P${String(i).padStart(2, '0')}`, `Paged ${i}`).expect(201);
    const page = await list('field=code&match=startsWith&q=P&page=3&pageSize=5');
    expect(page.body).toMatchObject({ total: 12, page: 3, pageSize: 5 });
    expect(page.body.items.map((g: { code: string }) => g.code)).toEqual(['P11', 'P12']);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    for (const [body, field] of [
      [{ code: 'way-too-long-group-code-x', name: 'x' }, 'code'],
      [{ code: 'has space', name: 'x' }, 'code'],
      [{ code: 'OK1', name: '' }, 'name'],
      [{ code: 'OK1', name: 'x', colour: 'red' }, 'colour'],
      [{ code: 'OK1', name: 'x', creditDefaults: { openDocuments: { mode: 'unlimited' } } }, 'creditDefaults.openDocuments.mode'],
    ] as const) {
      const res = await t.http().post('/api/v1/customer-groups').set(t.admin).send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    for (const query of ['match=fuzzy', 'field=phone', 'pageSize=0', 'colour=red']) {
      await t.http().get(`/api/v1/customer-groups?${query}`).set(t.admin).expect(400);
    }
    expect((await list('q=OK1&match=exact')).body.total).toBe(0);
  });

  it('edits a group and its credit defaults, with an audit trail', async () => {
    const vip = (await list('q=VIP&match=exact')).body.items[0];
    const res = await t
      .http()
      .patch(`/api/v1/customer-groups/${vip.id}`)
      .set(t.admin)
      .send({ name: 'Pelanggan VIP Utama', creditDefaults: { openDocuments: { mode: 'value', value: 5 }, outstandingAmount: { mode: 'value', value: '75000000' } } })
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'Pelanggan VIP Utama',
      creditDefaults: { openDocuments: { mode: 'value', value: 5 }, outstandingAmount: { mode: 'value', value: '75000000.00' }, overdue: { mode: 'inherit' } },
    });
    const [entry] = await t.app
      .get(TransactionService)
      .manager.query(`SELECT action, before, after, actor_name FROM audit_entry WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [vip.id]);
    expect(entry).toMatchObject({ action: 'customer_group.credit_defaults.update', actor_name: 'Administrator' });
    expect(entry.before.creditDefaults.openDocuments).toEqual({ mode: 'inherit' });
    expect(entry.after.creditDefaults.openDocuments).toEqual({ mode: 'value', value: 5 });
    await t.http().patch(`/api/v1/customer-groups/${vip.id}`).set(t.admin).send({ code: 'l001' }).expect(409);
  });

  it('deletes an unused group; refuses while customers use it, changing nothing', async () => {
    const exh = (await list('q=EXH&match=exact')).body.items[0];
    const l2 = (await list('q=L002&match=exact')).body.items[0];
    await t.http().post('/api/v1/customers').set(t.admin).send({ code: 'C-1', name: 'Toko Satu', groupId: l2.id }).expect(201);
    expect((await t.http().get(`/api/v1/customer-groups/${l2.id}`).set(t.admin).expect(200)).body.customerCount).toBe(1);
    const refused = await t.http().delete(`/api/v1/customer-groups/${l2.id}`).set(t.admin).expect(409);
    expect(refused.body).toMatchObject({ code: 'CUSTOMER_GROUP_IN_USE', customerCount: 1 });
    expect(refused.body.detail).toContain('1 customer');
    await t.http().get(`/api/v1/customer-groups/${l2.id}`).set(t.admin).expect(200);
    await t.http().delete(`/api/v1/customer-groups/${exh.id}`).set(t.admin).expect(204);
    await t.http().get(`/api/v1/customer-groups/${exh.id}`).set(t.admin).expect(404);
  });

  it('lets a viewer read but not write', async () => {
    await t.http().get('/api/v1/customer-groups').set(t.viewer).expect(200);
    const res = await t.http().post('/api/v1/customer-groups').set(t.viewer).send({ code: 'V1', name: 'Viewer' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const any = (await list('pageSize=1')).body.items[0];
    await t.http().patch(`/api/v1/customer-groups/${any.id}`).set(t.viewer).send({ name: 'x' }).expect(403);
    await t.http().delete(`/api/v1/customer-groups/${any.id}`).set(t.viewer).expect(403);
  });

  it('serves contains, startsWith and exact from indexes at scale', async () => {
    const m = t.app.get(TransactionService).manager;
    await m.query(`INSERT INTO customer_group (code, name) SELECT 'G' || i, 'Kelompok ' || md5(i::text) FROM generate_series(1, 100000) i`);
    await m.query('ANALYZE customer_group');
    const plan = async (where: string) =>
      ((await m.query(`EXPLAIN SELECT id FROM customer_group g WHERE ${where}`)) as { 'QUERY PLAN': string }[])
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    expect(await plan(`lower(g.name) LIKE '%a1b2c%'`)).toContain('ix_customer_group_name_trgm');
    expect(await plan(`lower(g.code) LIKE 'g123%'`)).toMatch(/ix_customer_group_code_prefix|uq_customer_group_code/);
    expect(await plan(`lower(g.code) = 'g12345'`)).toMatch(/ix_customer_group_code_prefix|uq_customer_group_code/);
  });
});

import { TransactionService } from '@niaga/api/core';
