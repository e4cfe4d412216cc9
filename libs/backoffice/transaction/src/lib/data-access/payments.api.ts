import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreatePaymentRequest, Page, PaymentView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, queryParams } from './http-params';

export interface PaymentListQuery {
  customerId?: string | null;
  invoiceId?: string | null;
  page?: number;
  pageSize?: number;
}

/** `/payments`: list and record (releases the limit by the amount paid). */
@Injectable({ providedIn: 'root' })
export class PaymentsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/payments`;

  list(query: PaymentListQuery = {}): Observable<Page<PaymentView>> {
    return this.http.get<Page<PaymentView>>(this.url, { params: queryParams({ ...query }) });
  }

  create(payment: CreatePaymentRequest, idempotencyKey?: string): Observable<PaymentView> {
    return this.http.post<PaymentView>(this.url, payment, { headers: idempotencyHeaders(idempotencyKey) });
  }
}
