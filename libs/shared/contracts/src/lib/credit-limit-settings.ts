import * as z from 'zod/mini';
import { nonNegativeMoneySchema } from './money';

/**
 * A limit of one kind, as set on a customer: inherit (group → default), unlimited (no limit of this kind
 * for this customer even if a default exists) or a value (0 = zero credit).
 */
export const LIMIT_MODES = ['inherit', 'unlimited', 'value'] as const;
export type LimitMode = (typeof LIMIT_MODES)[number];

const countLimit = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const openDocumentsLimitSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('inherit') }),
  z.strictObject({ mode: z.literal('unlimited') }),
  z.strictObject({ mode: z.literal('value'), value: countLimit }),
]);
export const outstandingAmountLimitSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('inherit') }),
  z.strictObject({ mode: z.literal('unlimited') }),
  z.strictObject({ mode: z.literal('value'), value: nonNegativeMoneySchema }),
]);
export const overdueLimitSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('inherit') }),
  z.strictObject({ mode: z.literal('value'), value: z.boolean() }),
]);

/** `PUT /customers/:id/credit-limit`: each key optional, absent = inherit. */
export const customerCreditLimitSchema = z.strictObject({
  openDocuments: z.optional(openDocumentsLimitSchema),
  outstandingAmount: z.optional(outstandingAmountLimitSchema),
  overdue: z.optional(overdueLimitSchema),
});
export type CustomerCreditLimitInput = z.infer<typeof customerCreditLimitSchema>;

/** The stored customer limit, every kind present. */
export interface CustomerCreditLimit {
  openDocuments: { mode: 'inherit' } | { mode: 'unlimited' } | { mode: 'value'; value: number };
  outstandingAmount: { mode: 'inherit' } | { mode: 'unlimited' } | { mode: 'value'; value: string };
  overdue: { mode: 'inherit' } | { mode: 'value'; value: boolean };
}

/** Group defaults and global defaults: inherit (none at this level) or a value. */
export const creditDefaultsSchema = z.strictObject({
  openDocuments: z.optional(
    z.discriminatedUnion('mode', [z.strictObject({ mode: z.literal('inherit') }), z.strictObject({ mode: z.literal('value'), value: countLimit })]),
  ),
  outstandingAmount: z.optional(
    z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('inherit') }),
      z.strictObject({ mode: z.literal('value'), value: nonNegativeMoneySchema }),
    ]),
  ),
  overdue: z.optional(overdueLimitSchema),
});
export type CreditDefaultsInput = z.infer<typeof creditDefaultsSchema>;

export interface CreditDefaults {
  openDocuments: { mode: 'inherit' } | { mode: 'value'; value: number };
  outstandingAmount: { mode: 'inherit' } | { mode: 'value'; value: string };
  overdue: { mode: 'inherit' } | { mode: 'value'; value: boolean };
}

export const MAX_BULK_CUSTOMERS = 1000;

export const bulkCustomerCreditLimitSchema = z.strictObject({
  customerIds: z.array(z.uuid()).check(z.minLength(1), z.maxLength(MAX_BULK_CUSTOMERS)),
  limit: customerCreditLimitSchema,
});
export type BulkCustomerCreditLimitRequest = z.infer<typeof bulkCustomerCreditLimitSchema>;
