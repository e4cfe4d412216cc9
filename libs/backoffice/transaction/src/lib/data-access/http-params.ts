import { HttpHeaders, HttpParams } from '@angular/common/http';

/** Query parameters from an object, leaving out empty values. */
export function queryParams(query: Readonly<Record<string, string | number | boolean | null | undefined>>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** `Idempotency-Key` header when a key is given (create endpoints: a retry creates nothing new). */
export function idempotencyHeaders(key?: string): HttpHeaders | undefined {
  return key ? new HttpHeaders({ 'Idempotency-Key': key }) : undefined;
}
