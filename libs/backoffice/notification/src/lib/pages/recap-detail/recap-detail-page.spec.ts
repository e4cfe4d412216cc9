import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@niaga/backoffice/core';
import { FileSaver } from '@niaga/backoffice/ui';
import { provideNotificationIcons } from '../../notification-icons';
import { NOTIFICATION_TEXTS } from '../../notification.texts';
import { recap, signIn } from '../../testing/fixtures';
import { RecapDetailPage } from './recap-detail-page';

const GROUPS = {
  items: [
    { id: 'g-1', code: 'GROSIR', name: 'Grosir Jawa' },
    { id: 'g-2', code: 'RITEL', name: 'Ritel Jakarta' },
  ],
  total: 2,
  page: 1,
  pageSize: 200,
};
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(id = 'r-1') {
  signIn(['notifications:read']);
  const saver = { save: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNotificationIcons(),
      { provide: FileSaver, useValue: saver },
    ],
  });
  TestBed.inject(I18nService).registerTranslations(NOTIFICATION_TEXTS);
  const fixture = TestBed.createComponent(RecapDetailPage);
  fixture.componentRef.setInput('id', id);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const el = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const codes = (list: 'overlimit' | 'warning') =>
    [...el.querySelectorAll(`[data-testid="recap-table-${list}"] [data-testid="recap-customer-link"]`)].map((a) => text(a));
  return { fixture, http, el, stable, codes, saver };
}

async function loaded(groups: object | null = GROUPS) {
  const ctx = await render();
  ctx.http.expectOne('/api/v1/credit/recaps/r-1').flush(recap());
  const req = ctx.http.expectOne((r) => r.url === '/api/v1/customer-groups');
  if (groups) req.flush(groups);
  else req.flush({ status: 403, title: 'Forbidden', code: 'FORBIDDEN', detail: 'x' }, { status: 403, statusText: 'Forbidden' });
  await ctx.stable();
  return ctx;
}

async function chooseGroup(ctx: Awaited<ReturnType<typeof render>>, code: string) {
  ctx.el.querySelector<HTMLElement>('[data-testid="recap-group-filter"]')?.click();
  await ctx.stable();
  const option = document.querySelector<HTMLElement>(code ? `[data-testid="group-option-${code}"]` : 'mat-option:first-of-type');
  option?.click();
  await ctx.stable();
}

