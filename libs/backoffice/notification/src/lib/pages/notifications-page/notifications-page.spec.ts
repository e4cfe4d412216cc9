import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService } from '@niaga/backoffice/core';
import type { NotificationView, Permission } from '@niaga/shared/contracts';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { NotificationPaginatorIntl } from '../../notification-paginator-intl';
import { provideNotificationIcons } from '../../notification-icons';
import { NOTIFICATION_TEXTS } from '../../notification.texts';
import { notification, recap, signIn } from '../../testing/fixtures';
import { NotificationsPage } from './notifications-page';

@Component({ template: '' })
class Blank {}

const LIST_URL = '/api/v1/notifications';
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function page(items: NotificationView[], total = items.length, pageNo = 1, pageSize = 20) {
  return { items, total, page: pageNo, pageSize };
}

async function render(permissions: Permission[] = ['notifications:read']) {
  signIn(permissions);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'notifications/recaps/:id', component: Blank }]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MatPaginatorIntl, useClass: NotificationPaginatorIntl },
      provideNotificationIcons(),
    ],
  });
  TestBed.inject(I18nService).registerTranslations(NOTIFICATION_TEXTS);
  const fixture = TestBed.createComponent(NotificationsPage);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const el = fixture.nativeElement as HTMLElement;
  const expectList = (): TestRequest => http.expectOne((r) => r.url === LIST_URL);
  const stable = () => fixture.whenStable();
  const click = async (selector: string) => {
    el.querySelector<HTMLElement>(selector)?.click();
    await stable();
  };
  return { fixture, http, el, expectList, stable, click };
}

