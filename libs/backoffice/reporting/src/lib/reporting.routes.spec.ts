import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '@niaga/backoffice/core';
import { REPORTING_ROUTES } from './reporting.routes';
import { GROUPS, agingReport, creditReport, salesReport, signIn } from './testing/fixtures';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function start(url: string) {
  signIn();
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: 'reports', children: REPORTING_ROUTES }]), provideHttpClient(), provideHttpClientTesting()],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const http = TestBed.inject(HttpTestingController);
  const groups = () => http.expectOne((r) => r.url === '/api/v1/customer-groups').flush(GROUPS);
  return { harness, http, groups, el: () => harness.fixture.nativeElement as HTMLElement };
}

describe('REPORTING_ROUTES', () => {
  beforeEach(() => localStorage.clear());

  it('opens Sales by customer by default, with its texts, tabs and translated paginator', async () => {
    const { harness, http, groups, el } = await start('/reports');
    expect(TestBed.inject(Router).url).toBe('/reports/sales');
    http.expectOne((r) => r.url === '/api/v1/reports/sales').flush(salesReport());
    groups();
    await harness.fixture.whenStable();
    expect(text(el().querySelector('h1'))).toBe('Laporan');
    const tabs = [...el().querySelectorAll('[data-testid^="reports-tab-"]')];
    expect(tabs.map((t) => text(t))).toEqual(['Penjualan per pelanggan', 'Umur piutang', 'Pemakaian kredit']);
    expect(tabs[0].classList).toContain('mdc-tab--active');
    expect(tabs[1].getAttribute('href')).toBe('/reports/receivables-aging');
    expect(text(el().querySelector('.mat-mdc-paginator-page-size-label'))).toBe('Per halaman');
    expect(TestBed.inject(I18nService).t('reports.export')).toBe('Ekspor CSV');
  });

  it('opens the aging and credit tabs by URL', async () => {
    const { harness, http, groups, el } = await start('/reports/receivables-aging');
    http.expectOne((r) => r.url === '/api/v1/reports/receivables-aging').flush(agingReport());
    groups();
    await harness.fixture.whenStable();
    expect(el().querySelector('[data-testid="aging-chart"] svg')).not.toBeNull();

    await harness.navigateByUrl('/reports/credit-utilization');
    http.expectOne((r) => r.url === '/api/v1/reports/credit-utilization').flush(creditReport());
    groups();
    await harness.fixture.whenStable();
    expect(el().querySelector('[data-testid="reports-tab-credit-utilization"]')?.classList).toContain('mdc-tab--active');
    expect(el().querySelector('[data-testid="credit-chart"] svg')).not.toBeNull();
  });
});
