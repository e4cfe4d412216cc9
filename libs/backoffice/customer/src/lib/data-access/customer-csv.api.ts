import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL, problemOf } from '@niaga/backoffice/core';
import type { CustomerImportResult } from '@niaga/shared/contracts';
import { type Observable, catchError, map, of, throwError } from 'rxjs';
import { queryParams } from './query-params';

export interface CsvFile {
  blob: Blob;
  filename: string;
}

export interface CustomerImportOptions {
  /** Validate only; nothing is written. */
  dryRun: boolean;
  /** Import the good rows even when some rows are bad. */
  skipInvalid: boolean;
}

export const EXPORT_FILENAME = 'customers.csv';

/** CSV export (download) and import (with a per-row error report) of customers. */
@Injectable({ providedIn: 'root' })
export class CustomerCsvApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/customers`;

  /** The same filters as the list. Fetched through HttpClient so the token goes with it. */
  export(filter: { q?: string | null; groupId?: string | null }): Observable<CsvFile> {
    const params = queryParams({ q: filter.q, groupId: filter.groupId });
    return this.http.get(`${this.url}/export`, { params, responseType: 'blob', observe: 'response' }).pipe(
      map((response) => ({
        blob: response.body ?? new Blob([], { type: 'text/csv' }),
        filename: filenameOf(response.headers.get('Content-Disposition')) ?? EXPORT_FILENAME,
      })),
    );
  }

  /**
   * Sends the CSV text. A file refused because of bad rows (422 CUSTOMER_IMPORT_INVALID, nothing imported)
   * still answers its report, so both outcomes arrive as a result; other errors fail the observable.
   */
  import(csv: string, options: CustomerImportOptions): Observable<CustomerImportResult> {
    const params = queryParams({ dryRun: options.dryRun, skipInvalid: options.skipInvalid });
    const headers = new HttpHeaders({ 'Content-Type': 'text/csv' });
    return this.http.post<CustomerImportResult>(`${this.url}/import`, csv, { params, headers }).pipe(
      catchError((error: unknown) => {
        const problem = problemOf(error);
        const result = problem?.code === 'CUSTOMER_IMPORT_INVALID' ? problem['result'] : undefined;
        return isImportResult(result) ? of(result) : throwError(() => error);
      }),
    );
  }
}

function isImportResult(value: unknown): value is CustomerImportResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['rows'] === 'number' && Array.isArray(v['errors']);
}

/** `attachment; filename="customers.csv"` → `customers.csv`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  return name ? name : null;
}
