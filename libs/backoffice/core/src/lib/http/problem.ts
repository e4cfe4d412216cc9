import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@niaga/shared/contracts';

/** Whether a parsed body is an RFC 9457 problem as the API answers errors. */
export function isProblemDetails(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b['status'] === 'number' && typeof b['title'] === 'string' && typeof b['code'] === 'string';
}

/** The problem carried by an HTTP error, or null when the body is something else (e.g. a proxy page). */
export function problemOf(error: unknown): ProblemDetails | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return isProblemDetails(body) ? body : null;
}

/** True when the request never reached the server (offline, DNS, connection refused, CORS). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 0;
}