describe('NotificationsPage', () => {
  beforeEach(() => localStorage.clear());

  it('lists the first page, newest first, unread in bold, with a paginator in Indonesian', async () => {
    const { el, expectList, stable } = await render();
    const req = expectList();
    expect(req.request.params.toString()).toBe('page=1&pageSize=20');
    req.flush(page([notification({ id: 'n-1' }), notification({ id: 'n-2', readAt: '2026-05-04T05:00:00Z' })], 42));
    await stable();

    expect(text(el.querySelector('h1'))).toBe('Notifikasi');
    const first = el.querySelector('[data-testid="notification-row-n-1"]');
    expect(first?.classList).toContain('unread-row');
    expect(text(first?.querySelector('[data-testid="notification-status"]'))).toBe('Belum dibaca');
    expect(text(first)).toContain('1 melewati batas · 2 peringatan');
    expect(first?.querySelector('[data-testid="notification-mark-read"]')).not.toBeNull();
    const second = el.querySelector('[data-testid="notification-row-n-2"]');
    expect(text(second?.querySelector('[data-testid="notification-status"]'))).toBe('Dibaca');
    expect(second?.querySelector('[data-testid="notification-mark-read"]')).toBeNull();
    expect(text(el.querySelector('.mat-mdc-paginator-range-label'))).toBe('1–20 dari 42');
    expect(el.querySelector('[data-testid="run-recap"]')).toBeNull();
  });

  it('filters unread only and pages', async () => {
    const { fixture, expectList, stable, click } = await render();
    expectList().flush(page([notification({ id: 'n-1' })], 42));
    await stable();

    await click('[data-testid="filter-unread"] button');
    let req = expectList();
    expect(req.request.params.toString()).toBe('unread=true&page=1&pageSize=20');
    req.flush(page([notification({ id: 'n-1' })], 25));
    await stable();

    fixture.componentInstance['onPage']({ pageIndex: 1, pageSize: 20, length: 25 });
    await stable();
    req = expectList();
    expect(req.request.params.toString()).toBe('unread=true&page=2&pageSize=20');
    req.flush(page([notification({ id: 'n-21' })], 25, 2));
  });

  it('steps back a page when the current one emptied', async () => {
    const { fixture, expectList, stable } = await render();
    expectList().flush(page([notification({ id: 'n-1' })], 21));
    await stable();
    fixture.componentInstance['onPage']({ pageIndex: 1, pageSize: 20, length: 21 });
    await stable();
    expectList().flush(page([], 20, 2));
    await stable();
    expect(expectList().request.params.get('page')).toBe('1');
  });

  it('marks one as read, and the list follows the unread count', async () => {
    const { http, el, fixture, expectList, stable, click } = await render();
    expectList().flush(page([notification({ id: 'n-1' })]));
    fixture.componentInstance['center'].refresh();
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 1 });
    await stable();
    expectList().flush(page([notification({ id: 'n-1' })]));
    await stable();

    await click('[data-testid="notification-mark-read"]');
    http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
      .flush(notification({ id: 'n-1', readAt: '2026-05-04T05:00:00Z' }));
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 0 });
    await stable();
    expect(text(el.querySelector('[data-testid="notification-status"]'))).toBe('Dibaca');
    // The count moved, so the list is reloaded from the server.
    expectList().flush(page([notification({ id: 'n-1', readAt: '2026-05-04T05:00:00Z' })]));
  });

  it('marks all as read', async () => {
    const { http, el, fixture, expectList, stable, click } = await render();
    expectList().flush(page([notification({ id: 'n-1' }), notification({ id: 'n-2' })]));
    fixture.componentInstance['center'].refresh();
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 2 });
    await stable();
    expectList().flush(page([notification({ id: 'n-1' }), notification({ id: 'n-2' })]));
    await stable();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="page-mark-all"]')?.disabled).toBe(false);

    await click('[data-testid="page-mark-all"]');
    http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' }).flush({ updated: 2 });
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 0 });
    await stable();
    expectList().flush(page([notification({ id: 'n-1', readAt: 'x' }), notification({ id: 'n-2', readAt: 'x' })]));
    await stable();
    http.verify();
    expect(el.querySelector('[data-testid="notification-mark-read"]')).toBeNull();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="page-mark-all"]')?.disabled).toBe(true);
  });

  it('opens a recap and marks its notification read', async () => {
    const { http, expectList, stable, click } = await render();
    expectList().flush(page([notification({ id: 'n-1' })]));
    await stable();
    await click('[data-testid="notification-open-recap"]');
    http.expectOne('/api/v1/notifications/n-1/read').flush(notification({ id: 'n-1', readAt: 'x' }));
    await stable();
    expect(TestBed.inject(Router).url).toBe('/notifications/recaps/recap-n-1');
  });

  it('shows an empty state, and an error with a retry', async () => {
    const { el, expectList, stable, click } = await render();
    expectList().flush(page([]));
    await stable();
    expect(text(el.querySelector('[data-testid="notifications-empty"]'))).toBe('Belum ada notifikasi.');

    await click('[data-testid="filter-unread"] button');
    expectList().flush(
      { status: 500, title: 'Error', code: 'INTERNAL', detail: 'Database tidak tersedia.' },
      { status: 500, statusText: 'Error' },
    );
    await stable();
    expect(text(el.querySelector('[data-testid="notifications-error"] span'))).toBe('Database tidak tersedia.');
    await click('[data-testid="notifications-error"] button');
    expectList().flush(page([]));
    await stable();
    expect(text(el.querySelector('[data-testid="notifications-empty"]'))).toBe('Tidak ada notifikasi yang belum dibaca.');
  });

  it('lets settings:manage run a recap now, then opens it', async () => {
    const { http, el, expectList, stable, click } = await render(['notifications:read', 'settings:manage']);
    expectList().flush(page([]));
    await stable();
    expect(text(el.querySelector('[data-testid="run-recap"]'))).toBe('Jalankan rekap sekarang');

    await click('[data-testid="run-recap"]');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="run-recap"]')?.disabled).toBe(true);
    http
      .expectOne({ method: 'POST', url: '/api/v1/credit/recaps' })
      .flush(recap({ id: 'r-new', trigger: 'manual' }), { status: 201, statusText: 'Created' });
    http.expectOne('/api/v1/notifications/unread-count').flush({ count: 1 });
    await stable();
    expect(TestBed.inject(Router).url).toBe('/notifications/recaps/r-new');
  });

  it('follows the language', async () => {
    const { el, expectList, stable } = await render();
    expectList().flush(page([notification({ id: 'n-1' })], 42));
    await stable();
    TestBed.inject(I18nService).setLanguage('en');
    await stable();
    expect(text(el.querySelector('h1'))).toBe('Notifications');
    expect(text(el.querySelector('[data-testid="notification-row-n-1"]'))).toContain('Credit recap 4 May 2026');
    expect(text(el.querySelector('.mat-mdc-paginator-range-label'))).toBe('1–20 of 42');
    expect(text(el.querySelector('.mat-mdc-paginator-page-size-label'))).toBe('Per page');
  });
});
