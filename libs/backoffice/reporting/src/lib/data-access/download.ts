import type { HttpClient, HttpParams } from '@angular/common/http';
import { type Observable, map } from 'rxjs';

/** A downloaded file: its content and the name the server suggested (or our fallback). */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * GETs a file as a Blob through HttpClient, so the auth interceptor adds the token (a plain link could
 * not send it), and names it from `Content-Disposition` or `fallbackName`.
 */
export function downloadFile(http: HttpClient, url: string, params: HttpParams, fallbackName: string): Observable<DownloadedFile> {
  return http.get(url, { params, observe: 'response', responseType: 'blob' }).pipe(
    map((response) => ({
      blob: response.body ?? new Blob([], { type: 'text/csv' }),
      filename: filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName,
    })),
  );
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
