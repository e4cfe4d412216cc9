import { RouteAccessAudit } from '@niaga/api/core';
import { createTestApp, type TestApp } from '@niaga/api/core/testing';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
// The OpenAPI 3.0 JSON Schema (draft-04), as published with the specification.
import openApi30Schema from '@seriousme/openapi-schema-validator/schemas/v3.0/schema.json';
import { AppModule } from './app.module';

describe('the whole API (AppModule on a fresh database)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  it('answers GET /api/health without auth', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('declares a permission (or @Public / @RequireAuthentication) on every route', () => {
    const routes = t.app.get(RouteAccessAudit).routes();
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((r) => !r.declared)).toEqual([]);
    const publicRoutes = routes.filter((r) => r.public).map((r) => `${r.method} ${r.path}`).sort();
    expect(publicRoutes).toEqual(['GET /health', 'POST /auth/login']);
  });

  it('serves a valid OpenAPI 3 document generated from the code, listing auth and health', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(openApi30Schema);
    const valid = validate(res.body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/users', '/api/v1/api-keys']),
    );
    const login = res.body.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(res.body.components.securitySchemes).toHaveProperty('apiKey');
    await t.http().get('/api/docs').expect(200);
  });
});
