import { createTestApp, type TestApp } from '../../testing';

describe('problem+json and validation (HTTP)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login();
  });
  afterAll(() => t.close());

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toEqual(
      expect.objectContaining({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String), code }),
    );
  };

  it('refuses unknown body fields with 400 naming them, and writes nothing', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'new@niaga.test', name: 'New', password: 'long-enough-1', roles: ['sales'], isAdmin: true });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field: 'isAdmin', message: 'Unknown field.' }]);
    const list = await t.http().get('/api/v1/users').set('Authorization', `Bearer ${admin}`);
    expect(list.body.total).toBe(1);
  });

  it('names every invalid field', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'not-an-email', name: '', password: 'short', roles: ['emperor'] });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['email', 'name', 'password', 'roles.0']);
  });

  it('answers malformed JSON, bad ids, bad paging and unknown routes as problems', async () => {
    const auth = { Authorization: `Bearer ${admin}` };
    expectProblem(
      await t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email":'),
      400,
      'VALIDATION_FAILED',
    );
    const badId = await t.http().patch('/api/v1/users/not-a-uuid').set(auth).send({ name: 'x' });
    expectProblem(badId, 400, 'VALIDATION_FAILED');
    expect(badId.body.errors).toEqual([{ field: 'id', message: 'Must be a UUID.' }]);
    const paging = await t.http().get('/api/v1/users?pageSize=201').set(auth);
    expectProblem(paging, 400, 'VALIDATION_FAILED');
    expect(paging.body.errors[0].field).toBe('pageSize');
    expectProblem(await t.http().get('/api/v1/nothing-here').set(auth), 404, 'NOT_FOUND');
    expectProblem(
      await t.http().patch('/api/v1/users/00000000-0000-4000-8000-000000000000').set(auth).send({ name: 'x' }),
      404,
      'NOT_FOUND',
    );
  });
});
