import { TestBed } from '@angular/core/testing';
import { I18nService } from '@niaga/backoffice/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GROUPS, salesReport, salesRow } from '../../testing/fixtures';
import { renderPage, text } from '../../testing/render';
import { SalesReportPage } from './sales-report-page';

const URL = '/api/v1/reports/sales';
const G = GROUPS.items[1].id;

async function loaded() {
  const ctx = await renderPage(SalesReportPage, URL);
  const req = ctx.expectReport();
  expect(req.request.params.toString()).toBe('page=1&pageSize=50');
  req.flush(salesReport());
  ctx.flushGroups();
  await ctx.stable();
  return ctx;
}

describe('SalesReportPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('shows the period the API applied, a row per customer in IDR and the totals row', async () => {
    const { el } = await loaded();
    expect(el.querySelector<HTMLInputElement>('[data-testid="sales-from"]')?.value).toBe('2026-05-01');
    expect(el.querySelector<HTMLInputElement>('[data-testid="sales-to"]')?.value).toBe('2026-05-20');
    expect(text(el.querySelector('[data-testid="sales-period"]'))).toBe('Periode 1 Mei 2026 – 20 Mei 2026');

    const row = el.querySelector('[data-testid="sales-row-c-1"]');
    expect(text(row?.querySelector('[data-testid="customer-link"]'))).toBe('C-001');
    expect(row?.querySelector('[data-testid="customer-link"]')?.getAttribute('href')).toBe('/sales/customers/c-1');
    expect(text(row)).toContain('Toko Abadi');
    expect(text(row?.querySelector('[data-testid="cell-orders"]'))).toBe('2');
    expect(text(row?.querySelector('[data-testid="cell-ordered"]'))).toBe('Rp 1.500.000');
    expect(text(row?.querySelector('[data-testid="cell-invoiced"]'))).toBe('Rp 1.000.000');
    expect(text(row?.querySelector('[data-testid="cell-paid"]'))).toBe('Rp 250.000,50');

    const totals = el.querySelector('[data-testid="sales-totals"]');
    expect(totals?.classList).not.toContain('hidden');
    expect(text(totals)).toContain('Total');
    expect(text(totals)).toContain('2 pelanggan');
    expect(text(totals?.querySelector('[data-testid="total-orders"]'))).toBe('3');
    expect(text(totals?.querySelector('[data-testid="total-ordered"]'))).toBe('Rp 3.000.000');
    expect(text(totals?.querySelector('[data-testid="total-paid"]'))).toBe('Rp 500.001');
    expect(text(el.querySelector('.mat-mdc-paginator-range-label'))).toBe('1–2 dari 2');
  });

  it('applies a period and a group, back to the first page', async () => {
    const { fixture, expectReport, setDate, choose, stable } = await loaded();
    fixture.componentInstance['report'].setPage({ pageIndex: 1, pageSize: 20 });
    await stable();
    expect(expectReport().request.params.toString()).toBe('page=2&pageSize=20');

    await setDate('sales-from', '2026-04-01');
    let req = expectReport();
    expect(req.request.params.toString()).toBe('from=2026-04-01&to=2026-05-20&page=1&pageSize=20');
    req.flush(salesReport({ filters: { from: '2026-04-01', to: '2026-05-20', groupId: null } }));
    await stable();

    await choose('report-group-filter', 'group-option-RITEL');
    req = expectReport();
    expect(req.request.params.toString()).toBe(`from=2026-04-01&to=2026-05-20&groupId=${G}&page=1&pageSize=20`);
    req.flush(salesReport({ items: [], total: 0, totals: { orders: 0, ordered: '0.00', invoiced: '0.00', paid: '0.00' } }));
    await stable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el.querySelector('[data-testid="report-empty"]'))).toBe('Tidak ada penjualan dalam periode ini.');
    expect(el.querySelector('[data-testid="sales-totals"]')?.classList).toContain('hidden');

    await choose('report-group-filter', 'group-option-all');
    expect(expectReport().request.params.get('groupId')).toBeNull();
  });

  it('refuses a start after the end without asking the API, and recovers', async () => {
    const { el, http, setDate, expectReport } = await loaded();
    await setDate('sales-from', '2026-06-01');
    http.expectNone((r) => r.url === URL);
    expect(text(el.querySelector('[data-testid="period-invalid"]'))).toBe('Tanggal awal tidak boleh setelah tanggal akhir.');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="report-export"]')?.disabled).toBe(true);

    await setDate('sales-to', '2026-06-30');
    expect(expectReport().request.params.toString()).toBe('from=2026-06-01&to=2026-06-30&page=1&pageSize=50');
    expect(el.querySelector('[data-testid="period-invalid"]')).toBeNull();
  });

  it('shows the API problem (a 400 with field errors) and retries', async () => {
    const { el, click, expectReport, setDate, stable } = await loaded();
    await setDate('sales-to', '');
    expectReport().flush(
      {
        status: 400,
        title: 'Validation failed',
        code: 'VALIDATION_FAILED',
        detail: 'The request has invalid fields.',
        errors: [{ field: 'from', message: 'Must not be after "to".' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(text(el.querySelector('[data-testid="report-error"] span'))).toBe('The request has invalid fields. from: Must not be after "to".');
    await click('[data-testid="report-error"] button');
    expectReport().flush(salesReport());
    await stable();
    expect(el.querySelector('[data-testid="report-error"]')).toBeNull();
  });

  it('downloads the CSV of the period and group on screen', async () => {
    const { expectCsv, click, saver, stable, choose, expectReport } = await loaded();
    await choose('report-group-filter', 'group-option-RITEL');
    expectReport().flush(salesReport());
    await stable();

    await click('[data-testid="report-export"]');
    const req = expectCsv();
    expect(req.request.params.toString()).toBe(`from=2026-05-01&to=2026-05-20&groupId=${G}&format=csv`);
    expect(req.request.responseType).toBe('blob');
    const blob = new Blob(['code,name\n']);
    req.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="sales-2026-05-01-2026-05-20.csv"' } });
    await stable();
    expect(saver.save).toHaveBeenCalledWith(blob, 'sales-2026-05-01-2026-05-20.csv');
  });

  it('tells when the CSV cannot be downloaded', async () => {
    const { expectCsv, click, stable } = await loaded();
    const open = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    await click('[data-testid="report-export"]');
    expectCsv().flush(new Blob(['x']), { status: 500, statusText: 'Error' });
    await stable();
    expect(open).toHaveBeenCalledWith('File CSV tidak dapat diunduh.', undefined, { duration: 5000 });
  });

  it('shows codes without links to a user who cannot open customers, and follows the language', async () => {
    const ctx = await renderPage(SalesReportPage, URL, ['reports:read']);
    ctx.expectReport().flush(salesReport({ items: [salesRow({ customerId: 'c-9', code: 'C-009' })], total: 1 }));
    ctx.flushGroups();
    await ctx.stable();
    expect(ctx.el.querySelector('[data-testid="customer-link"]')).toBeNull();
    expect(text(ctx.el.querySelector('[data-testid="sales-row-c-9"]'))).toContain('C-009');

    TestBed.inject(I18nService).setLanguage('en');
    await ctx.stable();
    expect(text(ctx.el.querySelector('[data-testid="sales-period"]'))).toBe('Period 1 May 2026 – 20 May 2026');
    expect(text(ctx.el.querySelector('[data-testid="report-export"]'))).toBe('Export CSV');
    expect(text(ctx.el.querySelector('th'))).toBe('Code');
  });
});
