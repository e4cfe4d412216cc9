import { StreamableFile } from '@nestjs/common';
import type { TransactionService } from '@niaga/api/core';
import { csvLine } from '@niaga/shared/util';
import { Readable } from 'node:stream';

/**
 * A report as one SQL statement over rows with a `sort_key` and `customer_id` column. The runner pages it
 * for the screen and streams it as CSV in keyset batches (constant memory at any size).
 * `sql` must select from a source whose rows can be filtered by `after` (a SQL condition on sort_key and
 * customer_id, using the two parameters after `params`).
 */
export interface ReportDefinition<Raw, Row> {
  sql(after: string): string;
  params: unknown[];
  map(raw: Raw): Row;
  csvHeader: string[];
  csvRow(row: Row): (string | number | null)[];
  fileName: string;
}

const BATCH = 2000;

export async function reportPage<Raw, Row>(
  tx: TransactionService,
  report: ReportDefinition<Raw, Row>,
  page: number,
  pageSize: number,
): Promise<{ items: Row[]; total: number }> {
  const n = report.params.length;
  const base = report.sql('true');
  const [{ total }] = await tx.manager.query(`SELECT count(*)::int AS total FROM (${base}) r`, report.params);
  const rows: Raw[] = await tx.manager.query(
    `SELECT * FROM (${base}) r ORDER BY r.sort_key, r.customer_id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...report.params, pageSize, (page - 1) * pageSize],
  );
  return { items: rows.map((r) => report.map(r)), total };
}

export function reportCsv<Raw extends { sort_key: string; customer_id: string }, Row>(
  tx: TransactionService,
  report: ReportDefinition<Raw, Row>,
): StreamableFile {
  const n = report.params.length;
  async function* lines(): AsyncGenerator<string> {
    yield '\ufeff' + csvLine(report.csvHeader);
    let after: [string, string] | null = null;
    for (;;) {
      const condition = after ? `(sort_key, customer_id) > ($${n + 1}, $${n + 2}::uuid)` : 'true';
      const rows: Raw[] = await tx.manager.query(
        `SELECT * FROM (${report.sql('true')}) r WHERE ${condition} ORDER BY r.sort_key, r.customer_id LIMIT ${BATCH}`,
        after ? [...report.params, ...after] : report.params,
      );
      for (const raw of rows) yield csvLine(report.csvRow(report.map(raw)));
      if (rows.length < BATCH) return;
      const last = rows[rows.length - 1];
      after = [last.sort_key, last.customer_id];
    }
  }
  return new StreamableFile(Readable.from(lines()), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${report.fileName}.csv"`,
  });
}
