import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { NotificationView, Page } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

export interface NotificationListQuery {
  page?: number;
  pageSize?: number;
  /** true: unread only; absent: all, newest first. */
  unread?: boolean;
}

/** `/notifications` — the signed-in user's notification center (notifications:read, console users only). */
@Injectable({ providedIn: 'root' })
export class NotificationApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/notifications`;

  list(query: NotificationListQuery = {}): Observable<Page<NotificationView>> {
    let params = new HttpParams();
    if (query.unread) params = params.set('unread', 'true');
    if (query.page !== undefined) params = params.set('page', query.page);
    if (query.pageSize !== undefined) params = params.set('pageSize', query.pageSize);
    return this.http.get<Page<NotificationView>>(this.base, { params });
  }

  unreadCount(): Observable<{ count: number }> {
    return this.http.get<{ count: number }>(`${this.base}/unread-count`);
  }

  markRead(id: string): Observable<NotificationView> {
    return this.http.post<NotificationView>(`${this.base}/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<{ updated: number }> {
    return this.http.post<{ updated: number }>(`${this.base}/read-all`, null);
  }
}
