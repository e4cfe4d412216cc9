import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'niaga-cfg-'));

  it('applies the defaults', () => {
    const cfg = loadConfig({ DATA_DIR: dataDir() });
    expect(cfg.port).toBe(3000);
    expect(cfg.databaseUrl).toBeUndefined();
    expect(cfg.adminEmail).toBe('admin@niaga.local');
    expect(cfg.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(cfg.idempotencyTtlHours).toBe(24);
  });

  it('keeps a generated JWT secret across starts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(loadConfig({ DATA_DIR: dir }).jwtSecret);
  });

  it('names every wrong value', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', ADMIN_EMAIL: 'nope', IDEMPOTENCY_TTL_HOURS: '0' });
      fail('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as Error).message;
      expect(text).toContain('PORT');
      expect(text).toContain('DATABASE_URL');
      expect(text).toContain('JWT_SECRET');
      expect(text).toContain('ADMIN_EMAIL');
      expect(text).toContain('IDEMPOTENCY_TTL_HOURS');
    }
  });

  it('treats an empty DATABASE_URL as unset (embedded database)', () => {
    expect(loadConfig({ DATABASE_URL: '', DATA_DIR: dataDir() }).databaseUrl).toBeUndefined();
  });
});
