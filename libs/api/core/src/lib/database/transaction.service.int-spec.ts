import { createTestApp, type TestApp } from '../../testing';
import { TransactionService } from './transaction.service';

describe('TransactionService (real database)', () => {
  let t: TestApp;
  let tx: TransactionService;

  beforeAll(async () => {
    t = await createTestApp();
    tx = t.app.get(TransactionService);
    await tx.manager.query(`CREATE TABLE tx_probe (id int PRIMARY KEY)`);
  });
  afterAll(() => t.close());

  const rows = async () => (await tx.manager.query(`SELECT id FROM tx_probe ORDER BY id`)).map((r: { id: number }) => r.id);

  it('commits the unit of work, read committed unless asked otherwise', async () => {
    const level = await tx.run(async (m) => {
      await m.query(`INSERT INTO tx_probe VALUES (1)`);
      return (await m.query(`SHOW transaction_isolation`))[0].transaction_isolation;
    });
    expect(level).toBe('read committed');
    const serializable = await tx.run(async (m) => (await m.query(`SHOW transaction_isolation`))[0].transaction_isolation, 'SERIALIZABLE');
    expect(serializable).toBe('serializable');
    expect(await rows()).toEqual([1]);
  });

  it('rolls everything back when the work throws, nested runs included, and frees the connection', async () => {
    await expect(
      tx.run(async () => {
        await tx.manager.query(`INSERT INTO tx_probe VALUES (2)`);
        await tx.run(async (inner) => inner.query(`INSERT INTO tx_probe VALUES (3)`));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rows()).toEqual([1]);
    // A failed statement also rolls back, and the pool stays usable (more runs than connections).
    for (let i = 0; i < 12; i++) await expect(tx.run((m) => m.query(`INSERT INTO tx_probe VALUES (1)`))).rejects.toThrow();
    await tx.run((m) => m.query(`INSERT INTO tx_probe VALUES (4)`));
    expect(await rows()).toEqual([1, 4]);
  });

  it('keeps every query of a unit of work on its one connection', async () => {
    const pids = await tx.run(async () => {
      const a = await tx.manager.query(`SELECT pg_backend_pid() AS pid`);
      const b = await tx.run((inner) => inner.query(`SELECT pg_backend_pid() AS pid`));
      return [a[0].pid, b[0].pid];
    });
    expect(pids[0]).toBe(pids[1]);
  });
});
