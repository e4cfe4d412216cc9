import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreditSettingsApi } from './credit-settings.api';
import { ProductsApi } from './products.api';

describe('settings data access', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));

  it('reads and replaces the credit settings', () => {
    const api = TestBed.inject(CreditSettingsApi);
    const http = TestBed.inject(HttpTestingController);
    api.get().subscribe();
    expect(http.expectOne('/api/v1/settings/credit').request.method).toBe('GET');
    const body = {
      defaults: { openDocuments: { mode: 'inherit' as const } },
      enforcementMode: 'blocking' as const,
      allowBackofficeBypass: true,
      warningThresholdPercent: 80,
      overdueGraceDays: 0,
      recapTime: '07:00',
      timeZone: 'Asia/Jakarta',
    };
    api.save(body).subscribe();
    const put = http.expectOne('/api/v1/settings/credit');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual(body);
    http.verify();
  });

  it('lists products with a trimmed query and paging, and creates one', () => {
    const api = TestBed.inject(ProductsApi);
    const http = TestBed.inject(HttpTestingController);
    api.list({ q: ' gula ', page: 2, pageSize: 10 }).subscribe();
    http.expectOne('/api/v1/products?q=gula&page=2&pageSize=10');
    api.list().subscribe();
    http.expectOne('/api/v1/products');
    api.create({ code: 'P-1', name: 'Gula', unitPrice: '15000.00' }).subscribe();
    const post = http.expectOne('/api/v1/products');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ code: 'P-1', name: 'Gula', unitPrice: '15000.00' });
    http.verify();
  });
});
