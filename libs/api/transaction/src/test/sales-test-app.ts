import { TransactionService } from '@niaga/api/core';
import { createTestApp, type TestApp } from '@niaga/api/core/testing';
import { CreditLimitModule, creditLimitMigrations } from '@niaga/api/credit-limit';
import { CustomerModule, customerMigrations } from '@niaga/api/customer';
import type { CustomerCredit } from '@niaga/shared/contracts';
import { TransactionModule } from '../lib/transaction.module';
import { transactionMigrations } from '../lib/migrations';

type Headers = { Authorization: string } | { 'X-API-Key': string };

/** Customers + credit + documents on the core, on a fresh database, with helpers that speak HTTP only. */
export interface SalesTestApp extends TestApp {
  admin: Headers;
  as(role: 'finance' | 'supervisor' | 'sales' | 'viewer'): Promise<Headers>;
  apiKey(permissions: string[]): Promise<Headers>;
  settings(patch: Record<string, unknown>): Promise<void>;
  customer(code: string, limit?: object, extra?: object): Promise<string>;
  product(code: string, unitPrice: string): Promise<string>;
  order(customerId: string, lines: [string, string][], extra?: object, headers?: Headers): ReturnType<TestApp['http']>;
  credit(customerId: string): Promise<CustomerCredit>;
  /** The maintained ledger row (what the rebuild must reproduce). */
  exposure(customerId: string): Promise<{ open_documents: number; outstanding_amount: string } | undefined>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

const DEFAULT_SETTINGS = {
  defaults: {},
  enforcementMode: 'blocking',
  allowBackofficeBypass: false,
  warningThresholdPercent: 80,
  overdueGraceDays: 0,
  recapTime: '07:00',
  timeZone: 'Asia/Jakarta',
};

export async function salesTestApp(): Promise<SalesTestApp> {
  const t = await createTestApp({
    imports: [CustomerModule, CreditLimitModule, TransactionModule],
    migrations: [...customerMigrations, ...creditLimitMigrations, ...transactionMigrations],
  });
  const admin = { Authorization: `Bearer ${await t.login()}` };
  const tokens = new Map<string, Headers>();
  let settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const app: SalesTestApp = {
    ...t,
    admin,
    async as(role) {
      const known = tokens.get(role);
      if (known) return known;
      const email = `${role}@niaga.test`;
      await t.http().post('/api/v1/users').set(admin).send({ email, name: `${role} user`, password: 'role-password-1', roles: [role] }).expect(201);
      const headers = { Authorization: `Bearer ${await t.login(email, 'role-password-1')}` };
      tokens.set(role, headers);
      return headers;
    },
    async apiKey(permissions) {
      const res = await t.http().post('/api/v1/api-keys').set(admin).send({ name: `key ${permissions.join(' ')}`, permissions }).expect(201);
      return { 'X-API-Key': res.body.key as string };
    },
    async settings(patch) {
      settings = { ...settings, ...patch };
      await t.http().put('/api/v1/settings/credit').set(admin).send(settings).expect(200);
    },
    async customer(code, limit, extra = {}) {
      const res = await t.http().post('/api/v1/customers').set(admin).send({ code, name: `Customer ${code}`, ...extra }).expect(201);
      if (limit) await t.http().put(`/api/v1/customers/${res.body.id}/credit-limit`).set(admin).send(limit).expect(200);
      return res.body.id as string;
    },
    async product(code, unitPrice) {
      const res = await t.http().post('/api/v1/products').set(admin).send({ code, name: `Product ${code}`, unitPrice }).expect(201);
      return res.body.id as string;
    },
    order(customerId, lines, extra = {}, headers = admin) {
      return t
        .http()
        .post('/api/v1/sales-orders')
        .set(headers)
        .send({ customerId, lines: lines.map(([productId, quantity]) => ({ productId, quantity })), ...extra });
    },
    async credit(customerId) {
      return (await t.http().get(`/api/v1/customers/${customerId}/credit`).set(admin).expect(200)).body as CustomerCredit;
    },
    async exposure(customerId) {
      const [row] = await app.sql<{ open_documents: number; outstanding_amount: string }>(
        'SELECT open_documents, outstanding_amount FROM customer_exposure WHERE customer_id = $1',
        [customerId],
      );
      return row;
    },
    sql(text, params = []) {
      return t.app.get(TransactionService).manager.query(text, params);
    },
  };
  await app.settings({});
  return app;
}
