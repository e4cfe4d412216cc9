import { TestBed } from '@angular/core/testing';
import { I18nService } from '@niaga/backoffice/core';
import { GROUPS, creditReport, creditRow } from '../../testing/fixtures';
import { renderPage, text } from '../../testing/render';
import { CreditUtilizationPage } from './credit-utilization-page';

const URL = '/api/v1/reports/credit-utilization';
const G = GROUPS.items[1].id;

async function loaded() {
  const ctx = await renderPage(CreditUtilizationPage, URL);
  const req = ctx.expectReport();
  expect(req.request.params.toString()).toBe('page=1&pageSize=50');
  req.flush(creditReport());
  ctx.flushGroups();
  await ctx.stable();
  return ctx;
}

const widths = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="chart-fill"]')].map((r) => r.getAttribute('width'));

describe('CreditUtilizationPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('lists each customer with a status badge, limits in IDR and utilisation in %', async () => {
    const { el } = await loaded();
    expect([...el.querySelectorAll('th')].map((th) => text(th))).toEqual([
      'Kode',
      'Nama',
      'Kelompok',
      'Status',
      'Piutang terpakai',
      'Dok. terbuka',
      'Lewat tempo',
      'Pemakaian',
    ]);
    const warning = el.querySelector('[data-testid="credit-row-c-1"]');
    expect(text(warning?.querySelector('[data-testid="credit-status"]'))).toBe('Peringatan');
    expect(warning?.querySelector('[data-testid="credit-status"]')?.classList).toContain('status-warning');
    expect(text(warning)).toContain('GROSIR');
    expect(text(warning?.querySelector('[data-testid="cell-limit"]'))).toBe('dari Rp 1.000.000');
    expect(text(warning?.querySelector('[data-testid="cell-used"]'))).toBe('Rp 850.000');
    expect(text(warning?.querySelector('[data-testid="cell-amount-utilization"]'))).toBe('85%');
    expect(text(warning?.querySelector('[data-testid="cell-open-documents"]'))).toBe('2 / 5');
    expect(text(warning?.querySelector('[data-testid="cell-utilization"]'))).toBe('85%');

    const over = el.querySelector('[data-testid="credit-row-c-2"]');
    expect(text(over?.querySelector('[data-testid="credit-status"]'))).toBe('Melewati batas');
    expect(text(over?.querySelector('[data-testid="cell-utilization"]'))).toBe('125%');
    expect(over?.querySelector('[data-testid="cell-utilization"]')?.classList).toContain('over');
    expect(text(over?.querySelector('[data-testid="cell-overdue"]'))).toBe('1');
    expect(text(over?.querySelector('td:nth-child(3)'))).toBe('—');

    const none = el.querySelector('[data-testid="credit-row-c-3"]');
    expect(text(none?.querySelector('[data-testid="credit-status"]'))).toBe('Tanpa batas');
    expect(text(none?.querySelector('[data-testid="cell-limit"]'))).toBe('tanpa batas');
    expect(text(none?.querySelector('[data-testid="cell-utilization"]'))).toBe('—');
    expect(none?.querySelector('[data-testid="cell-amount-utilization"]')).toBeNull();
    expect(text(none?.querySelector('[data-testid="cell-used"]'))).toBe('Rp 0');
    expect(none?.querySelector('[data-testid="customer-link"]')?.getAttribute('href')).toBe('/sales/customers/c-3');
  });

  it('charts the customers per status from the totals', async () => {
    const { el } = await loaded();
    const chart = el.querySelector<HTMLElement>('[data-testid="credit-chart"]');
    expect(text(chart?.querySelector('figcaption'))).toBe('Pelanggan menurut status kredit');
    expect(widths(chart as HTMLElement)).toEqual(['100', '25', '25', '25']);
    expect([...(chart?.querySelectorAll('[data-testid="chart-value"]') ?? [])].map((v) => text(v))).toEqual(['4', '1', '1', '1']);
    expect(text(chart?.querySelector('[data-testid="chart-bar-overlimit"]'))).toContain('Melewati batas');
  });

  it('filters by status, keeping the chart on every status of the group', async () => {
    const { el, http, choose, expectReport, stable } = await loaded();
    await choose('report-group-filter', 'group-option-RITEL');
    let req = expectReport();
    expect(req.request.params.toString()).toBe(`groupId=${G}&page=1&pageSize=50`);
    req.flush(creditReport({ totals: { safe: 2, warning: 2, overlimit: 1, no_limit: 0 } }));
    await stable();
    expect(widths(el)).toEqual(['100', '100', '50', '0']);

    await choose('credit-status-filter', 'status-option-overlimit');
    const requests = http.match((r) => r.url === URL);
    expect(requests.map((r) => r.request.params.toString())).toEqual([
      `groupId=${G}&status=overlimit&page=1&pageSize=50`,
      `groupId=${G}&page=1&pageSize=1`,
    ]);
    requests[0].flush(
      creditReport({
        items: [creditRow({ customerId: 'c-2', code: 'C-002', status: 'overlimit' })],
        total: 1,
        totals: { safe: 0, warning: 0, overlimit: 1, no_limit: 0 },
      }),
    );
    requests[1].flush(creditReport({ totals: { safe: 2, warning: 2, overlimit: 1, no_limit: 0 } }));
    await stable();
    expect(el.querySelectorAll('[data-testid^="credit-row-"]')).toHaveLength(1);
    expect(widths(el)).toEqual(['100', '100', '50', '0']);

    await choose('credit-status-filter', 'status-option-all');
    req = expectReport();
    expect(req.request.params.toString()).toBe(`groupId=${G}&page=1&pageSize=50`);
    req.flush(creditReport({ items: [], total: 0, totals: { safe: 0, warning: 0, overlimit: 0, no_limit: 0 } }));
    await stable();
    expect(text(el.querySelector('[data-testid="report-empty"]'))).toBe('Tidak ada pelanggan dengan filter ini.');
    expect(text(el.querySelector('[data-testid="chart-empty"]'))).toBe('Tidak ada pelanggan.');
  });

  it('downloads the CSV with the filters on screen', async () => {
    const { click, choose, http, expectCsv, saver, stable } = await loaded();
    await choose('credit-status-filter', 'status-option-warning');
    http.match((r) => r.url === URL).forEach((r) => r.flush(creditReport()));
    await stable();
    await click('[data-testid="report-export"]');
    const req = expectCsv();
    expect(req.request.params.toString()).toBe('status=warning&format=csv');
    req.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="credit-utilization-2026-05-20.csv"' } });
    await stable();
    expect(saver.save).toHaveBeenCalledWith(expect.any(Blob), 'credit-utilization-2026-05-20.csv');
  });

  it('shows the group filter without groups when they cannot be loaded, and follows the language', async () => {
    const ctx = await renderPage(CreditUtilizationPage, URL);
    ctx.expectReport().flush(creditReport());
    ctx.http
      .expectOne((r) => r.url === '/api/v1/customer-groups')
      .flush({ status: 403, title: 'Forbidden', code: 'FORBIDDEN', detail: 'x' }, { status: 403, statusText: 'Forbidden' });
    await ctx.stable();
    expect(text(ctx.el.querySelector('[data-testid="groups-failed"]'))).toBe('Daftar kelompok tidak dapat dimuat.');

    TestBed.inject(I18nService).setLanguage('en');
    await ctx.stable();
    expect(text(ctx.el.querySelector('[data-testid="credit-row-c-2"] [data-testid="credit-status"]'))).toBe('Over limit');
    expect(text(ctx.el.querySelector('[data-testid="credit-row-c-2"] [data-testid="cell-limit"]'))).toBe('of Rp 1.000.000');
    expect(text(ctx.el.querySelector('[data-testid="credit-row-c-2"] [data-testid="cell-amount-utilization"]'))).toBe('125%');
    expect(text(ctx.el.querySelector('[data-testid="credit-row-c-3"] [data-testid="cell-limit"]'))).toBe('no limit');
  });
});
