import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// TypeORM's own types name these as `Function`; this is what migration classes are.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = MixedList<Function | string>;

/** The one place TypeORM options are made: the app, the CLI data source and the tests all use it. */
export function postgresOptions(url: string, migrations: MigrationList, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize,
    extra: { max: poolSize, connectionTimeoutMillis: 30_000 },
    // Failed queries surface as errors the filter maps (or logs when unexpected); not logged twice here.
    logging: ['warn', 'migration'],
  };
}
