import { JwtService } from '@nestjs/jwt';
import { createTestApp, TEST_ADMIN, type TestApp } from '../../testing';

describe('auth, users and API keys (HTTP, real database)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login();
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD and logs in', async () => {
    const res = await t.http().post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
    expect(res.body).toMatchObject({ expiresIn: expect.any(Number), user: { email: TEST_ADMIN.email, roles: ['admin'] } });
    expect(res.body.user.permissions).toEqual(expect.arrayContaining(['settings:manage', 'users:manage', 'credit:override']));
    const me = await t.http().get('/api/v1/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.email).toBe(TEST_ADMIN.email);
  });

  it('refuses a wrong password or unknown e-mail with 401 problem+json', async () => {
    for (const body of [{ ...TEST_ADMIN, password: 'wrong-password' }, { email: 'nobody@niaga.test', password: 'x' }]) {
      const res = await t.http().post('/api/v1/auth/login').send(body).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('answers 401 without credentials and with a forged token', async () => {
    await t.http().get('/api/v1/users').expect(401);
    const res = await t.http().get('/api/v1/users').set(bearer(`${admin.slice(0, -4)}AAAA`)).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('accepts only HS256 tokens signed with the server secret', async () => {
    const me = await t.http().get('/api/v1/auth/me').set(bearer(admin)).expect(200);
    const claims = { sub: me.body.id };
    const signer = new JwtService();
    const sign = (payload: object, secret: string, options: { algorithm: 'HS256' | 'HS512'; expiresIn: number }) =>
      signer.sign(payload, { secret, ...options });
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    const forged = [
      unsigned,
      sign(claims, 'some-other-secret-some-other-secret-0000', { algorithm: 'HS256', expiresIn: 600 }),
      sign(claims, t.config.jwtSecret, { algorithm: 'HS512', expiresIn: 600 }),
      sign(claims, t.config.jwtSecret, { algorithm: 'HS256', expiresIn: -10 }),
      sign({ sub: 'not-a-user-id' }, t.config.jwtSecret, { algorithm: 'HS256', expiresIn: 600 }),
    ];
    for (const token of forged) {
      const res = await t.http().get('/api/v1/auth/me').set(bearer(token)).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
    const good = sign(claims, t.config.jwtSecret, { algorithm: 'HS256', expiresIn: 600 });
    await t.http().get('/api/v1/auth/me').set(bearer(good)).expect(200);
  });

  it('lets roles decide: a viewer cannot manage users (403), an admin can', async () => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'Viewer@Niaga.test', name: 'Vera Viewer', password: 'viewer-password-1', roles: ['viewer'] })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'viewer@niaga.test', roles: ['viewer'], active: true });
    expect(created.body.permissions).toEqual(['customers:read', 'reports:read']);
    expect(created.body).not.toHaveProperty('passwordHash');

    const viewer = await t.login('viewer@niaga.test', 'viewer-password-1');
    const res = await t.http().get('/api/v1/users').set(bearer(viewer)).expect(403);
    expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(res.body.detail).toContain('users:manage');

    const list = await t.http().get('/api/v1/users?pageSize=10').set(bearer(admin)).expect(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 10 });
  });

  it('refuses a duplicate e-mail with 409 and changes nothing', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'viewer@niaga.test', name: 'Again', password: 'viewer-password-2', roles: ['sales'] })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'USER_EMAIL_TAKEN', errors: [{ field: 'email' }] });
    const list = await t.http().get('/api/v1/users').set(bearer(admin)).expect(200);
    expect(list.body.total).toBe(2);
  });

  it('applies role changes and deactivation at once, even to tokens already issued', async () => {
    const user = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(admin))
      .send({ email: 'sales@niaga.test', name: 'Sari Sales', password: 'sales-password-1', roles: ['sales'] })
      .expect(201);
    const token = await t.login('sales@niaga.test', 'sales-password-1');
    await t.http().get('/api/v1/users').set(bearer(token)).expect(403);
    await t.http().patch(`/api/v1/users/${user.body.id}`).set(bearer(admin)).send({ roles: ['admin'] }).expect(200);
    await t.http().get('/api/v1/users').set(bearer(token)).expect(200);
    await t.http().patch(`/api/v1/users/${user.body.id}`).set(bearer(admin)).send({ active: false }).expect(200);
    await t.http().get('/api/v1/users').set(bearer(token)).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email: 'sales@niaga.test', password: 'sales-password-1' }).expect(401);
  });

  it('authenticates API keys with exactly their permissions, and not after revocation', async () => {
    const created = await t
      .http()
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({ name: 'ERP sync', permissions: ['users:manage'] })
      .expect(201);
    expect(created.body.key).toMatch(/^nk_/);
    const key = created.body.key as string;
    await t.http().get('/api/v1/users').set('X-API-Key', key).expect(200);
    // An integration has no user: /auth/me is for people.
    await t.http().get('/api/v1/auth/me').set('X-API-Key', key).expect(401);

    const narrow = await t
      .http()
      .post('/api/v1/api-keys')
      .set(bearer(admin))
      .send({ name: 'Reports only', permissions: ['reports:read'] })
      .expect(201);
    await t.http().get('/api/v1/users').set('X-API-Key', narrow.body.key).expect(403);

    const listed = await t.http().get('/api/v1/api-keys').set(bearer(admin)).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    await t.http().delete(`/api/v1/api-keys/${created.body.id}`).set(bearer(admin)).expect(204);
    await t.http().get('/api/v1/users').set('X-API-Key', key).expect(401);
    await t.http().get('/api/v1/users').set('X-API-Key', 'nk_made_up').expect(401);
  });

  it('keeps an audit trail of user and key changes', async () => {
    const rows: { action: string; actor_name: string }[] = await t.app
      .get(TransactionServiceToken)
      .manager.query(`SELECT action, actor_name FROM audit_entry ORDER BY id`);
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.update', 'api_key.create', 'api_key.revoke']));
    expect(rows[0]).toEqual({ action: 'user.create', actor_name: 'system' });
    expect(rows.filter((r) => r.action === 'api_key.revoke')[0].actor_name).toBe('Administrator');
  });
});

import { TransactionService as TransactionServiceToken } from '../database/transaction.service';
