import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Clock } from '../lib/clock';
import { type AppConfig, loadConfig } from '../lib/config/app-config';
import { CoreModule } from '../lib/core.module';
import type { MigrationList } from '../lib/database/database.options';
import { createHttpApp } from '../lib/http/http-app';
import { coreMigrations } from '../lib/migrations';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_ADMIN = { email: 'admin@niaga.test', password: 'Rahasia-Admin-123' } as const;

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  config: AppConfig;
  /** supertest against the running app. */
  http(): ReturnType<typeof request>;
  /** Logs in and answers the access token. */
  login(email?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The root module under test, given the config: e.g. the whole AppModule. */
  root?: (config: AppConfig) => DynamicModule;
  /** Or: domain modules on the core, with their migrations. */
  imports?: DynamicModule['imports'];
  migrations?: MigrationList;
  env?: Record<string, string>;
  /** Use this database instead of a fresh one (e.g. a second instance on the same database). */
  database?: TestDatabase;
  /** A clock the test controls (for modules on the core; with `root`, provide it in the root module). */
  clock?: Clock;
}

/** The real application on a fresh database, over HTTP. Call `close()` in afterAll. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'niaga-test-data-')),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    DB_POOL_SIZE: db.embedded ? '5' : '10',
    ...options.env,
  });
  const root: DynamicModule = options.root
    ? options.root(config)
    : {
        module: class TestRootModule {},
        imports: [
          CoreModule.forRoot({
            config,
            migrations: [...coreMigrations, ...((options.migrations as unknown[]) ?? [])] as MigrationList,
            clock: options.clock,
          }),
          ...(options.imports ?? []),
        ],
      };
  let app: NestFastifyApplication;
  try {
    app = await createHttpApp(root);
  } catch (error) {
    if (!options.database) await db.drop();
    throw error;
  }
  const http = () => request(app.getHttpServer());
  return {
    app,
    db,
    config,
    http,
    async login(email = TEST_ADMIN.email, password = TEST_ADMIN.password) {
      const res = await http().post('/api/v1/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`log-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
