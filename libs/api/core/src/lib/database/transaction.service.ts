import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';

type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** A statement run often enough that planning it every time matters: parsed and planned once per connection. */
export interface PreparedStatement {
  /** Readable prefix of the server-side name. */
  readonly key: string;
  readonly text: string;
}

/** Server-side statement names per pooled connection (the pg client object). */
const preparedNames = new WeakMap<object, Map<string, string>>();

/**
 * The unit of work of a request. `run()` opens a transaction (or joins the one already open in this
 * async context), and every repository taken through `manager`/`repo()` inside it uses that transaction's
 * connection. Keeping all queries of a unit of work on one connection is what makes it atomic, and what
 * the embedded database needs (it serialises transactions, so a second connection would wait forever).
 */
@Injectable()
export class TransactionService {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  /** The transaction's manager inside `run()`, else the pool's. */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * Runs a hot statement as a named prepared statement on the unit of work's connection (or a pooled one):
   * the SQL text is sent and planned once per connection, not on every call.
   */
  async prepared<T>(statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    const current = this.current.getStore()?.queryRunner;
    const runner = current ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PgClient;
      let names = preparedNames.get(client);
      if (!names) preparedNames.set(client, (names = new Map()));
      let name = names.get(statement.key);
      if (!name) {
        // Unique per connection: the embedded database multiplexes every connection into one session.
        name = `${statement.key}_${randomUUID().replace(/-/g, '')}`;
        names.set(statement.key, name);
      }
      return (await client.query({ name, text: statement.text, values })).rows as T[];
    } finally {
      if (!current) await runner.release();
    }
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    const runner = this.dataSource.createQueryRunner();
    try {
      // READ COMMITTED is PostgreSQL's own default: saying so again would cost a round trip per transaction.
      await runner.startTransaction(isolation === 'READ COMMITTED' ? undefined : isolation);
      const result = await this.current.run(runner.manager, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
