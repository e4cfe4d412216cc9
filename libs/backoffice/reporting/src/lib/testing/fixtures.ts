import { AUTH_STORAGE_KEY } from '@niaga/backoffice/core';
import type {
  AgingReport,
  AgingReportRow,
  AuthUser,
  CreditUtilizationReport,
  CreditUtilizationRow,
  Permission,
  SalesReport,
  SalesReportRow,
} from '@niaga/shared/contracts';

/** Test data only (excluded from the library build). */
export function userWith(permissions: Permission[]): AuthUser {
  return { id: 'u-1', email: 'sari@niaga.test', name: 'Sari', roles: ['finance'], permissions };
}

/** Stores a valid session so AuthService starts signed in. */
export function signIn(permissions: Permission[] = ['reports:read', 'customers:read']): AuthUser {
  const user = userWith(permissions);
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: Date.now() + 3_600_000, user }));
  return user;
}

export const GROUPS = {
  items: [
    { id: '11111111-1111-4111-8111-111111111111', code: 'GROSIR', name: 'Grosir Jawa', customerCount: 2 },
    { id: '22222222-2222-4222-8222-222222222222', code: 'RITEL', name: 'Ritel Jakarta', customerCount: 1 },
  ],
  total: 2,
  page: 1,
  pageSize: 200,
};

export function salesRow(overrides: Partial<SalesReportRow> & { customerId: string; code: string }): SalesReportRow {
  return { name: `Toko ${overrides.code}`, orders: 2, ordered: '1500000.00', invoiced: '1000000.00', paid: '250000.50', ...overrides };
}

export function salesReport(overrides: Partial<SalesReport> = {}): SalesReport {
  return {
    items: [salesRow({ customerId: 'c-1', code: 'C-001', name: 'Toko Abadi' }), salesRow({ customerId: 'c-2', code: 'C-002', orders: 1 })],
    total: 2,
    page: 1,
    pageSize: 50,
    totals: { orders: 3, ordered: '3000000.00', invoiced: '2000000.00', paid: '500001.00' },
    filters: { from: '2026-05-01', to: '2026-05-20', groupId: null },
    ...overrides,
  };
}

export function agingRow(overrides: Partial<AgingReportRow> & { customerId: string; code: string }): AgingReportRow {
  return {
    name: `Toko ${overrides.code}`,
    current: '100000.00',
    days1to30: '200000.00',
    days31to60: '0.00',
    days61to90: '0.00',
    over90: '50000.00',
    total: '350000.00',
    ...overrides,
  };
}

export function agingReport(overrides: Partial<AgingReport> = {}): AgingReport {
  return {
    items: [agingRow({ customerId: 'c-1', code: 'C-001', name: 'Toko Abadi' })],
    total: 1,
    page: 1,
    pageSize: 50,
    totals: { current: '100000.00', days1to30: '200000.00', days31to60: '0.00', days61to90: '0.00', over90: '50000.00', total: '350000.00' },
    filters: { asOf: '2026-05-20', groupId: null },
    ...overrides,
  };
}

export function creditRow(overrides: Partial<CreditUtilizationRow> & { customerId: string; code: string }): CreditUtilizationRow {
  return {
    name: `Toko ${overrides.code}`,
    groupCode: 'GROSIR',
    status: 'warning',
    openDocuments: { limit: 5, used: 2, utilization: 0.4 },
    outstandingAmount: { limit: '1000000.00', used: '850000.00', utilization: 0.85 },
    overdueInvoices: 0,
    maxUtilization: 0.85,
    ...overrides,
  };
}

export function creditReport(overrides: Partial<CreditUtilizationReport> = {}): CreditUtilizationReport {
  return {
    items: [
      creditRow({ customerId: 'c-1', code: 'C-001', name: 'Toko Abadi' }),
      creditRow({
        customerId: 'c-2',
        code: 'C-002',
        status: 'overlimit',
        groupCode: null,
        outstandingAmount: { limit: '1000000.00', used: '1250000.00', utilization: 1.25 },
        overdueInvoices: 1,
        maxUtilization: 1.25,
      }),
      creditRow({
        customerId: 'c-3',
        code: 'C-003',
        status: 'no_limit',
        openDocuments: { limit: null, used: 0, utilization: null },
        outstandingAmount: { limit: null, used: '0.00', utilization: null },
        maxUtilization: null,
      }),
    ],
    total: 3,
    page: 1,
    pageSize: 50,
    totals: { safe: 4, warning: 1, overlimit: 1, no_limit: 1 },
    filters: { date: '2026-05-20', groupId: null, status: null },
    ...overrides,
  };
}
