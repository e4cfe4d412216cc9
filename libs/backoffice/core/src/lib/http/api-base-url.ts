import { InjectionToken } from '@angular/core';

/** Base of the REST API v1. Same origin: the API serves the console in production, the dev server proxies /api. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api/v1',
});

/**
 * True for requests to our own API (`/api/...` on this origin). Only those get the Bearer token,
 * so it never leaks to another host.
 */
export function isApiRequest(url: string, origin = globalThis.location?.origin ?? ''): boolean {
  if (url.startsWith('/api/') || url.startsWith('api/')) return true;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) return false;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.pathname.startsWith('/api/');
  } catch {
    return false;
  }
}
