import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService, authInterceptor } from '@niaga/backoffice/core';
import { provideNiagaIcons } from '@niaga/backoffice/ui';
import type { Permission } from '@niaga/shared/contracts';
import { notification, signIn } from '../testing/fixtures';
import { NotificationBell } from './notification-bell';

@Component({ template: '' })
class Blank {}

const COUNT_URL = '/api/v1/notifications/unread-count';
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(permissions: Permission[] = ['notifications:read']) {
  signIn(permissions);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'notifications', component: Blank },
        { path: 'notifications/recaps/:id', component: Blank },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNiagaIcons(),
    ],
  });
  const fixture = TestBed.createComponent(NotificationBell);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const el = fixture.nativeElement as HTMLElement;
  const bell = () => el.querySelector<HTMLButtonElement>('[data-testid="notification-bell"]');
  const stable = () => fixture.whenStable();
  return { fixture, http, el, bell, stable };
}

async function openMenu(
  ctx: Awaited<ReturnType<typeof render>>,
  items = [
    notification({ id: 'n-1' }),
    notification({
      id: 'n-2',
      readAt: '2026-05-03T01:00:00Z',
      data: { recapId: 'r-2', date: '2026-05-03', trigger: 'manual', warningCount: 0, overlimitCount: 4 },
    }),
  ],
) {
  ctx.bell()?.click();
  await ctx.stable();
  ctx.http.expectOne(COUNT_URL).flush({ count: 1 });
  const req = ctx.http.expectOne((r) => r.url === '/api/v1/notifications');
  expect(req.request.params.get('pageSize')).toBe('6');
  expect(req.request.params.get('page')).toBe('1');
  req.flush({ items, total: items.length, page: 1, pageSize: 6 });
  await ctx.stable();
}

describe('NotificationBell', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = '')));

  it('is hidden, and asks nothing, for a user without notifications:read', async () => {
    const { bell, http } = await render(['customers:read']);
    expect(bell()).toBeNull();
    http.expectNone(COUNT_URL);
  });

  it('shows the unread count as a badge and in its label', async () => {
    const { bell, http, stable, el } = await render();
    http.expectOne(COUNT_URL).flush({ count: 3 });
    await stable();
    expect(bell()?.getAttribute('aria-label')).toBe('Notifikasi, 3 belum dibaca');
    expect(text(el.querySelector('.mat-badge-content'))).toBe('3');
    expect(bell()?.classList).not.toContain('mat-badge-hidden');
  });

  it('hides the badge at zero and caps it at 99+', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 0 });
    await ctx.stable();
    expect(ctx.bell()?.getAttribute('aria-label')).toBe('Notifikasi');
    expect(ctx.bell()?.classList).toContain('mat-badge-hidden');

    TestBed.inject(I18nService).setLanguage('en');
    ctx.fixture.componentInstance['center'].refresh();
    ctx.http.expectOne(COUNT_URL).flush({ count: 120 });
    await ctx.stable();
    expect(text(ctx.el.querySelector('.mat-badge-content'))).toBe('99+');
    expect(ctx.bell()?.getAttribute('aria-label')).toBe('Notifications, 120 unread');
  });

  it('lists the latest notifications when opened, unread in bold, with "see all"', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 1 });
    await openMenu(ctx);

    const first = document.querySelector('[data-testid="bell-item-n-1"]');
    const second = document.querySelector('[data-testid="bell-item-n-2"]');
    expect(first?.classList).toContain('niaga-notification-menu__item--unread');
    expect(second?.classList).not.toContain('niaga-notification-menu__item--unread');
    expect(text(first)).toContain('Rekap kredit 4 Mei 2026');
    expect(text(first)).toContain('1 melewati batas · 2 peringatan');
    expect(text(second)).toContain('Rekap kredit 3 Mei 2026 (Manual)');
    expect(document.querySelector('[data-testid="bell-see-all"]')?.getAttribute('href')).toBe('/notifications');
  });

  it('marks a clicked notification read and opens its recap', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 1 });
    await openMenu(ctx);

    document.querySelector<HTMLButtonElement>('[data-testid="bell-item-n-1"]')?.click();
    await ctx.stable();
    ctx.http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
      .flush(notification({ id: 'n-1', readAt: '2026-05-04T03:00:00Z' }));
    ctx.http.expectOne(COUNT_URL).flush({ count: 0 });
    await ctx.stable();
    expect(TestBed.inject(Router).url).toBe('/notifications/recaps/recap-n-1');
    expect(ctx.bell()?.classList).toContain('mat-badge-hidden');
  });

  it('opens a read notification without marking it again', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 1 });
    await openMenu(ctx);
    document.querySelector<HTMLButtonElement>('[data-testid="bell-item-n-2"]')?.click();
    await ctx.stable();
    ctx.http.expectNone('/api/v1/notifications/n-2/read');
    expect(TestBed.inject(Router).url).toBe('/notifications/recaps/r-2');
  });

  it('marks all as read and stays open', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 1 });
    await openMenu(ctx);

    document.querySelector<HTMLButtonElement>('[data-testid="bell-mark-all"]')?.click();
    await ctx.stable();
    ctx.http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' }).flush({ updated: 1 });
    ctx.http.expectOne(COUNT_URL).flush({ count: 0 });
    await ctx.stable();
    expect(document.querySelector('[data-testid="bell-item-n-1"]')?.classList).not.toContain('niaga-notification-menu__item--unread');
    expect(document.querySelector<HTMLButtonElement>('[data-testid="bell-mark-all"]')?.disabled).toBe(true);
    expect(ctx.bell()?.classList).toContain('mat-badge-hidden');
  });

  it('says so when there is nothing, or when the list cannot be loaded', async () => {
    const ctx = await render();
    ctx.http.expectOne(COUNT_URL).flush({ count: 0 });
    await openMenu(ctx, []);
    expect(text(document.querySelector('[data-testid="bell-empty"]'))).toBe('Belum ada notifikasi.');

    ctx.fixture.componentInstance['load']();
    ctx.http.expectOne(COUNT_URL).flush({ count: 0 });
    ctx.http.expectOne((r) => r.url === '/api/v1/notifications').flush(null, { status: 0, statusText: 'Unknown Error' });
    await ctx.stable();
    expect(text(document.querySelector('[data-testid="bell-error"]'))).toBe(
      'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    );
  });
});
