import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { postgresOptions, type MigrationList } from './database.options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { runMigrationsLocked } from './migrate';
import { TransactionService } from './transaction.service';

export const DATABASE_URL = Symbol('DATABASE_URL');
const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

/** Resolves where the database is: DATABASE_URL, or an embedded PostgreSQL under DATA_DIR. */
@Module({
  providers: [
    {
      provide: EMBEDDED,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<EmbeddedPostgres | null> => {
        if (config.databaseUrl) return null;
        const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: config.dbPoolSize + 2 });
        new Logger('Database').log(`embedded PostgreSQL (PGlite) in ${config.dataDir}`);
        return embedded;
      },
    },
    {
      provide: DATABASE_URL,
      inject: [APP_CONFIG, EMBEDDED],
      useFactory: (config: AppConfig, embedded: EmbeddedPostgres | null) => config.databaseUrl ?? embedded?.url,
    },
  ],
  exports: [DATABASE_URL, EMBEDDED],
})
class DatabaseLocationModule implements OnApplicationShutdown {
  constructor(@Inject(EMBEDDED) private readonly embedded: EmbeddedPostgres | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** `migrations`: every domain's migration classes, composed by the app. They run at start-up. */
  static forRoot(migrations: MigrationList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseLocationModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseLocationModule],
          inject: [DATABASE_URL, APP_CONFIG],
          useFactory: (url: string, config: AppConfig) => ({
            ...postgresOptions(url, migrations, config.dbPoolSize),
            autoLoadEntities: true,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options are missing');
            const dataSource = await new DataSource(options).initialize();
            const applied = await runMigrationsLocked(dataSource);
            if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
            return dataSource;
          },
        }),
      ],
      providers: [TransactionService],
      exports: [TransactionService, DatabaseLocationModule],
    };
  }
}
