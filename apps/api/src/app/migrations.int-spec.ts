import { postgresOptions } from '@niaga/api/core';
import { createTestDatabase, type TestDatabase } from '@niaga/api/core/testing';
import { DataSource } from 'typeorm';
import { allMigrations } from './app.module';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource(postgresOptions(db.url, allMigrations, 2)).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const tables = async () =>
    (
      (await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      )) as { table_name: string }[]
    ).map((r) => r.table_name);

  it('go up on a fresh database, all the way down, and up again', async () => {
    expect(allMigrations.length).toBeGreaterThan(0);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(allMigrations.length);
    const created = await tables();
    expect(created).toEqual(expect.arrayContaining(['app_user', 'api_key', 'audit_entry', 'idempotency_key']));

    for (let i = 0; i < allMigrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await ds.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(created);
  });

  it('leaves no entity out of the migrations (schema matches the entities)', async () => {
    const withEntities = await new DataSource({
      ...postgresOptions(db.url, allMigrations, 2),
      entities: [`${__dirname}/../../../../libs/api/*/src/lib/**/*.entity.ts`],
    }).initialize();
    try {
      const pending = await withEntities.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await withEntities.destroy();
    }
  });
});
