import { createTestApp, type TestApp } from '@niaga/api/core/testing';
import { CustomerModule } from '../lib/customer.module';
import { customerMigrations } from '../lib/migrations';

export interface CustomerTestApp extends TestApp {
  admin: { Authorization: string };
  viewer: { Authorization: string };
}

/** The customer domain on the core, a fresh database, an admin and a viewer token. */
export async function customerTestApp(): Promise<CustomerTestApp> {
  const t = await createTestApp({ imports: [CustomerModule], migrations: customerMigrations });
  const admin = { Authorization: `Bearer ${await t.login()}` };
  await t
    .http()
    .post('/api/v1/users')
    .set(admin)
    .send({ email: 'viewer@niaga.test', name: 'Vera Viewer', password: 'viewer-password-1', roles: ['viewer'] })
    .expect(201);
  const viewer = { Authorization: `Bearer ${await t.login('viewer@niaga.test', 'viewer-password-1')}` };
  return { ...t, admin, viewer };
}
