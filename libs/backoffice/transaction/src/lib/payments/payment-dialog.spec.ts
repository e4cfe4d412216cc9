import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideTranslations } from '@niaga/backoffice/core';
import type { PaymentView } from '@niaga/shared/contracts';
import { invoice, signIn, wait } from '../../testing/fixtures';
import { TRANSACTION_TEXTS } from '../transaction.texts';
import { PaymentDialog, type PaymentDialogData } from './payment-dialog';

async function open() {
  signIn(['customers:read', 'transactions:create']);
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations(TRANSACTION_TEXTS)] });
  const ref = TestBed.inject(MatDialog).open<PaymentDialog, PaymentDialogData, PaymentView>(PaymentDialog, { data: { invoice: invoice() } });
  const close = jest.spyOn(ref, 'close');
  await wait(0);
  const q = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`) as T;
  const type = async (id: string, value: string) => {
    q<HTMLInputElement>(id).value = value;
    q<HTMLInputElement>(id).dispatchEvent(new Event('input'));
    await wait(0);
  };
  const submit = async () => {
    q<HTMLFormElement>('payment-form').dispatchEvent(new Event('submit'));
    await wait(0);
  };
  return { http: TestBed.inject(HttpTestingController), q, type, submit, close };
}

describe('PaymentDialog', () => {
  afterEach(() => {
    localStorage.clear();
    document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = ''));
  });

  it('defaults to the outstanding amount and refuses more than that without calling the API', async () => {
    const { http, q, type, submit } = await open();
    expect(q<HTMLInputElement>('payment-amount').value).toBe('600.00');
    expect(q('payment-invoice').textContent).toContain('INV-2026-000001');
    await type('payment-amount', '600.01');
    await submit();
    http.expectNone('/api/v1/payments');
    expect(q('payment-amount-error').textContent).toContain('Melebihi sisa tagihan');
  });

  it('records a part payment and closes with it; a server refusal lands on the amount', async () => {
    const { http, type, submit, q, close } = await open();
    await type('payment-amount', '250,5');
    await type('payment-reference', ' TRF-123 ');
    await submit();
    const post = http.expectOne('/api/v1/payments');
    expect(post.request.body).toEqual({
      invoiceId: invoice().id,
      amount: '250.5',
      paidAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      method: 'transfer',
      reference: 'TRF-123',
    });
    post.flush(
      { type: 'about:blank', title: 'Unprocessable', status: 422, code: 'PAYMENT_EXCEEDS_OUTSTANDING', detail: 'Only 100.00 is outstanding.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await wait(0);
    expect(q('payment-amount-error').textContent).toContain('Only 100.00 is outstanding.');

    await type('payment-amount', '100');
    await submit();
    http.expectOne('/api/v1/payments').flush({ id: 'pay-1', number: 'PAY-1' });
    await wait(0);
    expect(close).toHaveBeenCalledWith({ id: 'pay-1', number: 'PAY-1' });
  });
});
