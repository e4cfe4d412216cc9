import * as z from 'zod/mini';
import { creditDefaultsSchema } from './credit-limit-settings';
import { nonNegativeMoneySchema } from './money';

export const CREDIT_STATUSES = ['safe', 'warning', 'overlimit', 'no_limit'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];
export const ENFORCEMENT_MODES = ['warning', 'blocking'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];
export type LimitSource = 'customer' | 'group' | 'default' | null;
export type CreditReasonCode = 'OPEN_DOCUMENTS_EXCEEDED' | 'OUTSTANDING_AMOUNT_EXCEEDED' | 'OVERDUE_INVOICES';

export interface CreditReason {
  code: CreditReasonCode;
  message: string;
}

/** `GET /customers/:id/credit` — the one shape the panel, the check, the recap and the reports share. */
export interface CustomerCredit {
  customerId: string;
  status: CreditStatus;
  /** True when the status is overlimit and the enforcement mode is blocking. */
  blocked: boolean;
  enforcementMode: EnforcementMode;
  warningThresholdPercent: number;
  openDocuments: { limit: number | null; source: LimitSource; used: number; remaining: number | null; utilization: number | null };
  outstandingAmount: { limit: string | null; source: LimitSource; used: string; remaining: string | null; utilization: number | null };
  overdue: { enabled: boolean; source: LimitSource; graceDays: number; overdueInvoices: number; oldestDueDate: string | null };
  reasons: CreditReason[];
  calculatedAt: string;
}

export const DOCUMENT_TYPES = ['sales_order', 'sales_invoice'] as const;
export type CreditDocumentType = (typeof DOCUMENT_TYPES)[number];

/** `POST /credit/check` — what-if for a new document; changes nothing. */
export const creditCheckSchema = z.strictObject({
  customerId: z.uuid(),
  documentType: z.enum(DOCUMENT_TYPES),
  amount: nonNegativeMoneySchema,
});
export type CreditCheckRequest = z.infer<typeof creditCheckSchema>;

export type CreditOutcome = 'pass' | 'warn' | 'block';
export interface CreditCheckResponse {
  outcome: CreditOutcome;
  reasons: CreditReason[];
  /** The customer's credit as if the document existed. */
  projected: CustomerCredit;
  /** True when the caller could create it anyway by giving a reason (back-office bypass). */
  overridable: boolean;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `GET/PUT /settings/credit` (settings:manage). */
export const creditSettingsSchema = z.strictObject({
  defaults: creditDefaultsSchema,
  enforcementMode: z.enum(ENFORCEMENT_MODES),
  allowBackofficeBypass: z.boolean(),
  warningThresholdPercent: z.int().check(z.minimum(1), z.maximum(100)),
  overdueGraceDays: z.int().check(z.minimum(0), z.maximum(365)),
  recapTime: z.string().check(z.regex(TIME_PATTERN, 'Use HH:mm, e.g. 07:00.')),
  timeZone: z.string().check(
    z.refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'Unknown time zone; use an IANA name such as Asia/Jakarta.'),
  ),
});
export type CreditSettingsInput = z.infer<typeof creditSettingsSchema>;

export interface CreditSettings {
  defaults: {
    openDocuments: { mode: 'inherit' } | { mode: 'value'; value: number };
    outstandingAmount: { mode: 'inherit' } | { mode: 'value'; value: string };
    overdue: { mode: 'inherit' } | { mode: 'value'; value: boolean };
  };
  enforcementMode: EnforcementMode;
  allowBackofficeBypass: boolean;
  warningThresholdPercent: number;
  overdueGraceDays: number;
  recapTime: string;
  timeZone: string;
  updatedAt: string;
}

/** `creditOverride` on a create request: the reason is required and kept with the figures. */
export const creditOverrideSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(3, 'Give a reason (at least 3 characters).'), z.maxLength(500)),
});
export type CreditOverride = z.infer<typeof creditOverrideSchema>;

/** What a created document says about its credit check. */
export interface DocumentCreditResult {
  outcome: 'pass' | 'warn' | 'override' | 'not_checked';
  reasons: CreditReason[];
}
