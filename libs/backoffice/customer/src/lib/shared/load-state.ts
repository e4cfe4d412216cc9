import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { type Failure, failureOf } from './failure';

/** A value loaded from the API; while reloading or after a failure the last value is kept (no flicker). */
export type LoadState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ok'; value: T }
  | { status: 'error'; value: T | undefined; failure: Failure };

type Step<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; failure: Failure };

/**
 * Loads `load(params)` for every params that arrive, dropping a request that a newer one overtakes.
 * Call in an injection context (a field initializer of a component).
 */
export function loadEach<P, T>(params: Observable<P>, load: (params: P) => Observable<T>): Signal<LoadState<T>> {
  const state = params.pipe(
    switchMap((p) =>
      load(p).pipe(
        map((value): Step<T> => ({ status: 'ok', value })),
        catchError((error: unknown) => of<Step<T>>({ status: 'error', failure: failureOf(error) })),
        startWith<Step<T>>({ status: 'loading' }),
      ),
    ),
    scan(
      (previous: LoadState<T>, step: Step<T>): LoadState<T> =>
        step.status === 'ok' ? step : step.status === 'loading' ? { status: 'loading', value: previous.value } : { ...step, value: previous.value },
      { status: 'loading', value: undefined } as LoadState<T>,
    ),
  );
  return toSignal(state, { initialValue: { status: 'loading', value: undefined } });
}
