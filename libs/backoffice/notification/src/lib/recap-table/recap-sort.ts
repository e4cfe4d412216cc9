import type { CreditRecapRow } from '@niaga/shared/contracts';

export const RECAP_COLUMNS = ['code', 'name', 'group', 'limit', 'used', 'openDocuments', 'overdue', 'utilization'] as const;
export type RecapColumn = (typeof RECAP_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc' | '';

export interface RecapSort {
  column: RecapColumn;
  direction: SortDirection;
}

/** Highest utilisation first: the customers to call first. */
export const DEFAULT_RECAP_SORT: RecapSort = { column: 'utilization', direction: 'desc' };

type SortValue = string | number | null;

const VALUE: Readonly<Record<RecapColumn, (row: CreditRecapRow) => SortValue>> = {
  code: (row) => row.code,
  name: (row) => row.name,
  group: (row) => row.groupCode,
  limit: (row) => row.outstandingAmount.limit,
  used: (row) => row.outstandingAmount.used,
  openDocuments: (row) => row.openDocuments.used,
  overdue: (row) => row.overdueInvoices,
  utilization: (row) => row.maxUtilization,
};

const MONEY_COLUMNS: ReadonlySet<RecapColumn> = new Set(['limit', 'used']);
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * The rows in the given order (a new array). Texts compare case-insensitively with numbers in
 * natural order, money exactly on its digits; "no value" (no limit, no group) is always last.
 * Ties keep the code order so the result is stable.
 */
export function sortRecapRows(rows: readonly CreditRecapRow[], sort: RecapSort): CreditRecapRow[] {
  const copy = [...rows];
  if (!sort.direction) return copy;
  const value = VALUE[sort.column];
  const factor = sort.direction === 'asc' ? 1 : -1;
  const money = MONEY_COLUMNS.has(sort.column);
  return copy.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va === vb) return collator.compare(a.code, b.code);
      return va === null ? 1 : -1;
    }
    const order = money
      ? compareDecimals(String(va), String(vb))
      : typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return order !== 0 ? order * factor : collator.compare(a.code, b.code);
  });
}

/** Compares two decimal strings ("1500000.00", "-2.5") exactly, without going through floats. */
export function compareDecimals(a: string, b: string): number {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const magnitude = compareMagnitude(pa, pb);
  return pa.negative ? -magnitude : magnitude;
}

interface ParsedDecimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

function parseDecimal(text: string): ParsedDecimal {
  const match = /^\s*([+-])?(\d*)(?:\.(\d*))?\s*$/.exec(text);
  const integer = (match?.[2] ?? '0').replace(/^0+/, '');
  const fraction = (match?.[3] ?? '').replace(/0+$/, '');
  const zero = integer === '' && fraction === '';
  return { negative: match?.[1] === '-' && !zero, integer, fraction };
}

function compareMagnitude(a: ParsedDecimal, b: ParsedDecimal): number {
  if (a.integer.length !== b.integer.length) return a.integer.length < b.integer.length ? -1 : 1;
  if (a.integer !== b.integer) return a.integer < b.integer ? -1 : 1;
  const length = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(length, '0');
  const fb = b.fraction.padEnd(length, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
