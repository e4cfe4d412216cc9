import * as z from 'zod/mini';

/** Money on the wire: a decimal string with up to two decimals, e.g. "1500000.00" (never a JS number). */
export const MONEY_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;
export const moneySchema = z.string().check(z.regex(MONEY_PATTERN, 'Must be an amount like "1500000.00" (at most 2 decimals).'));
export const nonNegativeMoneySchema = z
  .string()
  .check(z.regex(/^\d{1,16}(\.\d{1,2})?$/, 'Must be a non-negative amount like "1500000.00" (at most 2 decimals).'));
