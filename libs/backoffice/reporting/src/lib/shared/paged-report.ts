import { DestroyRef, type Signal, type WritableSignal, computed, effect, inject, signal, untracked } from '@angular/core';
import type { PageEvent } from '@angular/material/paginator';
import { I18nService } from '@niaga/backoffice/core';
import { MAX_PAGE_SIZE } from '@niaga/shared/contracts';
import { type Observable, type Subscription, finalize } from 'rxjs';
import { errorText } from './error-text';

export const REPORT_PAGE_SIZES: readonly number[] = [20, 50, 100, MAX_PAGE_SIZE];
export const DEFAULT_REPORT_PAGE_SIZE = 50;

export interface PagingState {
  page: number;
  pageSize: number;
}

/** What a report answers, as far as paging is concerned. */
export interface PagedResult {
  items: readonly unknown[];
  total: number;
}

export interface PagedReport<Filters, Result extends PagedResult> {
  readonly filters: Signal<Filters>;
  readonly paging: Signal<PagingState>;
  /** The last page received; kept while the next one loads. */
  readonly result: Signal<Result | null>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<string | null>;
  readonly total: Signal<number>;
  /** Changes filters and goes back to the first page. */
  setFilters(patch: Partial<Filters>): void;
  /** From the paginator. */
  setPage(event: Pick<PageEvent, 'pageIndex' | 'pageSize'>): void;
  reload(): void;
}

/**
 * Server-side paged report state: filters and paging as signals; every change (re)loads, cancelling the
 * request in flight. Call in an injection context (a component's field initialiser).
 */
export function pagedReport<Filters extends object, Result extends PagedResult>(options: {
  initial: Filters;
  load: (query: Filters & PagingState) => Observable<Result>;
  /** Text key shown when the failure carries no message of the API. */
  failedKey: string;
  pageSize?: number;
}): PagedReport<Filters, Result> {
  const i18n = inject(I18nService);
  const filters: WritableSignal<Filters> = signal(options.initial);
  const paging = signal<PagingState>({ page: 1, pageSize: options.pageSize ?? DEFAULT_REPORT_PAGE_SIZE });
  const result = signal<Result | null>(null);
  const loading = signal(false);
  const error = signal<string | null>(null);
  let request: Subscription | null = null;

  const fetch = (query: Filters & PagingState): void => {
    request?.unsubscribe();
    loading.set(true);
    error.set(null);
    request = options
      .load(query)
      .pipe(finalize(() => loading.set(false)))
      .subscribe({
        next: (page) => {
          // The page is past the end now (fewer rows than before): show the last one instead.
          if (page.items.length === 0 && page.total > 0 && query.page > 1) {
            paging.set({ page: Math.max(1, Math.ceil(page.total / query.pageSize)), pageSize: query.pageSize });
            return;
          }
          result.set(page);
        },
        error: (failure: unknown) => error.set(errorText(failure, i18n, options.failedKey)),
      });
  };

  inject(DestroyRef).onDestroy(() => request?.unsubscribe());
  effect(() => {
    const query = { ...filters(), ...paging() };
    untracked(() => fetch(query));
  });

  return {
    filters: filters.asReadonly(),
    paging: paging.asReadonly(),
    result: result.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    total: computed(() => result()?.total ?? 0),
    setFilters: (patch) => {
      filters.update((current) => ({ ...current, ...patch }));
      paging.update((p) => ({ ...p, page: 1 }));
    },
    setPage: (event) => paging.set({ page: event.pageIndex + 1, pageSize: event.pageSize }),
    reload: () => fetch({ ...filters(), ...paging() }),
  };
}
