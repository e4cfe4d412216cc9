import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, type EntityTarget, type ObjectLiteral, type QueryRunner, type Repository } from 'typeorm';

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

/** One open transaction: its connection, how many `run()` calls joined it, whether it has committed. */
interface UnitOfWork {
  runner: QueryRunner;
  joined: number;
  committed: boolean;
}

/**
 * The unit of work of a request. `run()` opens a transaction (or joins the one already open in this
 * async context), and every repository taken through `manager`/`repo()` inside it uses that transaction's
 * connection. Keeping all queries of a unit of work on one connection is what makes it atomic, and what
 * the embedded database needs (it serialises transactions, so a second connection would wait forever).
 */
@Injectable()
export class TransactionService {
  private readonly current = new AsyncLocalStorage<UnitOfWork>();

  constructor(private readonly dataSource: DataSource) {}

  /** The transaction's manager inside `run()`, else the pool's. */
  get manager(): EntityManager {
    const unit = this.current.getStore();
    if (!unit) return this.dataSource.manager;
    if (unit.committed) throw new Error('This unit of work has already committed (after preparedCommit); nothing may follow it.');
    return unit.runner.manager;
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
    const current = this.manager.queryRunner;
    const runner = current ?? this.dataSource.createQueryRunner();
    try {
      return await this.send<T>(await this.client(runner), statement, values);
    } finally {
      if (!current) await runner.release();
    }
  }

  /**
   * The unit of work's last statement, and its commit in the same breath: the COMMIT is queued on the
   * connection behind the statement, so the driver sends it the moment the statement answers, before any
   * other JavaScript runs. For a statement that takes a contended lock (the gapless number of a series),
   * that is the whole time the lock is held: the statement and the commit, nothing of the request between.
   * If the statement fails, PostgreSQL turns the queued COMMIT into a rollback.
   *
   * Only where this `run()` opened the transaction; inside a joined run (e.g. under Idempotency-Key, which
   * still has to store its answer) it is an ordinary statement and the enclosing run commits. After it,
   * the unit of work refuses further queries.
   */
  async preparedCommit<T>(statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    const unit = this.current.getStore();
    if (!unit || unit.joined > 0 || unit.committed) return this.prepared<T>(statement, values);
    const client = await this.client(unit.runner);
    // Both are queued on the client now, in this order: the statement first, then (a few microtasks later,
    // through TypeORM so it knows) the COMMIT.
    const written = this.send<T>(client, statement, values);
    const committed = unit.runner.commitTransaction();
    unit.committed = true;
    const [rows, commit] = await Promise.allSettled([written, committed]);
    if (rows.status === 'rejected') throw rows.reason;
    if (commit.status === 'rejected') throw commit.reason;
    return rows.value;
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    const open = this.current.getStore();
    if (open) {
      open.joined++;
      try {
        return await work(this.manager);
      } finally {
        open.joined--;
      }
    }
    const runner = this.dataSource.createQueryRunner();
    const unit: UnitOfWork = { runner, joined: 0, committed: false };
    try {
      // READ COMMITTED is PostgreSQL's own default: saying so again would cost a round trip per transaction.
      await runner.startTransaction(isolation === 'READ COMMITTED' ? undefined : isolation);
      const result = await this.current.run(unit, () => work(runner.manager));
      if (!unit.committed) await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async client(runner: QueryRunner): Promise<PgClient> {
    return (await runner.connect()) as PgClient;
  }

  /** Queues the statement on the client at once (synchronously); the promise answers its rows. */
  private async send<T>(client: PgClient, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
    let names = preparedNames.get(client);
    if (!names) preparedNames.set(client, (names = new Map()));
    let name = names.get(statement.key);
    if (!name) {
      // Unique per connection: the embedded database multiplexes every connection into one session.
      name = `${statement.key}_${randomUUID().replace(/-/g, '')}`;
      names.set(statement.key, name);
    }
    const result = client.query({ name, text: statement.text, values });
    return (await result).rows as T[];
  }
}
