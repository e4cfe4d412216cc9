import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CustomerView, Page } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './http-params';

/** The customers a document can be for (`GET /customers`, customers:read): search and one by id. */
@Injectable({ providedIn: 'root' })
export class CustomersLookupApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  search(q: string, pageSize = 10): Observable<Page<CustomerView>> {
    return this.http.get<Page<CustomerView>>(this.url, { params: queryParams({ q: q.trim(), page: 1, pageSize }) });
  }

  get(id: string): Observable<CustomerView> {
    return this.http.get<CustomerView>(`${this.url}/${encodeURIComponent(id)}`);
  }
}
