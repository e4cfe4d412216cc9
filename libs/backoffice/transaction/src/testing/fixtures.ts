import { AUTH_STORAGE_KEY } from '@niaga/backoffice/core';
import type { CreditCheckResponse, CustomerCredit, CustomerView, Page, Permission, ProductView, SalesInvoiceView, SalesOrderView } from '@niaga/shared/contracts';

/** Test helpers (specs only). */
export function signIn(permissions: Permission[]): void {
  localStorage.setItem(
    AUTH_STORAGE_KEY,
    JSON.stringify({
      accessToken: 'token',
      expiresAt: Date.now() + 3_600_000,
      user: { id: 'u-1', email: 'u@niaga.test', name: 'Uji', roles: [], permissions },
    }),
  );
}

export const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

let n = 0;
export function customer(code: string, paymentTermDays = 30): CustomerView {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    code,
    name: `Toko ${code}`,
    groupId: null,
    group: null,
    paymentTermDays,
    phone: null,
    email: null,
    address: null,
    creditLimit: { openDocuments: { mode: 'inherit' }, outstandingAmount: { mode: 'inherit' }, overdue: { mode: 'inherit' } },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

export function product(code: string, unitPrice: string): ProductView {
  return {
    id: `11111111-0000-4000-8000-${code.padStart(12, '0').slice(-12).replace(/[^0-9a-f]/gi, '0')}`,
    code,
    name: `Produk ${code}`,
    unitPrice,
    active: true,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

export function credit(customerId: string, overrides: Partial<CustomerCredit> = {}): CustomerCredit {
  return {
    customerId,
    status: 'safe',
    blocked: false,
    enforcementMode: 'blocking',
    warningThresholdPercent: 80,
    openDocuments: { limit: null, source: null, used: 0, remaining: null, utilization: null },
    outstandingAmount: { limit: '1000000.00', source: 'customer', used: '0.00', remaining: '1000000.00', utilization: 0 },
    overdue: { enabled: false, source: null, graceDays: 0, overdueInvoices: 0, oldestDueDate: null },
    reasons: [],
    calculatedAt: '2026-11-20T00:00:00Z',
    ...overrides,
  };
}

export function overLimit(customerId: string, used = '1500000.00'): CustomerCredit {
  return credit(customerId, {
    status: 'overlimit',
    blocked: true,
    outstandingAmount: { limit: '1000000.00', source: 'customer', used, remaining: '-500000.00', utilization: 1.5 },
    reasons: [{ code: 'OUTSTANDING_AMOUNT_EXCEEDED', message: 'Outstanding exceeds the limit.' }],
  });
}

export function check(projected: CustomerCredit, overridable = false): CreditCheckResponse {
  const breached = projected.status === 'overlimit';
  return {
    outcome: !breached ? 'pass' : projected.enforcementMode === 'blocking' ? 'block' : 'warn',
    reasons: projected.reasons,
    projected,
    overridable,
  };
}

export const page = <T>(items: T[]): Page<T> => ({ items, total: items.length, page: 1, pageSize: 10 });

export function invoice(overrides: Partial<SalesInvoiceView> = {}): SalesInvoiceView {
  return {
    id: '22222222-0000-4000-8000-000000000001',
    number: 'INV-2026-000001',
    customerId: '00000000-0000-4000-8000-000000000099',
    customerCode: 'TOKO',
    customerName: 'Toko Uji',
    groupId: null,
    salesOrderId: null,
    salesOrderNumber: null,
    invoiceDate: '2026-11-01',
    dueDate: '2026-12-01',
    lines: [],
    total: '1000.00',
    paidAmount: '400.00',
    outstandingAmount: '600.00',
    status: 'partially_paid',
    overdue: false,
    credit: { outcome: 'not_checked', reasons: [] },
    createdAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

export function salesOrder(overrides: Partial<SalesOrderView> = {}): SalesOrderView {
  return {
    id: '33333333-0000-4000-8000-000000000001',
    number: 'SO-2026-000001',
    customerId: '00000000-0000-4000-8000-000000000099',
    customerCode: 'TOKO',
    customerName: 'Toko Uji',
    groupId: null,
    status: 'partially_invoiced',
    orderDate: '2026-11-01',
    notes: null,
    lines: [
      { id: '44444444-0000-4000-8000-000000000001', lineNo: 1, productId: 'p1', productCode: 'A', productName: 'Produk A', quantity: '5', unitPrice: '0.10', amount: '0.50', invoicedQuantity: '2' },
      { id: '44444444-0000-4000-8000-000000000002', lineNo: 2, productId: 'p2', productCode: 'B', productName: 'Produk B', quantity: '1', unitPrice: '0.20', amount: '0.20', invoicedQuantity: '1' },
      { id: '44444444-0000-4000-8000-000000000003', lineNo: 3, productId: 'p3', productCode: 'C', productName: 'Produk C', quantity: '2', unitPrice: '0.20', amount: '0.40', invoicedQuantity: '0' },
    ],
    total: '1.10',
    uninvoicedAmount: '0.70',
    credit: { outcome: 'pass', reasons: [] },
    createdAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}
