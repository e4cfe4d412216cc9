import type { TransactionService } from '@niaga/api/core';
import { DocumentNumberService } from './document-number.service';

describe('DocumentNumberService.inTurn (per-series gate in this process)', () => {
  const numbers = () => new DocumentNumberService({} as TransactionService);
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('lets two works of a series run at once, the rest in arrival order, other series independently', async () => {
    const service = numbers();
    const running = new Set<number>();
    let peak = 0;
    const started: number[] = [];
    const release = new Map<number, () => void>();
    const work = (series: string, n: number) =>
      service.inTurn(series, async () => {
        started.push(n);
        running.add(n);
        peak = Math.max(peak, [...running].filter((r) => r < 100).length);
        await new Promise<void>((resolve) => release.set(n, resolve));
        running.delete(n);
        return n;
      });
    const all = [1, 2, 3, 4, 5].map((n) => work('SO-2026', n));
    const other = work('INV-2026', 101);
    await tick();
    expect(started).toEqual([1, 2, 101]);
    release.get(2)?.();
    await tick();
    expect(started).toEqual([1, 2, 101, 3]);
    for (const n of [1, 3, 4, 5, 101]) {
      release.get(n)?.();
      await tick();
    }
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5]);
    expect(await other).toBe(101);
    expect(started).toEqual([1, 2, 101, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('passes the slot on when a work fails, and answers the failure', async () => {
    const service = numbers();
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((n) =>
        service.inTurn('PAY-2026', async () => {
          await Promise.resolve();
          if (n % 2) throw new Error(`refused ${n}`);
          return n;
        }),
      ),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['refused 1', 2, 'refused 3', 4]);
    expect(await service.inTurn('PAY-2026', async () => 'free again')).toBe('free again');
  });
});
