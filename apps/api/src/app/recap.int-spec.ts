import { RecapScheduler } from '@niaga/api/notification';
import { createTestApp, createTestDatabase, type TestApp, type TestDatabase, testServerUrl } from '@niaga/api/core/testing';
import { AppModule } from './app.module';

/** A clock the test moves. */
class FakeClock {
  constructor(private instant: string) {}
  now(): Date {
    return new Date(this.instant);
  }
  set(instant: string): void {
    this.instant = instant;
  }
}

const jakarta = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

describe('daily credit recap and notification center (whole app, real database)', () => {
  let db: TestDatabase;
  let clock: FakeClock;
  let t: TestApp;
  let admin: { Authorization: string };
  let sales: { Authorization: string };
  let viewer: { Authorization: string };
  const ids: Record<string, string> = {};

  const start = (c: FakeClock) => createTestApp({ database: db, root: (config) => AppModule.forRoot(config, { clock: c }) });

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new FakeClock(jakarta('2026-11-23', '06:00'));
    t = await start(clock);
    admin = { Authorization: `Bearer ${await t.login()}` };
    for (const role of ['sales', 'viewer']) {
      await t.http().post('/api/v1/users').set(admin).send({ email: `${role}@niaga.test`, name: role, password: 'role-password-1', roles: [role] }).expect(201);
    }
    sales = { Authorization: `Bearer ${await t.login('sales@niaga.test', 'role-password-1')}` };
    viewer = { Authorization: `Bearer ${await t.login('viewer@niaga.test', 'role-password-1')}` };
    await t.http().put('/api/v1/settings/credit').set(admin).send({
      defaults: {},
      enforcementMode: 'warning',
      allowBackofficeBypass: false,
      warningThresholdPercent: 80,
      overdueGraceDays: 0,
      recapTime: '07:00',
      timeZone: 'Asia/Jakarta',
    }).expect(200);
    const group = (await t.http().post('/api/v1/customer-groups').set(admin).send({ code: 'GRP', name: 'Grup' }).expect(201)).body.id;
    const cent = (await t.http().post('/api/v1/products').set(admin).send({ code: 'CENT', name: 'Cent', unitPrice: '0.01' }).expect(201)).body.id;
    const customers: [string, object | undefined, string][] = [
      ['AT80', { outstandingAmount: { mode: 'value', value: '1000' } }, '80000'], // 800.00 = 80 % → warning
      ['BELOW', { outstandingAmount: { mode: 'value', value: '1000' } }, '79999'], // 799.99 → safe, not listed
      ['OVER', { openDocuments: { mode: 'value', value: 0 } }, '1'], // 1 document > 0 → overlimit
      ['NOLIMIT', undefined, '999999'], // no limit in force → never listed
    ];
    for (const [code, limit, cents] of customers) {
      const id = (await t.http().post('/api/v1/customers').set(admin).send({ code, name: `Toko ${code}`, groupId: group }).expect(201)).body.id;
      if (limit) await t.http().put(`/api/v1/customers/${id}/credit-limit`).set(admin).send(limit).expect(200);
      await t.http().post('/api/v1/sales-orders').set(admin).send({ customerId: id, lines: [{ productId: cent, quantity: cents }] }).expect(201);
      ids[code] = id;
    }
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('makes no recap before the recap time in the company zone', async () => {
    await t.http().get('/api/v1/credit/recaps?date=2026-11-23').set(admin).expect(404);
    expect(await t.app.get(RecapScheduler).runIfDue()).toBeNull();
    expect((await t.app.get(RecapScheduler).nextRun()).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('builds the recap at 07:00 Jakarta with the right customers, once', async () => {
    clock.set(jakarta('2026-11-23', '07:00'));
    const recap = await t.app.get(RecapScheduler).runIfDue();
    expect(recap).toMatchObject({ date: '2026-11-23', trigger: 'scheduled', warningThresholdPercent: 80 });
    expect(recap?.warning.map((r) => r.code)).toEqual(['AT80']);
    expect(recap?.overlimit.map((r) => r.code)).toEqual(['OVER']);
    expect(recap?.warning[0]).toMatchObject({
      customerId: ids['AT80'],
      name: 'Toko AT80',
      groupCode: 'GRP',
      status: 'warning',
      outstandingAmount: { limit: '1000.00', used: '800.00', utilization: 0.8 },
      maxUtilization: 0.8,
    });
    expect(await t.app.get(RecapScheduler).runIfDue()).toBeNull();
    const stored = await t.http().get('/api/v1/credit/recaps?date=2026-11-23').set(admin).expect(200);
    expect(stored.body.id).toBe(recap?.id);
  });

  it('notifies the users holding notifications:read, and only them', async () => {
    const mine = await t.http().get('/api/v1/notifications').set(sales).expect(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({
      type: 'credit_recap',
      readAt: null,
      data: { date: '2026-11-23', trigger: 'scheduled', warningCount: 1, overlimitCount: 1 },
    });
    expect((await t.http().get('/api/v1/notifications/unread-count').set(admin).expect(200)).body).toEqual({ count: 1 });
    await t.http().get('/api/v1/notifications').set(viewer).expect(403);
    const [{ n }] = await t.app.get(TransactionServiceToken).manager.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = (SELECT id FROM app_user WHERE email = 'viewer@niaga.test')`,
    );
    expect(n).toBe(0);
  });

  it('marks read, one or all; a user cannot touch another user’s notification', async () => {
    const [first] = (await t.http().get('/api/v1/notifications').set(sales)).body.items;
    await t.http().post(`/api/v1/notifications/${first.id}/read`).set(admin).expect(404);
    const read = await t.http().post(`/api/v1/notifications/${first.id}/read`).set(sales).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await t.http().get('/api/v1/notifications/unread-count').set(sales)).body.count).toBe(0);
    expect((await t.http().post('/api/v1/notifications/read-all').set(admin).expect(200)).body).toEqual({ updated: 1 });
    expect((await t.http().get('/api/v1/notifications?unread=true').set(admin)).body.total).toBe(0);
  });

  it('builds a recap on demand (settings:manage) and serves the latest of the day, also as CSV', async () => {
    await t.http().post('/api/v1/credit/recaps').set(sales).expect(403);
    const manual = await t.http().post('/api/v1/credit/recaps').set(admin).expect(201);
    expect(manual.body).toMatchObject({ trigger: 'manual', date: '2026-11-23' });
    expect((await t.http().get('/api/v1/notifications/unread-count').set(sales)).body.count).toBe(1);
    expect((await t.http().get('/api/v1/credit/recaps?date=2026-11-23').set(admin)).body.id).toBe(manual.body.id);
    const csv = await t.http().get(`/api/v1/credit/recaps/${manual.body.id}/export`).set(admin).buffer(true).parse((r, cb) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (text += c));
      r.on('end', () => cb(null, text));
    }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('overlimit,OVER,Toko OVER,GRP');
    expect(csv.body).toContain('warning,AT80,Toko AT80,GRP,,1,1000.00,800.00,0,80');
  });

  it('re-arms at a new recap time without a restart', async () => {
    const settings = (await t.http().get('/api/v1/settings/credit').set(admin)).body;
    const { updatedAt: _ignored, ...body } = settings;
    await t.http().put('/api/v1/settings/credit').set(admin).send({ ...body, recapTime: '08:30' }).expect(200);
    expect((await t.app.get(RecapScheduler).nextRun()).toISOString()).toBe(jakarta('2026-11-23', '08:30'));
    await t.http().put('/api/v1/settings/credit').set(admin).send({ ...body, recapTime: '07:00' }).expect(200);
  });

  it('makes up a missed recap at start-up', async () => {
    await t.close();
    clock.set(jakarta('2026-11-24', '09:15'));
    t = await start(clock);
    const recap = await t.http().get('/api/v1/credit/recaps?date=2026-11-24').set({ Authorization: `Bearer ${await t.login()}` }).expect(200);
    expect(recap.body).toMatchObject({ trigger: 'scheduled', date: '2026-11-24' });
  });

  (testServerUrl() ? it : it.skip)('produces one recap and one notification per user with two instances on one database', async () => {
    const second = await start(clock);
    try {
      clock.set(jakarta('2026-11-25', '07:00'));
      const results = await Promise.all([
        t.app.get(RecapScheduler).runIfDue(),
        second.app.get(RecapScheduler).runIfDue(),
        t.app.get(RecapScheduler).runIfDue(),
        second.app.get(RecapScheduler).runIfDue(),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const rows: { n: number }[] = await second.app.get(TransactionServiceToken).manager.query(
        `SELECT count(*)::int AS n FROM credit_recap WHERE recap_date = '2026-11-25' AND trigger = 'scheduled'`,
      );
      expect(rows[0].n).toBe(1);
      const perUser: { n: number }[] = await second.app.get(TransactionServiceToken).manager.query(
        `SELECT count(*)::int AS n FROM notification WHERE data->>'date' = '2026-11-25' GROUP BY user_id`,
      );
      expect(perUser.map((r) => r.n)).toEqual([1, 1]);
    } finally {
      await second.close();
    }
  });
});

import { TransactionService as TransactionServiceToken } from '@niaga/api/core';
