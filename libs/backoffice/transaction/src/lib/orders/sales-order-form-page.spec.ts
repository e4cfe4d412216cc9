import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { CustomerCredit, CustomerView, Permission, ProductView } from '@niaga/shared/contracts';
import { check, credit, customer, overLimit, page, product, signIn, wait } from '../../testing/fixtures';
import { TRANSACTION_TEXTS } from '../transaction.texts';
import { SalesOrderFormPage } from './sales-order-form-page';

@Component({ template: 'detail' })
class Blank {}

const CHEAP_A = product('A', '0.10');
const CHEAP_B = product('B', '0.20');

async function open(permissions: Permission[]) {
  signIn(permissions);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTranslations(TRANSACTION_TEXTS),
      provideRouter(
        [
          {
            path: 'sales/orders',
            children: [
              { path: 'new', component: SalesOrderFormPage },
              { path: ':id', component: Blank },
            ],
          },
        ],
        withComponentInputBinding(),
      ),
    ],
  });
  const harness = await RouterTestingHarness.create('/sales/orders/new');
  const http = TestBed.inject(HttpTestingController);
  const el = harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const q = <T extends HTMLElement>(id: string) => el.querySelector<T>(`[data-testid="${id}"]`) as T;
  const type = async (id: string, value: string) => {
    const input = q<HTMLInputElement>(id);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  };

  /** Picks a customer in the picker: search, credit of the suggestion (and the override probe), click. */
  const pickCustomer = async (c: CustomerView, position: CustomerCredit, overridable?: boolean) => {
    await type('customer-picker-input', c.code);
    await wait(300);
    http.expectOne((r) => r.url === '/api/v1/customers').flush(page([c]));
    http.expectOne(`/api/v1/customers/${c.id}/credit`).flush(position);
    if (overridable !== undefined) http.expectOne('/api/v1/credit/check').flush(check(position, overridable));
    await stable();
    document.querySelector<HTMLElement>(`[data-testid="customer-option-${c.code}"]`)?.click();
    await stable();
  };

  /** Chooses a product on line `i` through its autocomplete. */
  const pickProduct = async (i: number, p: ProductView) => {
    await type(`line-product-${i}`, p.code);
    await wait(300);
    http.expectOne((r) => r.url === '/api/v1/products').flush(page([p]));
    await stable();
    document.querySelector<HTMLElement>(`[data-testid="product-option-${p.code}"]`)?.click();
    await stable();
  };

  const submit = async () => {
    q<HTMLFormElement>('order-form').dispatchEvent(new Event('submit'));
    await stable();
  };
  return { harness, http, el, q, type, stable, pickCustomer, pickProduct, submit };
}

