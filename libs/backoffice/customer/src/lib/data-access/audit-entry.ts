/**
 * One entry of `GET /customers/:id/audit`. The API answers it (api/core AuditView) but the shared contracts
 * have no type for it yet, so the console keeps its own copy of the shape here.
 */
export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: { type: string; id: string | null; name: string; channel: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  details: unknown;
}

export const CREDIT_LIMIT_ACTIONS = ['customer.credit_limit.update', 'customer.credit_limit.bulk_update'] as const;

export function isCreditLimitChange(entry: AuditEntry): boolean {
  return (CREDIT_LIMIT_ACTIONS as readonly string[]).includes(entry.action);
}
