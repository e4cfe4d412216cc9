import { createTestApp, TEST_ADMIN, type TestApp } from '../../testing';
import { TransactionService } from '../database/transaction.service';
import { Housekeeping } from '../housekeeping';

describe('log-in throttling (HTTP, real database)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('throttles guessing: 5 failures per e-mail and address in 15 minutes → 429 with Retry-After, even for the right password', async () => {
    const email = 'throttled@niaga.test';
    const password = 'right-password-1';
    await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Throttled', password, roles: ['viewer'] })
      .expect(201);
    const attempt = (pw: string, from = '10.0.0.1') => t.http().post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password: pw });
    // A success clears the address's count: 4 failures, a success, 4 more failures are all answered normally.
    for (let i = 0; i < 4; i++) await attempt('wrong-password').expect(401);
    await attempt(password).expect(200);
    for (let i = 0; i < 4; i++) await attempt('wrong-password').expect(401);
    await attempt('wrong-password').expect(401);
    const refused = await attempt(password).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    // Another address is not locked out by these.
    await attempt(password, '10.0.0.2').expect(200);
    // Fifteen minutes later (the failures moved back in time) the address may try again.
    await t.app
      .get(TransactionService)
      .manager.query(`UPDATE login_failure SET failed_at = failed_at - interval '16 minutes' WHERE email = $1`, [email]);
    await attempt(password).expect(200);
  });

  it('caps failures per e-mail from anywhere (20 in 15 minutes), so many or forged addresses do not help', async () => {
    const email = 'many-addresses@niaga.test';
    await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email, name: 'Many', password: 'right-password-1', roles: ['viewer'] })
      .expect(201);
    for (let i = 0; i < 20; i++) {
      await t.http().post('/api/v1/auth/login').set('X-Forwarded-For', `10.1.0.${i}`).send({ email, password: 'guess' }).expect(401);
    }
    const refused = await t
      .http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.1.1.1')
      .send({ email, password: 'right-password-1' })
      .expect(429);
    expect(refused.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    // Old failures are purged by the housekeeping after a day.
    await t.app
      .get(TransactionService)
      .manager.query(`UPDATE login_failure SET failed_at = failed_at - interval '25 hours' WHERE email = $1`, [email]);
    expect(await t.app.get(Housekeeping).purgeLoginFailures()).toBe(20);
  });
});
