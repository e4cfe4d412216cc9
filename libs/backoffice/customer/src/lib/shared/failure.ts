import { isNetworkError, problemOf } from '@niaga/backoffice/core';
import type { ProblemDetails, ProblemFieldError } from '@niaga/shared/contracts';

/**
 * What went wrong with a request, ready to show: the API's problem (detail, offending fields), or — when
 * there is none (offline, proxy page) — the key of one of our own messages.
 */
export interface Failure {
  status: number;
  code: string | null;
  /** The API's explanation; null when the answer was not a problem. */
  detail: string | null;
  /** Our message when there is no detail. */
  key: 'error.network' | 'error.unexpected';
  fields: readonly ProblemFieldError[];
  problem: ProblemDetails | null;
}

export function failureOf(error: unknown): Failure {
  const problem = problemOf(error);
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
  return {
    status: problem?.status ?? status,
    code: problem?.code ?? null,
    detail: problem ? problem.detail || problem.title || null : null,
    key: isNetworkError(error) ? 'error.network' : 'error.unexpected',
    fields: problem?.errors ?? [],
    problem,
  };
}

/** A number carried as a problem extension member (e.g. `customerCount` of CUSTOMER_GROUP_IN_USE). */
export function problemNumber(failure: Failure, member: string): number | null {
  const value = failure.problem?.[member];
  return typeof value === 'number' ? value : null;
}
