import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CustomerCredit } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

/** A customer's credit status: limits in force and their source, used, remaining, reasons. */
@Injectable({ providedIn: 'root' })
export class CustomerCreditApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  get(customerId: string): Observable<CustomerCredit> {
    return this.http.get<CustomerCredit>(`${this.url}/${encodeURIComponent(customerId)}/credit`);
  }

  /** Recomputes the exposure from the customer's documents. */
  refresh(customerId: string): Observable<CustomerCredit> {
    return this.http.post<CustomerCredit>(`${this.url}/${encodeURIComponent(customerId)}/credit/refresh`, null);
  }
}
