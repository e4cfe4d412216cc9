import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import { addDays } from '@niaga/shared/util';
import { customer, page, salesOrder, signIn, wait } from '../../testing/fixtures';
import { TRANSACTION_TEXTS } from '../transaction.texts';
import { InvoiceFormPage } from './invoice-form-page';

@Component({ template: 'detail' })
class Blank {}

async function openFromOrder() {
  signIn(['customers:read', 'transactions:create']);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTranslations(TRANSACTION_TEXTS),
      provideRouter(
        [{ path: 'sales/invoices', children: [{ path: 'new', component: InvoiceFormPage }, { path: ':id', component: Blank }] }],
        withComponentInputBinding(),
      ),
    ],
  });
  const order = salesOrder();
  const buyer = { ...customer('TOKO', 14), id: order.customerId };
  const harness = await RouterTestingHarness.create(`/sales/invoices/new?salesOrderId=${order.id}`);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne(`/api/v1/sales-orders/${order.id}`).flush(order);
  http.expectOne(`/api/v1/customers/${order.customerId}`).flush(buyer);
  http.expectOne((r) => r.url === '/api/v1/sales-orders' && r.params.get('status') === 'open').flush(page([]));
  http.expectOne((r) => r.url === '/api/v1/sales-orders' && r.params.get('status') === 'partially_invoiced').flush(page([order]));
  await harness.fixture.whenStable();
  const el = harness.routeNativeElement as HTMLElement;
  const q = <T extends HTMLElement>(id: string) => el.querySelector<T>(`[data-testid="${id}"]`) as T;
  const type = async (id: string, value: string) => {
    q<HTMLInputElement>(id).value = value;
    q<HTMLInputElement>(id).dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  };
  const submit = async () => {
    q<HTMLFormElement>('invoice-form').dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  };
  return { harness, http, el, q, type, submit, order };
}

describe('InvoiceFormPage (from a sales order)', () => {
  afterEach(() => localStorage.clear());

  it('offers what is left of each line, dates the due date by the payment terms, and invoices everything left', async () => {
    const { q, submit, http, order } = await openFromOrder();
    expect(q<HTMLInputElement>('invoice-qty-0').value).toBe('3');
    expect(q<HTMLInputElement>('invoice-qty-1').value).toBe('2');
    expect(q('invoice-qty-2')).toBeNull();
    expect(q('invoice-total').textContent?.trim()).toBe('Rp 0,70');
    const invoiceDate = q<HTMLInputElement>('invoice-date').value;
    expect(q<HTMLInputElement>('invoice-due-date').value).toBe(addDays(invoiceDate, 14));
    expect(q('invoice-due-hint').textContent).toContain('14 hari');

    await submit();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/sales-invoices' });
    expect(post.request.body).toEqual({ salesOrderId: order.id, invoiceDate, dueDate: addDays(invoiceDate, 14) });
    post.flush({ id: 'inv-1' });
    await wait(0);
    expect(TestBed.inject(Router).url).toBe('/sales/invoices/inv-1');
  });

  it('invoices a part, keeps a due date the user set, and shows INVOICE_EXCEEDS_ORDER on the line', async () => {
    const { q, type, submit, http, order } = await openFromOrder();
    await type('invoice-qty-0', '1');
    await type('invoice-qty-1', '');
    expect(q('invoice-total').textContent?.trim()).toBe('Rp 0,10');
    await type('invoice-due-date', '2027-01-31');
    await type('invoice-date', '2026-12-01');
    expect(q<HTMLInputElement>('invoice-due-date').value).toBe('2027-01-31');

    await type('invoice-qty-0', '4');
    await submit();
    http.expectNone({ method: 'POST', url: '/api/v1/sales-invoices' });
    expect(q('form-error').textContent).toContain('Periksa kembali');

    await type('invoice-qty-0', '1');
    await submit();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/sales-invoices' });
    expect(post.request.body).toEqual({
      salesOrderId: order.id,
      invoiceDate: '2026-12-01',
      dueDate: '2027-01-31',
      lines: [{ salesOrderLineId: order.lines[0].id, quantity: '1' }],
    });
    post.flush(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'INVOICE_EXCEEDS_ORDER',
        detail: 'Line 1 has 0.5 left to invoice; 1 was asked.',
        errors: [{ field: 'lines.0.quantity', message: 'At most 0.5.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await wait(0);
    expect(q('form-error').textContent).toContain('Line 1 has 0.5 left');
    expect(q('invoice-order-lines').textContent).toContain('At most 0.5.');
  });
});
