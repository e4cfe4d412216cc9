import type { TranslationParams } from '@niaga/backoffice/core';
import { formatIdr } from '@niaga/backoffice/ui';
import type { CreditDefaults, CustomerCreditLimit } from '@niaga/shared/contracts';

export type Translate = (key: string, params?: TranslationParams) => string;

export const LIMIT_KINDS = ['openDocuments', 'outstandingAmount', 'overdue'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

type AnyLimit = CustomerCreditLimit | CreditDefaults;

/** One kind of a limit in words: "Ikuti kelompok/default", "Tanpa batas", "10 dokumen", "Rp 50.000.000". */
export function describeKind(t: Translate, kind: LimitKind, limit: AnyLimit, inheritFrom: 'customer' | 'group' = 'customer'): string {
  const part = limit[kind];
  if (part.mode === 'inherit') return t(inheritFrom === 'customer' ? 'customers.limit.inheritCustomer' : 'customers.limit.inheritGroup');
  if (part.mode === 'unlimited') return t('customers.limit.unlimited');
  const zero = t('customers.limit.zeroSuffix');
  switch (kind) {
    case 'openDocuments': {
      const n = Number(part.value);
      return `${t('customers.limit.documentsCount', { count: n })}${n === 0 ? zero : ''}`;
    }
    case 'outstandingAmount': {
      const amount = String(part.value);
      return `${formatIdr(amount)}${/^0+(\.0+)?$/.test(amount) ? zero : ''}`;
    }
    case 'overdue':
      return t(part.value ? 'customers.limit.overdueOn' : 'customers.limit.overdueOff');
  }
}

export function kindLabel(t: Translate, kind: LimitKind): string {
  return t(`customers.limit.${kind}`);
}

/** A customer limit, one kind per line: "Jumlah piutang: Rp 50.000.000". */
export function describeLimit(t: Translate, limit: AnyLimit, inheritFrom: 'customer' | 'group' = 'customer'): string[] {
  return LIMIT_KINDS.map((kind) => `${kindLabel(t, kind)}: ${describeKind(t, kind, limit, inheritFrom)}`);
}

export interface LimitChange {
  kind: LimitKind;
  label: string;
  before: string;
  after: string;
}

/** What changed between two limits, kind by kind, in words (unchanged kinds are left out). */
export function describeChanges(t: Translate, before: CustomerCreditLimit | null, after: CustomerCreditLimit | null): LimitChange[] {
  const changes: LimitChange[] = [];
  for (const kind of LIMIT_KINDS) {
    const was = before ? describeKind(t, kind, before) : '—';
    const now = after ? describeKind(t, kind, after) : '—';
    if (was !== now) changes.push({ kind, label: kindLabel(t, kind), before: was, after: now });
  }
  return changes;
}

/** The `creditLimit` of an audit entry's before/after, when it has that shape. */
export function creditLimitOf(snapshot: unknown): CustomerCreditLimit | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const limit = (snapshot as { creditLimit?: unknown }).creditLimit;
  if (typeof limit !== 'object' || limit === null) return null;
  const l = limit as Record<string, unknown>;
  const hasMode = (v: unknown) => typeof v === 'object' && v !== null && typeof (v as { mode?: unknown }).mode === 'string';
  return hasMode(l['openDocuments']) && hasMode(l['outstandingAmount']) && hasMode(l['overdue']) ? (limit as CustomerCreditLimit) : null;
}
