import { createTestApp, type TestApp } from '../../testing';
import { TransactionService } from '../database/transaction.service';
import { Housekeeping } from '../housekeeping';

describe('Idempotency-Key on create endpoints', () => {
  let t: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    t = await createTestApp();
    auth = { Authorization: `Bearer ${await t.login()}` };
  });
  afterAll(() => t.close());

  const body = (email: string) => ({ email, name: 'Idem Potent', password: 'long-enough-1', roles: ['sales'] });
  const userCount = async () => (await t.http().get('/api/v1/users').set(auth)).body.total as number;

  it('answers a retry with the first result and creates nothing new', async () => {
    const first = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-1').send(body('a@niaga.test')).expect(201);
    const retry = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-1').send(body('a@niaga.test')).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await userCount()).toBe(2);
  });

  it('refuses the same key with another body (409 IDEMPOTENCY_KEY_REUSED)', async () => {
    const res = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-1').send(body('b@niaga.test')).expect(409);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await userCount()).toBe(2);
  });

  it('stores nothing for a refused request, so the key can be used again', async () => {
    await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-2').send(body('a@niaga.test')).expect(409);
    await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-2').send(body('c@niaga.test')).expect(201);
    expect(await userCount()).toBe(3);
  });

  it('creates once when the same key arrives concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-3').send(body('d@niaga.test'))),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await userCount()).toBe(4);
  });

  it('scopes keys to the caller', async () => {
    const other = await t
      .http()
      .post('/api/v1/api-keys')
      .set(auth)
      .send({ name: 'integration', permissions: ['users:manage'] })
      .expect(201);
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('X-API-Key', other.body.key)
      .set('Idempotency-Key', 'k-1')
      .send(body('e@niaga.test'))
      .expect(201);
    expect(res.body.email).toBe('e@niaga.test');
  });

  it('refuses an unusable key', async () => {
    const res = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'x'.repeat(201)).send(body('f@niaga.test'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('keeps keys for the TTL (24 h by default): older ones are purged and may be used again', async () => {
    const tx = t.app.get(TransactionService);
    const first = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-old').send(body('g@niaga.test')).expect(201);
    await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-fresh').send(body('h@niaga.test')).expect(201);
    // k-old was made 25 hours ago, k-fresh 23 hours ago.
    await tx.manager.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'k-old'`);
    await tx.manager.query(`UPDATE idempotency_key SET created_at = now() - interval '23 hours' WHERE key = 'k-fresh'`);
    expect(t.config.idempotencyTtlHours).toBe(24);
    expect(await t.app.get(Housekeeping).purgeIdempotencyKeys()).toBeGreaterThanOrEqual(1);
    const keys = (await tx.manager.query(`SELECT key FROM idempotency_key WHERE key IN ('k-old', 'k-fresh')`)).map((r: { key: string }) => r.key);
    expect(keys).toEqual(['k-fresh']);
    // The purged key is free again: the same request now creates (and so meets the e-mail it made before).
    const again = await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-old').send(body('g@niaga.test'));
    expect(again.status).toBe(409);
    expect(again.body.code).not.toBe('IDEMPOTENCY_KEY_REUSED');
    expect(first.body.email).toBe('g@niaga.test');
    // The fresh one still answers the first result.
    await t.http().post('/api/v1/users').set(auth).set('Idempotency-Key', 'k-fresh').send(body('h@niaga.test')).expect(201);
  });
});
