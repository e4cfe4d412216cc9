// Jest global set-up for the API projects. With TEST_DATABASE_URL or DATABASE_URL set, every suite makes
// its own fresh database on that server (see test-database.ts). Without, one embedded PostgreSQL (PGlite)
// is started here, outside the test sandbox, and suites run one after another, each on a fresh schema.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  if (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) return;
  const { PGlite } = require('@electric-sql/pglite');
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
  const dataDir = mkdtempSync(join(tmpdir(), 'niaga-test-pglite-'));
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 40 });
  await server.start();
  process.env.NIAGA_EMBEDDED_TEST_URL = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  globalThis.__NIAGA_PGLITE__ = { db, server };
};
