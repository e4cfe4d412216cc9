import { TestBed } from '@angular/core/testing';
import { BarChart, type ChartBar } from './bar-chart';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(bars: readonly ChartBar[], emptyText = 'Tidak ada data.') {
  const fixture = TestBed.createComponent(BarChart);
  fixture.componentRef.setInput('bars', bars);
  fixture.componentRef.setInput('caption', 'Umur piutang');
  fixture.componentRef.setInput('emptyText', emptyText);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const widths = () => [...el.querySelectorAll('[data-testid="chart-fill"]')].map((r) => Number(r.getAttribute('width')));
  return { fixture, el, widths };
}

describe('BarChart', () => {
  it('draws one bar per value, its length proportional, with its label and formatted figure', async () => {
    const { el, widths } = await render([
      { key: 'current', label: 'Belum jatuh tempo', value: 1_000_000, display: 'Rp 1.000.000' },
      { key: 'days1to30', label: '1–30 hari', value: 2_000_000, display: 'Rp 2.000.000', tone: 'warning' },
      { key: 'over90', label: '> 90 hari', value: 500_000, display: 'Rp 500.000', tone: 'error' },
      { key: 'days31to60', label: '31–60 hari', value: 0, display: 'Rp 0' },
    ]);
    expect(widths()).toEqual([50, 100, 25, 0]);
    expect(el.querySelector('figure')?.getAttribute('aria-label')).toBe('Umur piutang');
    expect(text(el.querySelector('figcaption'))).toBe('Umur piutang');
    const row = el.querySelector('[data-testid="chart-bar-days1to30"]');
    expect(text(row?.querySelector('.label'))).toBe('1–30 hari');
    expect(text(row?.querySelector('[data-testid="chart-value"]'))).toBe('Rp 2.000.000');
    expect(row?.querySelector('[data-testid="chart-fill"]')?.getAttribute('class')).toBe('fill tone-warning');
    expect(el.querySelector('[data-testid="chart-bar-current"] [data-testid="chart-fill"]')?.getAttribute('class')).toBe('fill tone-primary');
    expect(el.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 100 10');
    expect(el.querySelector('[data-testid="chart-empty"]')).toBeNull();
  });

  it('follows new values', async () => {
    const { fixture, widths } = await render([
      { key: 'a', label: 'A', value: 1, display: '1' },
      { key: 'b', label: 'B', value: 4, display: '4' },
    ]);
    expect(widths()).toEqual([25, 100]);
    fixture.componentRef.setInput('bars', [
      { key: 'a', label: 'A', value: 3, display: '3' },
      { key: 'b', label: 'B', value: 3, display: '3' },
    ]);
    await fixture.whenStable();
    expect(widths()).toEqual([100, 100]);
  });

  it('shows the empty text for no bars, and zero-length bars with the text when everything is zero', async () => {
    const none = await render([]);
    expect(none.el.querySelectorAll('[data-testid^="chart-bar-"]')).toHaveLength(0);
    expect(text(none.el.querySelector('[data-testid="chart-empty"]'))).toBe('Tidak ada data.');
    TestBed.resetTestingModule();

    const zeros = await render([
      { key: 'a', label: 'A', value: 0, display: 'Rp 0' },
      { key: 'b', label: 'B', value: 0, display: 'Rp 0' },
    ]);
    expect(zeros.widths()).toEqual([0, 0]);
    expect(text(zeros.el.querySelector('[data-testid="chart-empty"]'))).toBe('Tidak ada data.');
  });

  it('shows no empty text when none is given', async () => {
    const { el } = await render([], '');
    expect(el.querySelector('[data-testid="chart-empty"]')).toBeNull();
  });
});
