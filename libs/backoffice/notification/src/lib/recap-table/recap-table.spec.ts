import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@niaga/backoffice/core';
import type { CreditRecapRow } from '@niaga/shared/contracts';
import { NOTIFICATION_TEXTS } from '../notification.texts';
import { recap } from '../testing/fixtures';
import { RecapTable } from './recap-table';

async function render(rows: readonly CreditRecapRow[], emptyText = 'Kosong') {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  TestBed.inject(I18nService).registerTranslations(NOTIFICATION_TEXTS);
  const fixture = TestBed.createComponent(RecapTable);
  fixture.componentRef.setInput('rows', rows);
  fixture.componentRef.setInput('kind', 'overlimit');
  fixture.componentRef.setInput('emptyText', emptyText);
  fixture.componentRef.setInput('groupNames', new Map([['g-2', 'Ritel Jakarta']]));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const codes = () => [...el.querySelectorAll('[data-testid="recap-customer-link"]')].map((a) => a.textContent?.trim());
  const cells = (customerId: string) =>
    [...el.querySelectorAll(`[data-testid="recap-row-${customerId}"] td`)].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
  return { fixture, el, codes, cells };
}

describe('RecapTable', () => {
  beforeEach(() => localStorage.clear());

  it('shows each customer with a link, group, IDR amounts, open documents and utilisation, highest first', async () => {
    const { el, codes, cells } = await render([...recap().overlimit, ...recap().warning]);
    expect(el.querySelector('[data-testid="recap-table-overlimit"]')).not.toBeNull();
    expect(codes()).toEqual(['C-004', 'C-003', 'C-001', 'C-002']);
    expect(cells('c-3')).toEqual(['C-003', 'Toko Makmur', 'RITEL', 'Rp 2.000.000', 'Rp 2.500.000', '1', '0', '125%']);
    expect(cells('c-4')).toEqual(['C-004', 'UD Sentosa', '—', 'tanpa batas', 'Rp 300.000', '3 / 2', '0', '150%']);
    expect(el.querySelector('[data-testid="recap-row-c-3"] a')?.getAttribute('href')).toBe('/sales/customers/c-3');
    expect(el.querySelector('[data-testid="recap-row-c-3"] td:nth-child(3)')?.getAttribute('title')).toBe('Ritel Jakarta');
    expect(el.querySelector('[data-testid="recap-row-c-3"] [data-testid="recap-utilization"]')?.classList).toContain('over');
  });

  it('sorts by a clicked column, ascending then descending', async () => {
    const { fixture, el, codes } = await render([...recap().overlimit, ...recap().warning]);
    el.querySelector<HTMLElement>('[data-testid="sort-code"]')?.click();
    await fixture.whenStable();
    expect(codes()).toEqual(['C-001', 'C-002', 'C-003', 'C-004']);
    el.querySelector<HTMLElement>('[data-testid="sort-code"]')?.click();
    await fixture.whenStable();
    expect(codes()).toEqual(['C-004', 'C-003', 'C-002', 'C-001']);
    el.querySelector<HTMLElement>('[data-testid="sort-used"]')?.click();
    await fixture.whenStable();
    expect(codes()).toEqual(['C-004', 'C-002', 'C-001', 'C-003']);
  });

  it('never drops back to "unsorted": the active column toggles between ascending and descending', async () => {
    const { fixture, el, codes } = await render([...recap().overlimit, ...recap().warning]);
    const header = () => el.querySelector<HTMLElement>('[data-testid="sort-utilization"]');
    expect(header()?.getAttribute('aria-sort')).toBe('descending');
    header()?.click();
    await fixture.whenStable();
    expect(header()?.getAttribute('aria-sort')).toBe('ascending');
    expect(codes()).toEqual(['C-002', 'C-001', 'C-003', 'C-004']);
    header()?.click();
    await fixture.whenStable();
    expect(codes()).toEqual(['C-004', 'C-003', 'C-001', 'C-002']);
  });

  it('follows the language', async () => {
    const { fixture, el, cells } = await render(recap().overlimit);
    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(cells('c-4')[3]).toBe('no limit');
    expect(el.querySelector('[data-testid="sort-limit"]')?.textContent).toContain('Limit');
  });

  it('says so when the list is empty', async () => {
    const { el } = await render([], 'Tidak ada pelanggan dalam daftar ini.');
    expect(el.querySelector('[data-testid="recap-empty"]')?.textContent?.trim()).toBe('Tidak ada pelanggan dalam daftar ini.');
  });
});