describe('RecapDetailPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('shows when and how the recap was made, and both lists', async () => {
    const { el, codes } = await loaded();
    expect(text(el.querySelector('h1'))).toBe('Rekap kredit 4 Mei 2026');
    expect(text(el.querySelector('[data-testid="recap-date"]'))).toBe('2026-05-04');
    expect(text(el.querySelector('[data-testid="recap-trigger"]'))).toBe('Terjadwal');
    expect(text(el.querySelector('[data-testid="recap-generated-at"]'))).toContain('2026');
    expect(codes('overlimit')).toEqual(['C-004', 'C-003']);
    expect(codes('warning')).toEqual(['C-001', 'C-002']);
    expect(text(el.querySelector('[data-testid="recap-overlimit-count"]'))).toBe('2');
    expect(text(el.querySelector('[data-testid="recap-warning"] .hint'))).toContain('80 %');
  });

  it('filters both lists by customer group, including "no group"', async () => {
    const ctx = await loaded();
    ctx.el.querySelector<HTMLElement>('[data-testid="recap-group-filter"]')?.click();
    await ctx.stable();
    const labels = [...document.querySelectorAll('mat-option')].map((o) => text(o));
    expect(labels).toEqual(['Semua kelompok', 'GROSIR — Grosir Jawa (1)', 'RITEL — Ritel Jakarta (2)', 'Tanpa kelompok (1)']);
    document.querySelector<HTMLElement>('[data-testid="group-option-RITEL"]')?.click();
    await ctx.stable();
    expect(ctx.codes('overlimit')).toEqual(['C-003']);
    expect(ctx.codes('warning')).toEqual(['C-002']);

    await chooseGroup(ctx, 'none');
    expect(ctx.codes('overlimit')).toEqual(['C-004']);
    expect(ctx.codes('warning')).toEqual([]);
    expect(text(ctx.el.querySelector('[data-testid="recap-table-warning"] [data-testid="recap-empty"]'))).toBe(
      'Tidak ada pelanggan dari kelompok ini dalam daftar ini.',
    );

    await chooseGroup(ctx, '');
    expect(ctx.codes('overlimit')).toEqual(['C-004', 'C-003']);
  });

  it('still filters by group code when the group names cannot be read', async () => {
    const ctx = await loaded(null);
    await chooseGroup(ctx, 'GROSIR');
    expect(ctx.codes('warning')).toEqual(['C-001']);
    expect(ctx.codes('overlimit')).toEqual([]);
  });

  it('downloads the CSV export with the auth-carrying HttpClient', async () => {
    const { el, http, stable, saver } = await loaded();
    el.querySelector<HTMLButtonElement>('[data-testid="recap-export"]')?.click();
    await stable();
    const req = http.expectOne('/api/v1/credit/recaps/r-1/export');
    expect(req.request.responseType).toBe('blob');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="recap-export"]')?.disabled).toBe(true);
    const blob = new Blob(['code,name\n'], { type: 'text/csv' });
    req.flush(blob, { headers: { 'Content-Disposition': 'attachment; filename="credit-recap-2026-05-04.csv"' } });
    await stable();
    expect(saver.save).toHaveBeenCalledWith(blob, 'credit-recap-2026-05-04.csv');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="recap-export"]')?.disabled).toBe(false);
  });

  it('says when the recap does not exist, and retries other failures', async () => {
    const ctx = await render('missing');
    ctx.http
      .expectOne('/api/v1/credit/recaps/missing')
      .flush({ status: 404, title: 'Not Found', code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    expect(ctx.http.expectOne((r) => r.url === '/api/v1/customer-groups').cancelled).toBe(true);
    await ctx.stable();
    expect(text(ctx.el.querySelector('[data-testid="recap-error"] span'))).toBe('Rekap tidak ditemukan.');
    expect(ctx.el.querySelector('[data-testid="recap-export"]')).toBeNull();

    ctx.el.querySelector<HTMLButtonElement>('[data-testid="recap-error"] button')?.click();
    await ctx.stable();
    ctx.http
      .expectOne('/api/v1/credit/recaps/missing')
      .flush({ status: 500, title: 'Error', code: 'INTERNAL', detail: 'Gangguan server.' }, { status: 500, statusText: 'Error' });
    await ctx.stable();
    expect(text(ctx.el.querySelector('[data-testid="recap-error"] span'))).toBe('Gangguan server.');
  });

  it('loads another recap when the id changes', async () => {
    const ctx = await loaded();
    ctx.fixture.componentRef.setInput('id', 'r-2');
    await ctx.stable();
    ctx.http.expectOne('/api/v1/credit/recaps/r-2').flush(recap({ id: 'r-2', date: '2026-05-05', trigger: 'manual', overlimit: [] }));
    ctx.http.expectOne((r) => r.url === '/api/v1/customer-groups').flush(GROUPS);
    await ctx.stable();
    expect(text(ctx.el.querySelector('h1'))).toBe('Rekap kredit 5 Mei 2026');
    expect(text(ctx.el.querySelector('[data-testid="recap-trigger"]'))).toBe('Manual');
    expect(text(ctx.el.querySelector('[data-testid="recap-table-overlimit"] [data-testid="recap-empty"]'))).toBe(
      'Tidak ada pelanggan dalam daftar ini.',
    );
  });

  it('follows the language', async () => {
    const ctx = await loaded();
    TestBed.inject(I18nService).setLanguage('en');
    await ctx.stable();
    expect(text(ctx.el.querySelector('h1'))).toBe('Credit recap 4 May 2026');
    expect(text(ctx.el.querySelector('[data-testid="recap-overlimit"] h2'))).toContain('Overlimit');
    expect(text(ctx.el.querySelector('[data-testid="recap-export"]'))).toBe('Export CSV');
  });
});
