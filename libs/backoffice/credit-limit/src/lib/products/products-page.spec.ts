import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@niaga/backoffice/core';
import type { Page, ProductView } from '@niaga/shared/contracts';
import { CREDIT_LIMIT_TEXTS } from '../credit-limit.texts';
import { ProductsPage } from './products-page';

const product = (code: string, unitPrice: string): ProductView => ({
  id: `id-${code}`,
  code,
  name: `Produk ${code}`,
  unitPrice,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const page = (items: ProductView[]): Page<ProductView> => ({ items, total: items.length, page: 1, pageSize: 20 });

async function render() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations(CREDIT_LIMIT_TEXTS)] });
  const fixture = TestBed.createComponent(ProductsPage);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/v1/products?page=1&pageSize=20').flush(page([product('GULA', '15000.00')]));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const type = async (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  return { fixture, el, http, type };
}

describe('ProductsPage', () => {
  it('lists products with their price in rupiah', async () => {
    const { el } = await render();
    expect(el.querySelectorAll('[data-testid="product-row"]')).toHaveLength(1);
    expect(el.querySelector('[data-testid="product-table"]')?.textContent).toContain('Rp 15.000');
  });

  it('creates a product with the price as a decimal string, then reloads', async () => {
    const { el, http, type, fixture } = await render();
    await type('product-code', 'TEH-1');
    await type('product-name', 'Teh');
    await type('product-price', '2500,5');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/products' });
    expect(post.request.body).toEqual({ code: 'TEH-1', name: 'Teh', unitPrice: '2500.5' });
    post.flush(product('TEH-1', '2500.50'));
    http.expectOne('/api/v1/products?page=1&pageSize=20').flush(page([product('GULA', '15000.00'), product('TEH-1', '2500.50')]));
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-testid="product-row"]')).toHaveLength(2);
  });

  it('shows a duplicate code on the field and refuses bad input locally', async () => {
    const { el, http, type, fixture } = await render();
    await type('product-code', 'bad code!');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/v1/products' });
    expect(el.textContent).toContain('Gunakan 1–30 huruf');

    await type('product-code', 'GULA');
    await type('product-name', 'Gula');
    await type('product-price', '15000');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: '/api/v1/products' }).flush(
      { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Taken.', code: 'PRODUCT_CODE_TAKEN', errors: [{ field: 'code', message: 'This code is already used.' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('This code is already used.');
  });
});
