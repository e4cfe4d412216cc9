import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CustomerCreditLimitInput, CustomerView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

/** The customer-specific credit limit: one customer, or many at once (bulk edit, all or nothing). */
@Injectable({ providedIn: 'root' })
export class CustomerCreditLimitApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  /** PUT semantics: a kind left out becomes inherit. Answers the customer. */
  set(customerId: string, limit: CustomerCreditLimitInput): Observable<CustomerView> {
    return this.http.put<CustomerView>(`${this.url}/${encodeURIComponent(customerId)}/credit-limit`, limit);
  }

  bulkSet(customerIds: readonly string[], limit: CustomerCreditLimitInput): Observable<{ updated: number }> {
    return this.http.put<{ updated: number }>(`${this.url}/credit-limit`, { customerIds: [...customerIds], limit });
  }
}
