import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { I18nService } from '@niaga/backoffice/core';
import { customer } from '../../testing/fixtures';
import { CustomerTopProducts } from './customer-top-products';

const C1 = customer(1);
const URL_ = `/api/v1/customers/${C1.id}/top-products`;

async function render() {
  TestBed.configureTestingModule({
    providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }, provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(I18nService).setLanguage('id');
  const fixture = TestBed.createComponent(CustomerTopProducts);
  fixture.componentRef.setInput('customerId', C1.id);
  const stable = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  await stable();
  const el = fixture.nativeElement as HTMLElement;
  return { http: TestBed.inject(HttpTestingController), stable, el, byTestId: <E extends Element = HTMLElement>(id: string) => el.querySelector(`[data-testid="${id}"]`) as E | null };
}

const change = (input: HTMLInputElement | null, value: string) => {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('change'));
};

describe('CustomerTopProducts', () => {
  it('shows the top products of the period and re-asks when the period or ranking changes', async () => {
    const { http, stable, el, byTestId } = await render();
    const first = http.expectOne((r) => r.url === URL_);
    expect(first.request.params.get('by')).toBe('quantity');
    first.flush([{ productId: 'p1', code: 'P-1', name: 'Beras', quantity: '12.5', orders: 3 }]);
    await stable();
    const row = el.querySelector('[data-testid="top-product-row"]')?.textContent?.replace(/\s+/g, ' ');
    expect(row).toContain('P-1');
    expect(row).toContain('Beras');
    expect(row).toContain('12,5');

    change(byTestId<HTMLInputElement>('top-products-from'), '2026-01-01');
    change(byTestId<HTMLInputElement>('top-products-to'), '2026-01-31');
    await stable();
    const period = http.expectOne((r) => r.url === URL_);
    expect(period.request.params.get('from')).toBe('2026-01-01');
    expect(period.request.params.get('to')).toBe('2026-01-31');
    period.flush([]);
    await stable();
    expect(byTestId('top-products-empty')).not.toBeNull();

    (byTestId('top-products-by-orders')?.querySelector('button') as HTMLButtonElement).click();
    await stable();
    const byOrders = http.expectOne((r) => r.url === URL_);
    expect(byOrders.request.params.get('by')).toBe('orders');
    byOrders.flush([]);

    change(byTestId<HTMLInputElement>('top-products-from'), '2026-02-15');
    await stable();
    expect(byTestId('top-products-bad-period')).not.toBeNull();
    http.expectNone((r) => r.url === URL_);
    http.verify();
  });
});
