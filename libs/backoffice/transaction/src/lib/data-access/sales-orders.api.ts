import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreateSalesOrderRequest, Page, SalesOrderStatus, SalesOrderView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, queryParams } from './http-params';

export interface SalesOrderListQuery {
  customerId?: string | null;
  status?: SalesOrderStatus | null;
  page?: number;
  pageSize?: number;
}

/** `/sales-orders`: list, one, create (credit-checked), cancel. */
@Injectable({ providedIn: 'root' })
export class SalesOrdersApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/sales-orders`;

  list(query: SalesOrderListQuery = {}): Observable<Page<SalesOrderView>> {
    return this.http.get<Page<SalesOrderView>>(this.url, { params: queryParams({ ...query }) });
  }

  get(id: string): Observable<SalesOrderView> {
    return this.http.get<SalesOrderView>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(order: CreateSalesOrderRequest, idempotencyKey?: string): Observable<SalesOrderView> {
    return this.http.post<SalesOrderView>(this.url, order, { headers: idempotencyHeaders(idempotencyKey) });
  }

  cancel(id: string): Observable<SalesOrderView> {
    return this.http.post<SalesOrderView>(`${this.url}/${encodeURIComponent(id)}/cancel`, {});
  }
}
