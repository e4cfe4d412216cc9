import { createTestApp, type TestApp } from '../../testing';
import { type PreparedStatement, TransactionService } from './transaction.service';

const INSERT: PreparedStatement = {
  key: 'tx_probe_insert',
  text: 'INSERT INTO tx_probe VALUES ($1) RETURNING id',
};

describe('TransactionService (real database)', () => {
  let t: TestApp;
  let tx: TransactionService;

  beforeAll(async () => {
    t = await createTestApp();
    tx = t.app.get(TransactionService);
    await tx.manager.query(`CREATE TABLE tx_probe (id int PRIMARY KEY)`);
  });
  afterAll(() => t.close());

  const ids = async () => (await tx.manager.query(`SELECT id FROM tx_probe ORDER BY id`)).map((r: { id: number }) => r.id);

  it('commits the unit of work, read committed unless asked otherwise', async () => {
    const level = await tx.run(async (m) => {
      await m.query(`INSERT INTO tx_probe VALUES (1)`);
      return (await m.query(`SHOW transaction_isolation`))[0].transaction_isolation;
    });
    expect(level).toBe('read committed');
    const serializable = await tx.run(async (m) => (await m.query(`SHOW transaction_isolation`))[0].transaction_isolation, 'SERIALIZABLE');
    expect(serializable).toBe('serializable');
    expect(await ids()).toEqual([1]);
  });

  it('rolls everything back when the work throws, nested runs included, and frees the connection', async () => {
    await expect(
      tx.run(async () => {
        await tx.manager.query(`INSERT INTO tx_probe VALUES (2)`);
        await tx.run(async (inner) => inner.query(`INSERT INTO tx_probe VALUES (3)`));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await ids()).toEqual([1]);
    // A failed statement also rolls back, and the pool stays usable (more runs than connections).
    for (let i = 0; i < 12; i++) await expect(tx.run((m) => m.query(`INSERT INTO tx_probe VALUES (1)`))).rejects.toThrow();
    await tx.run((m) => m.query(`INSERT INTO tx_probe VALUES (4)`));
    expect(await ids()).toEqual([1, 4]);
  });

  it('keeps every query of a unit of work on its one connection', async () => {
    const pids = await tx.run(async () => {
      const a = await tx.manager.query(`SELECT pg_backend_pid() AS pid`);
      const b = await tx.run((inner) => inner.query(`SELECT pg_backend_pid() AS pid`));
      return [a[0].pid, b[0].pid];
    });
    expect(pids[0]).toBe(pids[1]);
  });

  describe('preparedCommit: the last statement with its commit queued behind it', () => {
    beforeEach(() => tx.manager.query(`TRUNCATE tx_probe`));

    it('commits the statement and everything before it', async () => {
      const rows = await tx.run(async () => {
        await tx.manager.query(`INSERT INTO tx_probe VALUES (10)`);
        return tx.preparedCommit<{ id: number }>(INSERT, [11]);
      });
      expect(rows).toEqual([{ id: 11 }]);
      expect(await ids()).toEqual([10, 11]);
    });

    it('rolls everything back when the statement fails, and answers its error', async () => {
      await tx.manager.query(`INSERT INTO tx_probe VALUES (20)`);
      await expect(
        tx.run(async () => {
          await tx.manager.query(`INSERT INTO tx_probe VALUES (21)`);
          return tx.preparedCommit(INSERT, [20]);
        }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(await ids()).toEqual([20]);
      await tx.run(async () => tx.preparedCommit(INSERT, [22]));
      expect(await ids()).toEqual([20, 22]);
    });

    it('refuses any query after it in the same unit of work', async () => {
      await expect(
        tx.run(async () => {
          await tx.preparedCommit(INSERT, [30]);
          await tx.manager.query(`INSERT INTO tx_probe VALUES (31)`);
        }),
      ).rejects.toThrow(/already committed/);
      expect(await ids()).toEqual([30]);
    });

    it('inside a joined run it does not commit: the enclosing run still decides', async () => {
      await expect(
        tx.run(async () => {
          await tx.run(async () => tx.preparedCommit(INSERT, [40]));
          await tx.manager.query(`INSERT INTO tx_probe VALUES (41)`);
          throw new Error('the enclosing work fails');
        }),
      ).rejects.toThrow('the enclosing work fails');
      expect(await ids()).toEqual([]);
    });

    it('leaves no connection inside a transaction (more units than pooled connections)', async () => {
      await Promise.all(Array.from({ length: 25 }, (_, i) => tx.run(async () => tx.preparedCommit(INSERT, [100 + i]))));
      expect((await ids()).length).toBe(25);
      const open = await Promise.all(Array.from({ length: 12 }, () => tx.manager.query(`SELECT now() = statement_timestamp() AS outside`)));
      expect(open.every(([r]) => r.outside === true)).toBe(true);
    });
  });
});
