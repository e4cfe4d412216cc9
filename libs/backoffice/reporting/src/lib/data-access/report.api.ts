import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_URL } from '@niaga/backoffice/core';
import type { Observable } from 'rxjs';
import { type DownloadedFile, downloadFile } from './download';
import { type ParamValue, reportParams } from './report-params';

/** Server-side paging of a report: `page` from 1, `pageSize` ≤ 200 (MAX_PAGE_SIZE). */
export interface ReportPaging {
  page?: number;
  pageSize?: number;
}

/**
 * One report endpoint under `/reports` (reports:read): a page as JSON with totals, or the whole report as
 * CSV (`?format=csv`, streamed by the API). Subclasses name the path and the filters, in URL order.
 */
export abstract class ReportApi<Filters extends object, Report> {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/reports`;

  protected abstract readonly path: string;
  /** The filter parameters, in the order they go into the URL. */
  protected abstract readonly filterKeys: readonly (keyof Filters & string)[];
  /** The file name when the server suggests none. */
  protected abstract fallbackName(filters: Filters): string;

  /** One page of the report, with the totals of all its rows and the filters as applied. */
  get(query: Filters & ReportPaging): Observable<Report> {
    return this.http.get<Report>(this.url, {
      params: reportParams([...this.filterEntries(query), ['page', query.page], ['pageSize', query.pageSize]]),
    });
  }

  /** Every row of the report (not only the page on screen) as a CSV file. */
  exportCsv(filters: Filters): Observable<DownloadedFile> {
    return downloadFile(this.http, this.url, reportParams([...this.filterEntries(filters), ['format', 'csv']]), this.fallbackName(filters));
  }

  private get url(): string {
    return `${this.base}/${this.path}`;
  }

  private filterEntries(filters: Filters): [string, ParamValue][] {
    return this.filterKeys.map((key) => [key, filters[key] as ParamValue]);
  }
}
