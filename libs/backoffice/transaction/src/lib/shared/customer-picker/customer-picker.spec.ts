import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { Permission } from '@niaga/shared/contracts';
import { check, credit, customer, overLimit, page, signIn, wait } from '../../../testing/fixtures';
import { TRANSACTION_TEXTS } from '../../transaction.texts';
import { CustomerPickerComponent, type CustomerOption } from './customer-picker';

@Component({
  imports: [CustomerPickerComponent],
  template: `<niaga-customer-picker [debounceMs]="0" [checkCredit]="checkCredit" (picked)="picked = $event" />`,
})
class Host {
  checkCredit = true;
  picked: CustomerOption | null | undefined;
}

const SAFE = customer('AMAN');
const OVER = customer('LEBIH');

async function search(permissions: Permission[], checkCredit = true) {
  signIn(permissions);
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations(TRANSACTION_TEXTS)] });
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.checkCredit = checkCredit;
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
  input.focus();
  input.value = 'toko';
  input.dispatchEvent(new Event('input'));
  await wait(5);
  http.expectOne('/api/v1/customers?q=toko&page=1&pageSize=10').flush(page([SAFE, OVER]));
  return { fixture, http, input };
}

const option = (code: string) => document.querySelector<HTMLElement>(`[data-testid="customer-option-${code}"]`) as HTMLElement;

describe('CustomerPickerComponent', () => {
  afterEach(() => localStorage.clear());

  it('shows a customer over its limit disabled, with the reason, for a user who may not override', async () => {
    const { fixture, http } = await search(['customers:read', 'transactions:create']);
    http.expectOne(`/api/v1/customers/${SAFE.id}/credit`).flush(credit(SAFE.id));
    http.expectOne(`/api/v1/customers/${OVER.id}/credit`).flush(overLimit(OVER.id));
    http.expectNone('/api/v1/credit/check');
    await fixture.whenStable();

    expect(option('AMAN').getAttribute('aria-disabled')).toBe('false');
    const blocked = option('LEBIH');
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    expect(blocked.textContent).toContain('Diblokir');
    expect(blocked.textContent).toContain('Piutang Rp 1.500.000 melebihi limit Rp 1.000.000.');
    blocked.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.picked).toBeUndefined();
    option('AMAN').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.picked?.customer.code).toBe('AMAN');
  });

  it('lets a user with credit:override choose it when the check says overridable', async () => {
    const { fixture, http, input } = await search(['customers:read', 'transactions:create', 'credit:override']);
    http.expectOne(`/api/v1/customers/${SAFE.id}/credit`).flush(credit(SAFE.id));
    http.expectOne(`/api/v1/customers/${OVER.id}/credit`).flush(overLimit(OVER.id));
    const probe = http.expectOne('/api/v1/credit/check');
    expect(probe.request.body).toEqual({ customerId: OVER.id, documentType: 'sales_order', amount: '0.00' });
    probe.flush(check(overLimit(OVER.id), true));
    await fixture.whenStable();

    const blocked = option('LEBIH');
    expect(blocked.getAttribute('aria-disabled')).toBe('false');
    expect(blocked.textContent).toContain('dapat di-override dengan alasan');
    blocked.click();
    await fixture.whenStable();
    const picked = fixture.componentInstance.picked;
    expect(picked?.customer.code).toBe('LEBIH');
    expect(picked?.blocked).toBe(true);
    expect(picked?.overridable).toBe(true);
    expect(input.value).toBe('LEBIH — Toko LEBIH');

    // Typing again forgets the choice.
    input.value = 'lain';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(fixture.componentInstance.picked).toBeNull();
    await wait(5);
    http.expectOne('/api/v1/customers?q=lain&page=1&pageSize=10').flush(page([]));
  });

  it('keeps it disabled when the bypass is off (the check says not overridable)', async () => {
    const { fixture, http } = await search(['customers:read', 'transactions:create', 'credit:override']);
    http.expectOne(`/api/v1/customers/${SAFE.id}/credit`).flush(credit(SAFE.id));
    http.expectOne(`/api/v1/customers/${OVER.id}/credit`).flush(overLimit(OVER.id));
    http.expectOne('/api/v1/credit/check').flush(check(overLimit(OVER.id), false));
    await fixture.whenStable();
    expect(option('LEBIH').getAttribute('aria-disabled')).toBe('true');
  });

  it('in warning mode an overlimit customer can be chosen, flagged', async () => {
    const { fixture, http } = await search(['customers:read', 'transactions:create']);
    http.expectOne(`/api/v1/customers/${SAFE.id}/credit`).flush(credit(SAFE.id));
    http.expectOne(`/api/v1/customers/${OVER.id}/credit`).flush({ ...overLimit(OVER.id), blocked: false, enforcementMode: 'warning' });
    await fixture.whenStable();
    const over = option('LEBIH');
    expect(over.getAttribute('aria-disabled')).toBe('false');
    expect(over.textContent).toContain('Melebihi limit (mode peringatan)');
  });

  it('as a list filter it reads no credit', async () => {
    const { fixture, http } = await search(['customers:read'], false);
    http.expectNone(`/api/v1/customers/${OVER.id}/credit`);
    await fixture.whenStable();
    expect(option('LEBIH').getAttribute('aria-disabled')).toBe('false');
  });
});
