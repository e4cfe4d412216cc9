import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { Permission } from '@niaga/shared/contracts';
import { invoice, page, salesOrder, signIn, wait } from '../testing/fixtures';
import { InvoiceDetailPage } from './invoices/invoice-detail-page';
import { SalesOrderDetailPage } from './orders/sales-order-detail-page';
import { TRANSACTION_TEXTS } from './transaction.texts';

async function open(url: string, permissions: Permission[]) {
  signIn(permissions);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTranslations(TRANSACTION_TEXTS),
      provideRouter(
        [
          { path: 'sales/orders/:id', component: SalesOrderDetailPage },
          { path: 'sales/invoices/:id', component: InvoiceDetailPage },
        ],
        withComponentInputBinding(),
      ),
    ],
  });
  const harness = await RouterTestingHarness.create(url);
  const http = TestBed.inject(HttpTestingController);
  const q = (id: string) => (harness.routeNativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { harness, http, q, stable: () => harness.fixture.whenStable() };
}

describe('document pages', () => {
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = ''));
  });

  it('order: lines with what is left, the credit outcome, cancel after confirming, invoice link for the rest', async () => {
    const order = salesOrder({ credit: { outcome: 'override', reasons: [{ code: 'OUTSTANDING_AMOUNT_EXCEEDED', message: 'Outstanding Rp 2 exceeds Rp 1.' }] } });
    const t = await open(`/sales/orders/${order.id}`, ['customers:read', 'transactions:create']);
    t.http.expectOne(`/api/v1/sales-orders/${order.id}`).flush(order);
    await t.stable();
    expect(t.q('order-lines')?.textContent).toContain('2 / sisa 3');
    expect(t.q('order-credit')?.textContent).toContain('Override');
    expect(t.q('order-credit-reasons')?.textContent).toContain('Jumlah piutang melebihi limit.');
    expect(t.q('order-invoice')?.getAttribute('href')).toBe(`/sales/invoices/new?salesOrderId=${order.id}`);

    t.q('order-cancel')?.click();
    await wait(0);
    document.querySelector<HTMLElement>('[data-testid="confirm-yes"]')?.click();
    await t.stable();
    await wait(200); // the dialog answers after its closing animation
    t.http.expectOne(`/api/v1/sales-orders/${order.id}/cancel`).flush({ ...order, status: 'cancelled', uninvoicedAmount: '0.00' });
    await t.stable();
    expect(t.q('order-status')?.textContent).toContain('Dibatalkan');
    expect(t.q('order-cancel')).toBeNull();
    expect(t.q('order-invoice')).toBeNull();
  });

  it('order: a reader without transactions:create sees no actions', async () => {
    const order = salesOrder();
    const t = await open(`/sales/orders/${order.id}`, ['customers:read']);
    t.http.expectOne(`/api/v1/sales-orders/${order.id}`).flush(order);
    await t.stable();
    expect(t.q('order-cancel')).toBeNull();
    expect(t.q('order-invoice')).toBeNull();
  });

  it('invoice: Void only while unpaid; payment button while something is outstanding', async () => {
    const unpaid = invoice({ status: 'unpaid', paidAmount: '0.00', outstandingAmount: '1000.00', overdue: true });
    const t = await open(`/sales/invoices/${unpaid.id}`, ['customers:read', 'transactions:create']);
    t.http.expectOne(`/api/v1/sales-invoices/${unpaid.id}`).flush(unpaid);
    t.http.expectOne((r) => r.url === '/api/v1/payments').flush(page([]));
    await t.stable();
    expect(t.q('invoice-void')).not.toBeNull();
    expect(t.q('invoice-pay')).not.toBeNull();
    expect(t.q('invoice-status')?.textContent).toContain('Lewat jatuh tempo');

    t.q('invoice-void')?.click();
    await wait(0);
    document.querySelector<HTMLElement>('[data-testid="confirm-yes"]')?.click();
    await t.stable();
    await wait(200); // the dialog answers after its closing animation
    t.http.expectOne(`/api/v1/sales-invoices/${unpaid.id}/void`).flush({ ...unpaid, status: 'void', outstandingAmount: '0.00' });
    await t.stable();
    expect(t.q('invoice-status')?.textContent).toContain('Dibatalkan (void)');
    expect(t.q('invoice-void')).toBeNull();
    expect(t.q('invoice-pay')).toBeNull();
  });

  it('invoice: partly paid — no Void, payments listed', async () => {
    const part = invoice();
    const t = await open(`/sales/invoices/${part.id}`, ['customers:read', 'transactions:create']);
    t.http.expectOne(`/api/v1/sales-invoices/${part.id}`).flush(part);
    t.http
      .expectOne((r) => r.url === '/api/v1/payments' && r.params.get('invoiceId') === part.id)
      .flush(
        page([
          { id: 'p1', number: 'PAY-1', invoiceId: part.id, invoiceNumber: part.number, customerId: part.customerId, amount: '400.00', paidAt: '2026-11-02', method: 'cash', reference: null, createdAt: '' },
        ]),
      );
    await t.stable();
    expect(t.q('invoice-void')).toBeNull();
    expect(t.q('invoice-pay')).not.toBeNull();
    expect(t.q('invoice-outstanding')?.textContent).toBe('Rp 600');
    expect(t.q('invoice-payments')?.textContent).toContain('Tunai');
  });
});
