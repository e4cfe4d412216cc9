import { setupApi } from '../../testing/setup-api';
import { type AuditEntry, isCreditLimitChange } from './audit-entry';
import { CustomerAuditApi } from './customer-audit.api';

const ID = '0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a11';

describe('CustomerAuditApi', () => {
  it('reads a customer’s trail and tells limit changes apart', () => {
    const { api, http } = setupApi(CustomerAuditApi);
    let entries: AuditEntry[] = [];
    api.history(ID).subscribe((e) => (entries = e));
    const entry = (action: string): AuditEntry => ({
      id: action,
      occurredAt: '2026-03-01T02:00:00.000Z',
      actor: { type: 'user', id: 'u', name: 'Admin', channel: 'backoffice' },
      action,
      entityType: 'customer',
      entityId: ID,
      before: null,
      after: null,
      details: null,
    });
    http.expectOne(`/api/v1/customers/${ID}/audit`).flush([entry('customer.credit_limit.bulk_update'), entry('customer.update'), entry('customer.credit_limit.update')]);
    expect(entries.filter(isCreditLimitChange).map((e) => e.action)).toEqual(['customer.credit_limit.bulk_update', 'customer.credit_limit.update']);
    http.verify();
  });
});
