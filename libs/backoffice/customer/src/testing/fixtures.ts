import type { CustomerCredit, CustomerGroupView, CustomerView, Page } from '@niaga/shared/contracts';

export const INHERIT_LIMIT = { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } } as const;

export const GROUP_L001: CustomerGroupView = {
  id: '5d1c7d38-0d7b-4d3b-9d39-1f7f3f9d0a01',
  code: 'L001',
  name: 'Lokal 1',
  customerCount: 2,
  creditDefaults: INHERIT_LIMIT,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function customer(n: number, overrides: Partial<CustomerView> = {}): CustomerView {
  return {
    id: `0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a${String(n).padStart(2, '0')}`,
    code: `C-${String(n).padStart(3, '0')}`,
    name: `Toko ${n}`,
    groupId: GROUP_L001.id,
    group: { id: GROUP_L001.id, code: GROUP_L001.code, name: GROUP_L001.name },
    paymentTermDays: 30,
    phone: '021-555-0100',
    email: null,
    address: null,
    creditLimit: INHERIT_LIMIT,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 20): Page<T> {
  return { items, total, page, pageSize };
}

export function credit(customerId: string, overrides: Partial<CustomerCredit> = {}): CustomerCredit {
  return {
    customerId,
    status: 'safe',
    blocked: false,
    enforcementMode: 'warning',
    warningThresholdPercent: 80,
    openDocuments: { limit: null, source: null, used: 0, remaining: null, utilization: null },
    outstandingAmount: { limit: '50000000.00', source: 'customer', used: '12000000.00', remaining: '38000000.00', utilization: 0.24 },
    overdue: { enabled: false, source: null, graceDays: 0, overdueInvoices: 0, oldestDueDate: null },
    reasons: [],
    calculatedAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  };
}
