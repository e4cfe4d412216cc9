import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '@niaga/backoffice/core';
import type { Permission } from '@niaga/shared/contracts';
import { notification, signIn } from '../testing/fixtures';
import { NotificationCenter, UNREAD_POLL_MS } from './notification-center';

const COUNT_URL = '/api/v1/notifications/unread-count';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function setup(permissions: Permission[] | null = ['notifications:read']) {
  if (permissions) signIn(permissions);
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const center = TestBed.inject(NotificationCenter);
  const http = TestBed.inject(HttpTestingController);
  return { center, http, auth: TestBed.inject(AuthService) };
}

describe('NotificationCenter (unread count polling)', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => {
    TestBed.resetTestingModule();
    jest.useRealTimers();
    setVisibility('visible');
  });

  it('asks at once when a bell connects, then every 30 s', () => {
    const { center, http } = setup();
    http.expectNone(COUNT_URL);
    center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 3 });
    expect(center.unreadCount()).toBe(3);
    expect(center.polling()).toBe(true);

    jest.advanceTimersByTime(UNREAD_POLL_MS - 1);
    http.expectNone(COUNT_URL);
    jest.advanceTimersByTime(1);
    http.expectOne(COUNT_URL).flush({ count: 5 });
    expect(center.unreadCount()).toBe(5);

    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne(COUNT_URL).flush({ count: 5 });
    http.verify();
  });

  it('does not poll without a connected bell, nor for a user without notifications:read', () => {
    const { center, http } = setup(['customers:read']);
    center.connect();
    TestBed.tick();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 3);
    http.expectNone(COUNT_URL);
    expect(center.canRead()).toBe(false);
    expect(center.unreadCount()).toBe(0);
  });

  it('pauses while the tab is hidden and asks at once when it is shown again', () => {
    const { center, http } = setup();
    center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 1 });

    setVisibility('hidden');
    TestBed.tick();
    expect(center.polling()).toBe(false);
    jest.advanceTimersByTime(UNREAD_POLL_MS * 4);
    http.expectNone(COUNT_URL);
    expect(center.unreadCount()).toBe(1);

    setVisibility('visible');
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 2 });
    expect(center.unreadCount()).toBe(2);
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne(COUNT_URL).flush({ count: 2 });
  });

  it('stops on log-out: cancels the pending request, clears the count, no more requests', () => {
    const { center, http, auth } = setup();
    center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 4 });
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    const pending = http.expectOne(COUNT_URL);

    auth.logout();
    TestBed.tick();
    expect(pending.cancelled).toBe(true);
    expect(center.unreadCount()).toBe(0);
    expect(center.polling()).toBe(false);
    jest.advanceTimersByTime(UNREAD_POLL_MS * 5);
    http.expectNone(COUNT_URL);
  });

  it('stops when the last bell disconnects', () => {
    const { center, http } = setup();
    const first = center.connect();
    const second = center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 0 });
    first();
    first(); // idempotent
    TestBed.tick();
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne(COUNT_URL).flush({ count: 0 });
    second();
    TestBed.tick();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 2);
    http.expectNone(COUNT_URL);
  });

  it('keeps the last count when a poll fails', () => {
    const { center, http } = setup();
    center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 2 });
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne(COUNT_URL).flush({}, { status: 503, statusText: 'Unavailable' });
    expect(center.unreadCount()).toBe(2);
  });

  it('lowers the count at once when marking read, then confirms it with the server', () => {
    const { center, http } = setup();
    center.connect();
    TestBed.tick();
    http.expectOne(COUNT_URL).flush({ count: 3 });

    center.markRead(notification({ id: 'n-1' })).subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n-1/read' })
      .flush(notification({ id: 'n-1', readAt: '2026-05-04T02:00:00Z' }));
    expect(center.unreadCount()).toBe(2);
    http.expectOne(COUNT_URL).flush({ count: 2 });

    // An already read notification does not lower the count.
    center.markRead(notification({ id: 'n-2', readAt: '2026-05-04T01:00:00Z' })).subscribe();
    http.expectOne('/api/v1/notifications/n-2/read').flush(notification({ id: 'n-2', readAt: '2026-05-04T01:00:00Z' }));
    expect(center.unreadCount()).toBe(2);
    http.expectOne(COUNT_URL).flush({ count: 2 });

    center.markAllRead().subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' }).flush({ updated: 2 });
    expect(center.unreadCount()).toBe(0);
    http.expectOne(COUNT_URL).flush({ count: 0 });
    http.verify();
  });
});
