import { TestBed } from '@angular/core/testing';
import { I18nService } from '@niaga/backoffice/core';
import { GROUPS, agingReport } from '../../testing/fixtures';
import { renderPage, text } from '../../testing/render';
import { AgingReportPage } from './aging-report-page';

const URL = '/api/v1/reports/receivables-aging';
const G = GROUPS.items[0].id;
const ZERO = { current: '0.00', days1to30: '0.00', days31to60: '0.00', days61to90: '0.00', over90: '0.00', total: '0.00' };

async function loaded() {
  const ctx = await renderPage(AgingReportPage, URL);
  expect(ctx.el.querySelector('[data-testid="aging-chart"]')).toBeNull();
  const req = ctx.expectReport();
  expect(req.request.params.toString()).toBe('page=1&pageSize=50');
  req.flush(agingReport());
  ctx.flushGroups();
  await ctx.stable();
  return ctx;
}

describe('AgingReportPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('shows the as-of date the API applied, the buckets per customer and the totals row', async () => {
    const { el } = await loaded();
    expect(el.querySelector<HTMLInputElement>('[data-testid="aging-as-of"]')?.value).toBe('2026-05-20');
    expect(text(el.querySelector('[data-testid="aging-as-of-label"]'))).toBe('Per 20 Mei 2026');
    const headers = [...el.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual(['Kode', 'Nama', 'Belum jatuh tempo', '1–30 hari', '31–60 hari', '61–90 hari', '> 90 hari', 'Total piutang']);

    const row = el.querySelector('[data-testid="aging-row-c-1"]');
    expect(text(row?.querySelector('[data-testid="cell-current"]'))).toBe('Rp 100.000');
    expect(text(row?.querySelector('[data-testid="cell-days1to30"]'))).toBe('Rp 200.000');
    expect(text(row?.querySelector('[data-testid="cell-days31to60"]'))).toBe('Rp 0');
    expect(text(row?.querySelector('[data-testid="cell-over90"]'))).toBe('Rp 50.000');
    expect(text(row?.querySelector('[data-testid="cell-total"]'))).toBe('Rp 350.000');
    const totals = el.querySelector('[data-testid="aging-totals"]');
    expect(text(totals?.querySelector('[data-testid="total-days1to30"]'))).toBe('Rp 200.000');
    expect(text(totals?.querySelector('[data-testid="total-total"]'))).toBe('Rp 350.000');
  });

  it('draws the five buckets of the totals as bars, proportional, with IDR labels', async () => {
    const { el } = await loaded();
    const chart = el.querySelector('[data-testid="aging-chart"]');
    expect(text(chart?.querySelector('figcaption'))).toBe('Piutang menurut umur');
    const bars = [...(chart?.querySelectorAll('[data-testid^="chart-bar-"]') ?? [])];
    expect(bars.map((b) => b.getAttribute('data-testid'))).toEqual([
      'chart-bar-current',
      'chart-bar-days1to30',
      'chart-bar-days31to60',
      'chart-bar-days61to90',
      'chart-bar-over90',
    ]);
    expect(bars.map((b) => b.querySelector('[data-testid="chart-fill"]')?.getAttribute('width'))).toEqual(['50', '100', '0', '0', '25']);
    expect(bars.map((b) => text(b.querySelector('[data-testid="chart-value"]')))).toEqual(['Rp 100.000', 'Rp 200.000', 'Rp 0', 'Rp 0', 'Rp 50.000']);
    expect(text(bars[4])).toContain('> 90 hari');
  });

  it('filters by as-of date and group; an empty report says so, chart included', async () => {
    const { el, setDate, choose, expectReport, stable } = await loaded();
    await setDate('aging-as-of', '2026-03-31');
    let req = expectReport();
    expect(req.request.params.toString()).toBe('asOf=2026-03-31&page=1&pageSize=50');
    req.flush(agingReport({ filters: { asOf: '2026-03-31', groupId: null } }));
    await stable();

    await choose('report-group-filter', 'group-option-GROSIR');
    req = expectReport();
    expect(req.request.params.toString()).toBe(`asOf=2026-03-31&groupId=${G}&page=1&pageSize=50`);
    req.flush(agingReport({ items: [], total: 0, totals: ZERO, filters: { asOf: '2026-03-31', groupId: G } }));
    await stable();
    expect(text(el.querySelector('[data-testid="report-empty"]'))).toBe('Tidak ada piutang terbuka per tanggal ini.');
    expect(text(el.querySelector('[data-testid="chart-empty"]'))).toBe('Tidak ada piutang terbuka.');
    expect([...el.querySelectorAll('[data-testid="chart-fill"]')].map((r) => r.getAttribute('width'))).toEqual(['0', '0', '0', '0', '0']);
  });

  it('downloads the CSV as of the date on screen', async () => {
    const { click, expectCsv, saver, stable } = await loaded();
    await click('[data-testid="report-export"]');
    const req = expectCsv();
    expect(req.request.params.toString()).toBe('asOf=2026-05-20&format=csv');
    req.flush(new Blob(['x']));
    await stable();
    expect(saver.save).toHaveBeenCalledWith(expect.any(Blob), 'receivables-aging-2026-05-20.csv');
  });

  it('follows the language, chart labels included', async () => {
    const { el, stable } = await loaded();
    TestBed.inject(I18nService).setLanguage('en');
    await stable();
    expect(text(el.querySelector('[data-testid="chart-bar-over90"]'))).toContain('Over 90 days');
    expect(text(el.querySelector('[data-testid="aging-as-of-label"]'))).toBe('As of 20 May 2026');
  });
});
