import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { Observable } from 'rxjs';
import type { AuditEntry } from './audit-entry';

/** A customer's audit trail (master data and limit changes), newest first. */
@Injectable({ providedIn: 'root' })
export class CustomerAuditApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  history(customerId: string): Observable<AuditEntry[]> {
    return this.http.get<AuditEntry[]>(`${this.url}/${encodeURIComponent(customerId)}/audit`);
  }
}
