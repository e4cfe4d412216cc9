import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreateProductRequest, Page, ProductView } from '@niaga/shared/contracts';
import type { Observable } from 'rxjs';

export interface ProductListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

/** `GET/POST /products` (read: customers:read; create: settings:manage). */
@Injectable({ providedIn: 'root' })
export class ProductsApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/products`;

  list(query: ProductListQuery = {}): Observable<Page<ProductView>> {
    let params = new HttpParams();
    if (query.q?.trim()) params = params.set('q', query.q.trim());
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<Page<ProductView>>(this.url, { params });
  }

  get(id: string): Observable<ProductView> {
    return this.http.get<ProductView>(`${this.url}/${encodeURIComponent(id)}`);
  }

  create(product: CreateProductRequest): Observable<ProductView> {
    return this.http.post<ProductView>(this.url, product);
  }
}
