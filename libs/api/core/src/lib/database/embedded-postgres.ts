import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extension } from '@electric-sql/pglite';

/** An in-process PostgreSQL (PGlite) that the ordinary `pg` driver reaches over a local socket. */
export interface EmbeddedPostgres {
  /** A postgres:// URL for `pg` / TypeORM. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory the data is kept in; undefined → in memory (tests). */
  dataDir?: string;
  /** Connections the socket server accepts; must be ≥ the pool size. */
  maxConnections: number;
}

/**
 * Starts PGlite with the extensions the schema uses and a socket server on a free port of 127.0.0.1.
 * PGlite runs one transaction at a time for the whole database: callers must never query on a second
 * connection from inside a transaction (TransactionService keeps every query of a unit of work on one).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // PGlite ships as ESM and CJS; required lazily so that a server with DATABASE_URL never loads it.
  const { PGlite } = await import('@electric-sql/pglite');
  // The contrib entry point is only reachable through the package's exports map (node16 resolution).
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = join(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: options.maxConnections });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
