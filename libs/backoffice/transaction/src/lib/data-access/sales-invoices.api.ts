import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreateSalesInvoiceRequest, Page, SalesInvoiceStatus, SalesInvoiceView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, queryParams } from './http-params';

export interface SalesInvoiceListQuery {
  customerId?: string | null;
  status?: SalesInvoiceStatus | null;
  overdue?: boolean | null;
  page?: number;
  pageSize?: number;
}

/** `/sales-invoices`: list, one, create (from an order or direct), void. */
@Injectable({ providedIn: 'root' })
export class SalesInvoicesApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/sales-invoices`;

  list(query: SalesInvoiceListQuery = {}): Observable<Page<SalesInvoiceView>> {
    const { overdue, ...rest } = query;
    return this.http.get<Page<SalesInvoiceView>>(this.url, { params: queryParams({ ...rest, overdue: overdue ? 'true' : null }) });
  }

  get(id: string): Observable<SalesInvoiceView> {
    return this.http.get<SalesInvoiceView>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(invoice: CreateSalesInvoiceRequest, idempotencyKey?: string): Observable<SalesInvoiceView> {
    return this.http.post<SalesInvoiceView>(this.url, invoice, { headers: idempotencyHeaders(idempotencyKey) });
  }

  void(id: string): Observable<SalesInvoiceView> {
    return this.http.post<SalesInvoiceView>(`${this.url}/${encodeURIComponent(id)}/void`, {});
  }
}
