import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BusinessRuleError,
  fieldErrors,
  isUniqueViolation,
  type Principal,
  TransactionService,
  ValidationFailedError,
} from '@niaga/api/core';
import {
  type CreateCustomerRequest,
  createCustomerSchema,
  CUSTOMER_CSV_COLUMNS,
  type CustomerImportQuery,
  type CustomerImportResult,
  type CustomerImportRowError,
  DEFAULT_PAYMENT_TERM_DAYS,
} from '@niaga/shared/contracts';
import { parseCsv } from '@niaga/shared/util';
import * as z from 'zod/mini';
import { customerCodeTaken } from '../customers/customer.service';

export const MAX_IMPORT_ROWS = 20_000;

interface GoodRow {
  line: number;
  customer: CreateCustomerRequest & { groupId: string | null };
}

/**
 * CSV import of customers with a per-row error report. A file with errors imports nothing unless the caller
 * asks for the good rows (`skipInvalid`); `dryRun` only validates. The good rows go in one transaction.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Principal, csv: unknown, options: CustomerImportQuery): Promise<CustomerImportResult> {
    if (typeof csv !== 'string' || csv.trim() === '') {
      throw new ValidationFailedError([{ field: '(body)', message: 'Send the CSV file as the body with Content-Type text/csv.' }]);
    }
    const [header, ...lines] = parseCsv(csv);
    const columns = this.columns(header);
    if (lines.length > MAX_IMPORT_ROWS) {
      throw new ValidationFailedError([{ field: '(body)', message: `At most ${MAX_IMPORT_ROWS} rows per file.` }]);
    }
    const errors: CustomerImportRowError[] = [];
    const candidates = lines.map((cells, i) => this.parseRow(cells, columns, i + 2, errors));
    const good = await this.checkAgainstDatabase(candidates, errors);
    const result: CustomerImportResult = {
      dryRun: options.dryRun,
      rows: lines.length,
      imported: 0,
      skipped: lines.length - good.length,
      errors: errors.sort((a, b) => a.line - b.line),
    };
    if (errors.length && !options.skipInvalid && !options.dryRun) {
      throw new BusinessRuleError('CUSTOMER_IMPORT_INVALID', `${errors.length} problem(s) in the file; nothing was imported.`, {
        result: { ...result, skipped: lines.length },
      });
    }
    if (options.dryRun || good.length === 0) return result;
    await this.tx.run(async () => {
      try {
        await this.insert(good);
      } catch (error) {
        if (isUniqueViolation(error, 'uq_customer_code')) throw customerCodeTaken('in the file (created meanwhile)');
        throw error;
      }
      await this.audit.record(actor, {
        action: 'customer.import',
        entityType: 'customer_import',
        entityId: new Date().toISOString(),
        details: { rows: lines.length, imported: good.length, skipped: result.skipped },
      });
    });
    return { ...result, imported: good.length };
  }

  private columns(header: string[] | undefined): Map<string, number> {
    const known = new Map(CUSTOMER_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
    const columns = new Map<string, number>();
    const problems: { field: string; message: string }[] = [];
    (header ?? []).forEach((raw, index) => {
      const name = known.get(raw.trim().toLowerCase());
      if (!name) problems.push({ field: `header.${raw}`, message: `Unknown column; expected some of: ${CUSTOMER_CSV_COLUMNS.join(', ')}.` });
      else if (columns.has(name)) problems.push({ field: `header.${raw}`, message: 'Column given twice.' });
      else columns.set(name, index);
    });
    for (const required of ['code', 'name']) {
      if (!columns.has(required)) problems.push({ field: `header.${required}`, message: 'Required column missing.' });
    }
    if (problems.length) throw new ValidationFailedError(problems, 'The CSV header row is not usable.');
    return columns;
  }

  private parseRow(cells: string[], columns: Map<string, number>, line: number, errors: CustomerImportRowError[]) {
    const cell = (name: string) => {
      const index = columns.get(name);
      const value = index === undefined ? undefined : cells[index]?.trim();
      return value === '' ? undefined : value;
    };
    const term = cell('paymentTermDays');
    const input = {
      code: cell('code') ?? '',
      name: cell('name') ?? '',
      paymentTermDays: term === undefined ? undefined : /^\d+$/.test(term) ? Number(term) : term,
      phone: cell('phone'),
      email: cell('email'),
      address: cell('address'),
    };
    const parsed = z.safeParse(createCustomerSchema, input);
    if (!parsed.success) {
      for (const e of fieldErrors(parsed.error)) errors.push({ line, code: input.code || null, field: e.field, message: e.message });
      return null;
    }
    return { line, data: parsed.data, groupCode: cell('groupCode') };
  }

  /** Group codes resolved and duplicate codes found with one query each, not one per row. */
  private async checkAgainstDatabase(
    candidates: ({ line: number; data: CreateCustomerRequest; groupCode: string | undefined } | null)[],
    errors: CustomerImportRowError[],
  ): Promise<GoodRow[]> {
    const rows = candidates.filter((c): c is NonNullable<typeof c> => c !== null);
    const groupCodes = [...new Set(rows.map((r) => r.groupCode?.toLowerCase()).filter((c): c is string => !!c))];
    const groups = new Map<string, string>(
      groupCodes.length
        ? ((await this.tx.manager.query(`SELECT id, lower(code) AS key FROM customer_group WHERE lower(code) = ANY($1)`, [groupCodes])) as {
            id: string;
            key: string;
          }[]).map((g) => [g.key, g.id])
        : [],
    );
    const codes = rows.map((r) => r.data.code.toLowerCase());
    const existing = new Set(
      codes.length
        ? ((await this.tx.manager.query(`SELECT lower(code) AS key FROM customer WHERE lower(code) = ANY($1)`, [codes])) as { key: string }[]).map(
            (r) => r.key,
          )
        : [],
    );
    const seen = new Map<string, number>();
    const good: GoodRow[] = [];
    for (const row of rows) {
      const key = row.data.code.toLowerCase();
      const problem = existing.has(key)
        ? { field: 'code', message: 'A customer with this code already exists.' }
        : seen.has(key)
          ? { field: 'code', message: `Same code as line ${seen.get(key)}.` }
          : row.groupCode && !groups.has(row.groupCode.toLowerCase())
            ? { field: 'groupCode', message: `No customer group with code "${row.groupCode}".` }
            : null;
      if (!seen.has(key)) seen.set(key, row.line);
      if (problem) errors.push({ line: row.line, code: row.data.code, ...problem });
      else good.push({ line: row.line, customer: { ...row.data, groupId: row.groupCode ? (groups.get(row.groupCode.toLowerCase()) ?? null) : null } });
    }
    return good;
  }

  private async insert(rows: GoodRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((r) => r.customer);
      await this.tx.manager.query(
        `INSERT INTO customer (code, name, group_id, payment_term_days, phone, email, address)
         SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::int[], $5::varchar[], $6::varchar[], $7::varchar[])`,
        [
          chunk.map((c) => c.code),
          chunk.map((c) => c.name),
          chunk.map((c) => c.groupId),
          chunk.map((c) => c.paymentTermDays ?? DEFAULT_PAYMENT_TERM_DAYS),
          chunk.map((c) => c.phone || null),
          chunk.map((c) => c.email || null),
          chunk.map((c) => c.address || null),
        ],
      );
    }
  }
}
