import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreditCheckRequest, CreditCheckResponse, CustomerCredit } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

/** A customer's credit (`GET /customers/:id/credit`, refresh) and the what-if check (`POST /credit/check`). */
@Injectable({ providedIn: 'root' })
export class CreditApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  credit(customerId: string): Observable<CustomerCredit> {
    return this.http.get<CustomerCredit>(`${this.base}/customers/${encodeURIComponent(customerId)}/credit`);
  }

  refresh(customerId: string): Observable<CustomerCredit> {
    return this.http.post<CustomerCredit>(`${this.base}/customers/${encodeURIComponent(customerId)}/credit/refresh`, {});
  }

  /** Changes nothing: what a new document of `amount` would do. */
  check(request: CreditCheckRequest): Observable<CreditCheckResponse> {
    return this.http.post<CreditCheckResponse>(`${this.base}/credit/check`, request);
  }
}
