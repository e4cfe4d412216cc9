import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  JWT_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, { message: 'must be at least 32 characters' }),
  JWT_EXPIRES_IN: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(8 * 3600),
  ADMIN_EMAIL: z.string().trim().toLowerCase().email().default('admin@niaga.local'),
  ADMIN_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 10, { message: 'must be at least 10 characters' }),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  STATIC_DIR: optionalText,
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set → that PostgreSQL server; unset → the embedded database under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize: number;
  jwtSecret: string;
  jwtExpiresIn: number;
  adminEmail: string;
  adminPassword: string | undefined;
  /** How long an Idempotency-Key and its answer are kept (at least; purged hourly after that). */
  idempotencyTtlHours: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  logFormat: 'json' | 'pretty';
  /** Where the built console is; unset → next to the API bundle. */
  staticDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; a wrong value throws a ConfigError naming every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    dbPoolSize: e.DB_POOL_SIZE,
    idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    jwtSecret: e.JWT_SECRET ?? persistedSecret(dataDir),
    jwtExpiresIn: e.JWT_EXPIRES_IN,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    staticDir: e.STATIC_DIR ? resolve(e.STATIC_DIR) : undefined,
  };
}

/** Without JWT_SECRET a random one is made once and kept in DATA_DIR, so log-ins survive a restart. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, '.jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
