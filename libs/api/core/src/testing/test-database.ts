import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  /** True on the embedded database (PGlite): one transaction at a time, so no real concurrency. */
  embedded: boolean;
  drop(): Promise<void>;
}

/** The PostgreSQL server tests may use: TEST_DATABASE_URL, else DATABASE_URL; undefined → embedded. */
export function testServerUrl(): string | undefined {
  return process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'] || undefined;
}

/**
 * A fresh, empty database for one suite. On a real server: a new database, dropped afterwards (never the
 * server's own databases). On the embedded one: its single database with the schema wiped.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    const url = process.env['NIAGA_EMBEDDED_TEST_URL'];
    if (!url) throw new Error('No test database: set TEST_DATABASE_URL or run through Jest (global set-up starts PGlite).');
    await withClient(url, (c) => c.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'));
    return { url, embedded: true, drop: () => Promise.resolve() };
  }
  const name = `niaga_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    drop: () => withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
