import { Injectable } from '@nestjs/common';
import { type PreparedStatement, TransactionService } from '@niaga/api/core';

export type DocumentSeries = 'SO' | 'INV' | 'PAY';

/**
 * A CTE named `next_number` taking the next number of the series `$1` (prefix) for the year `$2`, as
 * `value` (SO-2026-000042; more than six digits once past 999,999). Use it as the first CTE of a document's
 * INSERT statement: the series row is then locked only for that statement and the commit.
 */
export const NEXT_NUMBER_CTE = `next_number AS (
  INSERT INTO document_sequence (prefix, year, last_value) VALUES ($1, $2, 1)
  ON CONFLICT (prefix, year) DO UPDATE SET last_value = document_sequence.last_value + 1
  RETURNING prefix || '-' || year::text || '-' || lpad(last_value::text, greatest(6, length(last_value::text)), '0') AS value
)`;

const NEXT: PreparedStatement = {
  key: 'document_number',
  text: `WITH ${NEXT_NUMBER_CTE} SELECT value FROM next_number`,
};

/** The year of a document date (YYYY-MM-DD): the series restarts every year. */
export const seriesYear = (date: string) => Number(date.slice(0, 4));

/**
 * Document numbers without gaps or duplicates: the series row is incremented inside the document's
 * transaction, so a rolled-back document gives its number back. Take the number as the last step before
 * the writes, so the series row is held only for the end of the transaction.
 */
@Injectable()
export class DocumentNumberService {
  constructor(private readonly tx: TransactionService) {}

  private readonly gates = new Map<string, SeriesGate>();

  /**
   * Runs the statement that takes a number of `series` (e.g. SO-2026) with at most two such statements of this
   * process in flight; the rest wait here, in memory. Correctness does not depend on it — the series row lock
   * does that, across processes too. It is there because every commit wakes every transaction queued on the
   * row lock to queue again: with twenty waiters PostgreSQL spent its time re-queuing (measured: order creation
   * 670–730/s ungated, 760–800/s gated, p99 170 → 100 ms). Two, not one: the next one already waits on the
   * row, so the hand-over stays inside PostgreSQL.
   */
  async inTurn<T>(series: string, work: () => Promise<T>): Promise<T> {
    let gate = this.gates.get(series);
    if (!gate) this.gates.set(series, (gate = new SeriesGate(2)));
    return gate.run(work);
  }

  async next(prefix: DocumentSeries, date: string): Promise<string> {
    const [row] = await this.tx.prepared<{ value: string }>(NEXT, [prefix, seriesYear(date)]);
    return row.value;
  }
}

/** A counting semaphore: at most `width` works at a time, the others in arrival order. */
class SeriesGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly width: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.width) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
