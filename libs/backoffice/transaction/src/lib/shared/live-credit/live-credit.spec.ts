import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { CreditCheckResponse } from '@niaga/shared/contracts';
import { check, credit, overLimit, wait } from '../../../testing/fixtures';
import { TRANSACTION_TEXTS } from '../../transaction.texts';
import { LiveCreditComponent } from './live-credit';

const ID = '00000000-0000-4000-8000-0000000000aa';

@Component({
  imports: [LiveCreditComponent],
  template: `<niaga-live-credit [customerId]="customerId()" [amount]="amount()" [debounceMs]="40" (checked)="results.push($event)" />`,
})
class Host {
  readonly customerId = signal<string | null>(null);
  readonly amount = signal('0.00');
  results: (CreditCheckResponse | null)[] = [];
}

async function render() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations(TRANSACTION_TEXTS)] });
  const fixture = TestBed.createComponent(Host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const text = (id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
  return { fixture, host: fixture.componentInstance, http: TestBed.inject(HttpTestingController), el, text };
}

describe('LiveCreditComponent', () => {
  it('asks nothing without a customer, and checks a newly chosen customer at once', async () => {
    const { fixture, host, http, text } = await render();
    http.expectNone('/api/v1/credit/check');
    expect(text('credit-empty')).toContain('Pilih pelanggan');

    host.customerId.set(ID);
    await fixture.whenStable();
    await wait(0);
    const req = http.expectOne('/api/v1/credit/check');
    expect(req.request.body).toEqual({ customerId: ID, documentType: 'sales_order', amount: '0.00' });
    req.flush(check(credit(ID)));
    await fixture.whenStable();
    expect(text('live-outcome')).toContain('Lolos');
    expect(fixture.nativeElement.querySelector('h2')?.textContent).toContain('Proyeksi kredit');
    expect(host.results.at(-1)?.outcome).toBe('pass');
  });

  it('debounces a changing total: one check with the last amount, then shows the projected figures and the block', async () => {
    const { fixture, host, http, text, el } = await render();
    host.customerId.set(ID);
    await fixture.whenStable();
    await wait(0);
    http.expectOne('/api/v1/credit/check').flush(check(credit(ID)));
    await fixture.whenStable();

    for (const amount of ['100000.00', '900000.00', '1500000.00']) {
      host.amount.set(amount);
      await fixture.whenStable();
      await wait(5);
    }
    http.expectNone('/api/v1/credit/check');
    await wait(60);
    const req = http.expectOne('/api/v1/credit/check');
    expect(req.request.body.amount).toBe('1500000.00');
    req.flush(check(overLimit(ID, '1500000.00'), false));
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="live-outcome"]')?.getAttribute('data-outcome')).toBe('block');
    expect(text('live-outcome')).toContain('Diblokir');
    expect(text('live-overridable')).toContain('ditolak');
    expect(text('live-reasons')).toContain('Piutang Rp 1.500.000 melebihi limit Rp 1.000.000.');
    expect(text('credit-oa-used')).toBe('Rp 1.500.000');
    expect(text('credit-oa-remaining')).toBe('-Rp 500.000');
    expect(text('credit-status')).toBe('Overlimit');
    expect(host.results.at(-1)?.outcome).toBe('block');
  });

  it('refresh recomputes the exposure, then checks again', async () => {
    const { fixture, host, http, el } = await render();
    host.customerId.set(ID);
    await fixture.whenStable();
    await wait(0);
    http.expectOne('/api/v1/credit/check').flush(check(credit(ID)));
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('[data-testid="credit-refresh"]')?.click();
    http.expectOne(`/api/v1/customers/${ID}/credit/refresh`).flush(credit(ID));
    await wait(0);
    http.expectOne('/api/v1/credit/check').flush(check(credit(ID)));
  });
});
