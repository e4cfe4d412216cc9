import * as z from 'zod/mini';
import { type CreditDefaults, creditDefaultsSchema } from './credit-limit-settings';
import { pageQuerySchema } from './pagination';

export const CODE_PATTERN = /^[A-Za-z0-9\-_.]+$/;
export const GROUP_CODE_MAX = 20;
export const GROUP_NAME_MAX = 100;

export const groupCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Group Code is required.'),
    z.maxLength(GROUP_CODE_MAX, `Group Code has at most ${GROUP_CODE_MAX} characters.`),
    z.regex(CODE_PATTERN, 'Use only letters, digits, "-", "_" and ".".'),
  );
export const groupNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Group Name is required.'), z.maxLength(GROUP_NAME_MAX, `Group Name has at most ${GROUP_NAME_MAX} characters.`));

export const createCustomerGroupSchema = z.strictObject({
  code: groupCodeSchema,
  name: groupNameSchema,
  creditDefaults: z.optional(creditDefaultsSchema),
});
export type CreateCustomerGroupRequest = z.infer<typeof createCustomerGroupSchema>;

export const updateCustomerGroupSchema = z.strictObject({
  code: z.optional(groupCodeSchema),
  name: z.optional(groupNameSchema),
  creditDefaults: z.optional(creditDefaultsSchema),
});
export type UpdateCustomerGroupRequest = z.infer<typeof updateCustomerGroupSchema>;

export const SEARCH_FIELDS = ['code', 'name'] as const;
export const SEARCH_MATCHES = ['contains', 'startsWith', 'exact'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export const customerGroupQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  field: z._default(z.enum(SEARCH_FIELDS), 'code'),
  match: z._default(z.enum(SEARCH_MATCHES), 'contains'),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});
export type CustomerGroupQuery = z.infer<typeof customerGroupQuerySchema>;

export interface CustomerGroupView {
  id: string;
  code: string;
  name: string;
  customerCount: number;
  creditDefaults: CreditDefaults;
  createdAt: string;
  updatedAt: string;
}
