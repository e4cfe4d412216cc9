import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import { MAX_PAGE_SIZE, type CustomerGroupView, type Page } from '@niaga/shared/contracts';
import { type Observable, map } from 'rxjs';

export type CustomerGroupName = Pick<CustomerGroupView, 'id' | 'code' | 'name'>;

/** `/customer-groups`, read only — the choices of the reports' group filter. */
@Injectable({ providedIn: 'root' })
export class CustomerGroupLookupApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/customer-groups`;

  /** The first MAX_PAGE_SIZE (200) groups, by code. */
  names(): Observable<CustomerGroupName[]> {
    const params = new HttpParams().set('pageSize', MAX_PAGE_SIZE);
    return this.http
      .get<Page<CustomerGroupView>>(this.base, { params })
      .pipe(map((page) => page.items.map(({ id, code, name }) => ({ id, code, name }))));
  }
}
