import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { TopProductRow, VisitView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from '../data-access/query-params';

export type TopProductsBy = 'quantity' | 'orders';

export interface TopProductsQuery {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
  by: TopProductsBy;
  limit?: number;
}

export interface VisitInput {
  /** ISO date-time */
  visitedAt: string;
  notes: string;
  photos: readonly File[];
}

/** A customer's activity: the products it buys most, and the sales visits (with photos). */
@Injectable({ providedIn: 'root' })
export class CustomerActivityApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly url = `${this.base}/customers`;

  topProducts(customerId: string, query: TopProductsQuery): Observable<TopProductRow[]> {
    return this.http.get<TopProductRow[]>(`${this.url}/${encodeURIComponent(customerId)}/top-products`, {
      params: queryParams({ from: query.from, to: query.to, limit: query.limit ?? 10, by: query.by }),
    });
  }

  visits(customerId: string): Observable<VisitView[]> {
    return this.http.get<VisitView[]>(`${this.url}/${encodeURIComponent(customerId)}/visits`);
  }

  recordVisit(customerId: string, visit: VisitInput): Observable<VisitView> {
    const body = new FormData();
    body.append('visitedAt', visit.visitedAt);
    body.append('notes', visit.notes);
    for (const photo of visit.photos) body.append('photos', photo, photo.name);
    return this.http.post<VisitView>(`${this.url}/${encodeURIComponent(customerId)}/visits`, body);
  }

  /** A visit photo, fetched with the session's Authorization header (an <img src> could not send it). */
  photo(url: string): Observable<Blob> {
    return this.http.get(this.photoUrl(url), { responseType: 'blob' });
  }

  /** The API gives photo paths (`/api/v1/...`); a relative one is taken from the API base. */
  private photoUrl(url: string): string {
    if (/^https?:\/\//.test(url) || url.startsWith('/')) return url;
    return `${this.base}/${url}`;
  }
}
