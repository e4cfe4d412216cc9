import * as z from 'zod/mini';
import type { CustomerCreditLimit } from './credit-limit-settings';
import { CODE_PATTERN } from './customer-group';
import { pageQuerySchema } from './pagination';

export const CUSTOMER_CODE_MAX = 30;

export const customerCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Code is required.'),
    z.maxLength(CUSTOMER_CODE_MAX, `Code has at most ${CUSTOMER_CODE_MAX} characters.`),
    z.regex(CODE_PATTERN, 'Use only letters, digits, "-", "_" and ".".'),
  );
const customerNameSchema = z.string().check(z.trim(), z.minLength(1, 'Name is required.'), z.maxLength(150));
const optionalText = (max: number) => z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(max))));
const paymentTermDaysSchema = z.int().check(z.minimum(0), z.maximum(365));

export const createCustomerSchema = z.strictObject({
  code: customerCodeSchema,
  name: customerNameSchema,
  groupId: z.optional(z.nullable(z.uuid())),
  paymentTermDays: z.optional(paymentTermDaysSchema),
  phone: optionalText(40),
  email: z.optional(z.nullable(z.union([z.literal(''), z.email().check(z.maxLength(254))]))),
  address: optionalText(500),
});
export type CreateCustomerRequest = z.infer<typeof createCustomerSchema>;

export const updateCustomerSchema = z.strictObject({
  code: z.optional(customerCodeSchema),
  name: z.optional(customerNameSchema),
  groupId: z.optional(z.nullable(z.uuid())),
  paymentTermDays: z.optional(paymentTermDaysSchema),
  phone: optionalText(40),
  email: z.optional(z.nullable(z.union([z.literal(''), z.email().check(z.maxLength(254))]))),
  address: optionalText(500),
});
export type UpdateCustomerRequest = z.infer<typeof updateCustomerSchema>;

export const customerQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  groupId: z.optional(z.uuid()),
  creditStatus: z.optional(z.enum(['safe', 'warning', 'overlimit', 'no_limit'])),
});
export type CustomerQuery = z.infer<typeof customerQuerySchema>;

export const DEFAULT_PAYMENT_TERM_DAYS = 30;

export interface CustomerView {
  id: string;
  code: string;
  name: string;
  groupId: string | null;
  group: { id: string; code: string; name: string } | null;
  paymentTermDays: number;
  phone: string | null;
  email: string | null;
  address: string | null;
  creditLimit: CustomerCreditLimit;
  /** The latest visit; a back-dated visit never moves it backwards. */
  lastVisitAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** CSV import: the columns, in this order in the export and accepted in any order (by header) on import. */
export const CUSTOMER_CSV_COLUMNS = [
  'code',
  'name',
  'groupCode',
  'paymentTermDays',
  'phone',
  'email',
  'address',
] as const;

export interface CustomerImportRowError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  code: string | null;
  field: string;
  message: string;
}

export interface CustomerImportResult {
  dryRun: boolean;
  rows: number;
  imported: number;
  skipped: number;
  errors: CustomerImportRowError[];
}

export const customerImportQuerySchema = z.strictObject({
  /** Validate only; nothing is written. */
  dryRun: z._default(z.stringbool(), false),
  /** Import the good rows even when some rows are bad (default: a file with errors imports nothing). */
  skipInvalid: z._default(z.stringbool(), false),
});
export type CustomerImportQuery = z.infer<typeof customerImportQuerySchema>;
