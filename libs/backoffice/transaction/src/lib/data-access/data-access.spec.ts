import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreditApi } from './credit.api';
import { CustomersLookupApi } from './customers-lookup.api';
import { PaymentsApi } from './payments.api';
import { SalesInvoicesApi } from './sales-invoices.api';
import { SalesOrdersApi } from './sales-orders.api';

const ID = '00000000-0000-4000-8000-000000000001';

describe('transaction data access', () => {
  let http: HttpTestingController;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sales orders: list with filters (empty ones left out), one, create with an idempotency key, cancel', () => {
    const api = TestBed.inject(SalesOrdersApi);
    api.list({ customerId: ID, status: 'open', page: 2, pageSize: 20 }).subscribe();
    http.expectOne(`/api/v1/sales-orders?customerId=${ID}&status=open&page=2&pageSize=20`);
    api.list({ customerId: null, status: null }).subscribe();
    http.expectOne('/api/v1/sales-orders');
    api.get(ID).subscribe();
    http.expectOne(`/api/v1/sales-orders/${ID}`);
    const body = { customerId: ID, lines: [{ productId: ID, quantity: '2' }] };
    api.create(body, 'key-1').subscribe();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/sales-orders' });
    expect(post.request.body).toEqual(body);
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-1');
    api.cancel(ID).subscribe();
    expect(http.expectOne(`/api/v1/sales-orders/${ID}/cancel`).request.method).toBe('POST');
  });

  it('invoices: overdue filter only when on, create, void', () => {
    const api = TestBed.inject(SalesInvoicesApi);
    api.list({ customerId: ID, status: 'unpaid', overdue: true }).subscribe();
    http.expectOne(`/api/v1/sales-invoices?customerId=${ID}&status=unpaid&overdue=true`);
    api.list({ overdue: false }).subscribe();
    http.expectOne('/api/v1/sales-invoices');
    api.create({ salesOrderId: ID }).subscribe();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/sales-invoices' });
    expect(post.request.headers.has('Idempotency-Key')).toBe(false);
    api.get(ID).subscribe();
    http.expectOne(`/api/v1/sales-invoices/${ID}`);
    api.void(ID).subscribe();
    expect(http.expectOne(`/api/v1/sales-invoices/${ID}/void`).request.method).toBe('POST');
  });

  it('payments: list by invoice and record', () => {
    const api = TestBed.inject(PaymentsApi);
    api.list({ invoiceId: ID }).subscribe();
    http.expectOne(`/api/v1/payments?invoiceId=${ID}`);
    api.create({ invoiceId: ID, amount: '10.00' }, 'k').subscribe();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/payments' });
    expect(post.request.body).toEqual({ invoiceId: ID, amount: '10.00' });
  });

  it('credit: position, refresh and the what-if check; customers: search and one', () => {
    const credit = TestBed.inject(CreditApi);
    credit.credit(ID).subscribe();
    http.expectOne(`/api/v1/customers/${ID}/credit`);
    credit.refresh(ID).subscribe();
    expect(http.expectOne(`/api/v1/customers/${ID}/credit/refresh`).request.method).toBe('POST');
    credit.check({ customerId: ID, documentType: 'sales_order', amount: '10.00' }).subscribe();
    const check = http.expectOne('/api/v1/credit/check');
    expect(check.request.body).toEqual({ customerId: ID, documentType: 'sales_order', amount: '10.00' });

    const customers = TestBed.inject(CustomersLookupApi);
    customers.search(' toko ').subscribe();
    http.expectOne('/api/v1/customers?q=toko&page=1&pageSize=10');
    customers.get(ID).subscribe();
    http.expectOne(`/api/v1/customers/${ID}`);
  });
});
