import { HttpParams } from '@angular/common/http';

export type ParamValue = string | number | null | undefined;

/** Query parameters in the given order; empty, null and undefined values are left out (the API's defaults apply). */
export function reportParams(entries: readonly (readonly [string, ParamValue])[]): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, value);
  }
  return params;
}