describe('SalesOrderFormPage', () => {
  jest.setTimeout(20_000);
  afterEach(() => localStorage.clear());

  it('adds lines exactly (0.10 + 0.20 = 0.30), checks the projected total live, and opens the created order', async () => {
    const c = customer('AMAN');
    const t = await open(['customers:read', 'transactions:create']);
    await t.pickCustomer(c, credit(c.id));
    await wait(0);
    const first = t.http.expectOne('/api/v1/credit/check');
    expect(first.request.body).toEqual({ customerId: c.id, documentType: 'sales_order', amount: '0.00' });
    first.flush(check(credit(c.id)));

    await t.pickProduct(0, CHEAP_A);
    t.q<HTMLButtonElement>('line-add').click();
    await t.stable();
    await t.pickProduct(1, CHEAP_B);
    expect(t.q('line-amount-0').textContent?.trim()).toBe('Rp 0,10');
    expect(t.q('order-total').textContent?.trim()).toBe('Rp 0,30');

    await wait(450);
    // Typing paused between the two lines, so an intermediate total may have been checked too: the last one counts.
    const checks = t.http.match('/api/v1/credit/check');
    const live = checks[checks.length - 1];
    checks.slice(0, -1).filter((r) => !r.cancelled).forEach((r) => r.flush(check(credit(c.id))));
    expect(live.request.body.amount).toBe('0.30');
    live.flush(check(credit(c.id, { outstandingAmount: { limit: '1000000.00', source: 'customer', used: '0.30', remaining: '999999.70', utilization: 0 } })));
    await t.stable();
    expect(t.q('credit-oa-used').textContent?.trim()).toBe('Rp 0,30');
    expect(t.q('override-section')).toBeNull();

    await t.submit();
    const post = t.http.expectOne({ method: 'POST', url: '/api/v1/sales-orders' });
    expect(post.request.body).toEqual({
      customerId: c.id,
      orderDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      lines: [
        { productId: CHEAP_A.id, quantity: '1', unitPrice: '0.10' },
        { productId: CHEAP_B.id, quantity: '1', unitPrice: '0.20' },
      ],
    });
    expect(post.request.headers.get('Idempotency-Key')).toBeTruthy();
    post.flush({ id: 'new-order-id' }, { status: 201, statusText: 'Created' });
    await t.stable();
    expect(TestBed.inject(Router).url).toBe('/sales/orders/new-order-id');
  });

  it('requires a reason when the user overrides a blocked customer, and sends it', async () => {
    const c = customer('LEBIH');
    const t = await open(['customers:read', 'transactions:create', 'credit:override']);
    await t.pickCustomer(c, overLimit(c.id), true);
    await wait(0);
    t.http.expectOne('/api/v1/credit/check').flush(check(overLimit(c.id), true));
    await t.stable();
    expect(t.q('override-section')).not.toBeNull();
    expect(t.q('live-overridable').textContent).toContain('dengan menuliskan alasan');
    expect(t.q('order-submit').textContent).toContain('Simpan dengan override');

    await t.pickProduct(0, product('C', '1000.00'));
    await t.submit();
    t.http.expectNone({ method: 'POST', url: '/api/v1/sales-orders' });
    expect(t.q('override-reason-error').textContent).toContain('Tulis alasan');
    expect(t.q('form-error').textContent).toContain('Periksa kembali');

    await t.type('override-reason', 'ok');
    await t.submit();
    t.http.expectNone({ method: 'POST', url: '/api/v1/sales-orders' });

    await t.type('override-reason', 'Pelanggan lama, disetujui manajer');
    await t.submit();
    const post = t.http.expectOne({ method: 'POST', url: '/api/v1/sales-orders' });
    expect(post.request.body.creditOverride).toEqual({ reason: 'Pelanggan lama, disetujui manajer' });
  });

  it('shows the reasons of a 422 credit refusal with the panel, and a 403 override refusal', async () => {
    const c = customer('PAS');
    const t = await open(['customers:read', 'transactions:create']);
    await t.pickCustomer(c, credit(c.id));
    await wait(0);
    t.http.expectOne('/api/v1/credit/check').flush(check(credit(c.id)));
    await t.pickProduct(0, product('D', '2000000.00'));
    await wait(450);
    t.http.expectOne('/api/v1/credit/check').flush(check(credit(c.id)));

    await t.submit();
    const projected = overLimit(c.id, '2000000.00');
    t.http.expectOne({ method: 'POST', url: '/api/v1/sales-orders' }).flush(
      {
        type: 'about:blank',
        title: 'Unprocessable request',
        status: 422,
        code: 'CREDIT_LIMIT_EXCEEDED',
        detail: 'The sales order would take the customer over the credit limit.',
        reasons: projected.reasons,
        credit: credit(c.id),
        projected,
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await t.stable();
    expect(t.q('credit-refusal').textContent).toContain('Ditolak karena batas kredit');
    expect(t.q('credit-refusal').textContent).toContain('Piutang Rp 2.000.000 melebihi limit Rp 1.000.000.');
    await wait(0);
    t.http.expectOne('/api/v1/credit/check').flush(check(projected));
    await t.stable();
    expect(t.q('live-outcome').getAttribute('data-outcome')).toBe('block');

    await t.submit();
    t.http.expectOne({ method: 'POST', url: '/api/v1/sales-orders' }).flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, code: 'CREDIT_OVERRIDE_NOT_ALLOWED', detail: 'Bypass is off.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await t.stable();
    expect(t.q('form-error').textContent).toContain('Override tidak diizinkan. Bypass is off.');
  });
});
