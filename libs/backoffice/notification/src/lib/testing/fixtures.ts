import { AUTH_STORAGE_KEY } from '@niaga/backoffice/core';
import type { AuthUser, CreditRecap, CreditRecapRow, NotificationView, Permission } from '@niaga/shared/contracts';

/** Test data only (excluded from the library build). */
export function userWith(permissions: Permission[]): AuthUser {
  return { id: 'u-1', email: 'sari@niaga.test', name: 'Sari', roles: ['finance'], permissions };
}

/** Stores a valid session so AuthService starts signed in. */
export function signIn(permissions: Permission[] = ['notifications:read']): AuthUser {
  const user = userWith(permissions);
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: Date.now() + 3_600_000, user }));
  return user;
}

export function notification(overrides: Partial<NotificationView> & { id: string }): NotificationView {
  return {
    type: 'credit_recap',
    title: 'Rekap kredit harian 2026-05-04',
    createdAt: '2026-05-04T00:00:05Z',
    readAt: null,
    data: { recapId: `recap-${overrides.id}`, date: '2026-05-04', trigger: 'scheduled', warningCount: 2, overlimitCount: 1 },
    ...overrides,
  };
}

export function recapRow(overrides: Partial<CreditRecapRow> & { customerId: string; code: string }): CreditRecapRow {
  return {
    name: `Toko ${overrides.code}`,
    groupId: 'g-1',
    groupCode: 'GROSIR',
    status: 'warning',
    openDocuments: { limit: null, used: 1, utilization: null },
    outstandingAmount: { limit: '1000000.00', used: '850000.00', utilization: 0.85 },
    overdueInvoices: 0,
    maxUtilization: 0.85,
    ...overrides,
  };
}

export function recap(overrides: Partial<CreditRecap> = {}): CreditRecap {
  return {
    id: 'r-1',
    date: '2026-05-04',
    trigger: 'scheduled',
    generatedAt: '2026-05-04T00:00:03Z',
    warningThresholdPercent: 80,
    overlimit: [
      recapRow({
        customerId: 'c-3',
        code: 'C-003',
        name: 'Toko Makmur',
        groupId: 'g-2',
        groupCode: 'RITEL',
        status: 'overlimit',
        outstandingAmount: { limit: '2000000.00', used: '2500000.00', utilization: 1.25 },
        maxUtilization: 1.25,
      }),
      recapRow({
        customerId: 'c-4',
        code: 'C-004',
        name: 'UD Sentosa',
        groupId: null,
        groupCode: null,
        status: 'overlimit',
        openDocuments: { limit: 2, used: 3, utilization: 1.5 },
        outstandingAmount: { limit: null, used: '300000.00', utilization: null },
        maxUtilization: 1.5,
      }),
    ],
    warning: [
      recapRow({
        customerId: 'c-1',
        code: 'C-001',
        name: 'Toko Abadi',
        outstandingAmount: { limit: '1000000.00', used: '900000.00', utilization: 0.9 },
        maxUtilization: 0.9,
      }),
      recapRow({ customerId: 'c-2', code: 'C-002', name: 'CV Berkah', groupId: 'g-2', groupCode: 'RITEL' }),
    ],
    ...overrides,
  };
}
