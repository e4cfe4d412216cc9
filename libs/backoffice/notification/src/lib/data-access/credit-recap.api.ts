import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { CreditRecap } from '@niaga/shared/contracts';
import { type Observable, map } from 'rxjs';

/** A downloaded file: its content and the name the server suggested (or our fallback). */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** `/credit/recaps` — the daily credit recap (read: notifications:read; build now: settings:manage). */
@Injectable({ providedIn: 'root' })
export class CreditRecapApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/credit/recaps`;

  get(id: string): Observable<CreditRecap> {
    return this.http.get<CreditRecap>(`${this.base}/${encodeURIComponent(id)}`);
  }

  /** That day's latest recap (`YYYY-MM-DD`); the API answers 404 when there is none. */
  latestOf(date: string): Observable<CreditRecap> {
    return this.http.get<CreditRecap>(this.base, { params: new HttpParams().set('date', date) });
  }

  /** Builds a recap now and notifies every user with notifications:read, like the scheduled one. */
  runNow(): Observable<CreditRecap> {
    return this.http.post<CreditRecap>(this.base, {});
  }

  /** Both lists as CSV, fetched with the auth header (a plain link could not send it). */
  exportCsv(id: string, fallbackName: string): Observable<DownloadedFile> {
    return this.http.get(`${this.base}/${encodeURIComponent(id)}/export`, { observe: 'response', responseType: 'blob' }).pipe(
      map((response) => ({
        blob: response.body ?? new Blob([], { type: 'text/csv' }),
        filename: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName,
      })),
    );
  }
}

/** `attachment; filename="x.csv"` or `filename*=UTF-8''x.csv` → `x.csv`; anything unsafe → null. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
    name = plain ? (plain[1] ?? plain[2]).trim() : null;
  }
  if (!name) return null;
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}
