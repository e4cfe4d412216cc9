import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import {
  type CreateCustomerGroupRequest,
  type CustomerGroupView,
  MAX_PAGE_SIZE,
  type Page,
  type SearchField,
  type SearchMatch,
  type UpdateCustomerGroupRequest,
} from '@niaga/shared/contracts';
import { type Observable, map } from 'rxjs';
import { queryParams } from './query-params';

/** What the group list asks for. Without `q` every group is listed (Show All). */
export interface CustomerGroupSearch {
  field: SearchField;
  match: SearchMatch;
  q?: string | null;
  page: number;
  pageSize: number;
}

/** `/customer-groups`: search, read, create, change, delete. */
@Injectable({ providedIn: 'root' })
export class CustomerGroupApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customer-groups`;

  list(search: CustomerGroupSearch): Observable<Page<CustomerGroupView>> {
    const q = search.q?.trim();
    const params = queryParams({
      ...(q ? { field: search.field, match: search.match, q } : {}),
      page: search.page,
      pageSize: search.pageSize,
    });
    return this.http.get<Page<CustomerGroupView>>(this.url, { params });
  }

  /** Groups for a select (customer form, list filter): the first MAX_PAGE_SIZE by code. */
  options(): Observable<CustomerGroupView[]> {
    return this.list({ field: 'code', match: 'contains', page: 1, pageSize: MAX_PAGE_SIZE }).pipe(map((page) => page.items));
  }

  get(id: string): Observable<CustomerGroupView> {
    return this.http.get<CustomerGroupView>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(body: CreateCustomerGroupRequest): Observable<CustomerGroupView> {
    return this.http.post<CustomerGroupView>(this.url, body);
  }

  update(id: string, body: UpdateCustomerGroupRequest): Observable<CustomerGroupView> {
    return this.http.patch<CustomerGroupView>(`${this.url}/${encodeURIComponent(id)}`, body);
  }

  /** 204; 409 CUSTOMER_GROUP_IN_USE while customers use the group. */
  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.url}/${encodeURIComponent(id)}`);
  }
}
