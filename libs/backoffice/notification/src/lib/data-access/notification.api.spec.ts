import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { notification } from '../testing/fixtures';
import { NotificationApi } from './notification.api';

describe('NotificationApi', () => {
  let api: NotificationApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(NotificationApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists a page, all or unread only', () => {
    let total = -1;
    api.list({ page: 2, pageSize: 20, unread: true }).subscribe((page) => (total = page.total));
    const req = http.expectOne((r) => r.url === '/api/v1/notifications');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.toString()).toBe('unread=true&page=2&pageSize=20');
    req.flush({ items: [notification({ id: 'n-1' })], total: 21, page: 2, pageSize: 20 });
    expect(total).toBe(21);

    api.list().subscribe();
    expect(http.expectOne('/api/v1/notifications').request.params.keys()).toEqual([]);
  });

  it('reads the unread count', () => {
    let count = -1;
    api.unreadCount().subscribe((r) => (count = r.count));
    http.expectOne({ method: 'GET', url: '/api/v1/notifications/unread-count' }).flush({ count: 4 });
    expect(count).toBe(4);
  });

  it('marks one and all as read', () => {
    api.markRead('n/1').subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/v1/notifications/n%2F1/read' })
      .flush(notification({ id: 'n/1', readAt: '2026-05-04T01:00:00Z' }));
    let updated = -1;
    api.markAllRead().subscribe((r) => (updated = r.updated));
    http.expectOne({ method: 'POST', url: '/api/v1/notifications/read-all' }).flush({ updated: 3 });
    expect(updated).toBe(3);
  });
});
