import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreateCustomerRequest, CreditStatus, CustomerView, Page, UpdateCustomerRequest } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { queryParams } from './query-params';

/** What the customer list asks for; empty filters are not sent. */
export interface CustomerSearch {
  q?: string | null;
  groupId?: string | null;
  creditStatus?: CreditStatus | null;
  page: number;
  pageSize: number;
}

/** `/customers`: master data (the credit limit, credit status, audit and CSV have their own services). */
@Injectable({ providedIn: 'root' })
export class CustomerApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  list(search: CustomerSearch): Observable<Page<CustomerView>> {
    const params = queryParams({
      q: search.q,
      groupId: search.groupId,
      creditStatus: search.creditStatus,
      page: search.page,
      pageSize: search.pageSize,
    });
    return this.http.get<Page<CustomerView>>(this.url, { params });
  }

  get(id: string): Observable<CustomerView> {
    return this.http.get<CustomerView>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(body: CreateCustomerRequest): Observable<CustomerView> {
    return this.http.post<CustomerView>(this.url, body);
  }

  update(id: string, body: UpdateCustomerRequest): Observable<CustomerView> {
    return this.http.patch<CustomerView>(`${this.url}/${encodeURIComponent(id)}`, body);
  }
}
