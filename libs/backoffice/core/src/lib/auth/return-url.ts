import { Router, UrlTree } from '@angular/router';

export const LOGIN_PATH = '/login';

/**
 * A return URL that is safe to navigate to after log-in: an absolute path inside this app.
 * Anything else (another origin, `//host`, `/\host`, the log-in page itself, garbage) gives `/`.
 */
export function safeReturnUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  if (value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === LOGIN_PATH || value.startsWith(`${LOGIN_PATH}?`) || value.startsWith(`${LOGIN_PATH}/`)) return '/';
  return value;
}

/** `/login`, with `?returnUrl=` unless the way back is simply the home page. */
export function loginUrlTree(router: Router, returnUrl?: string): UrlTree {
  const back = safeReturnUrl(returnUrl);
  return router.createUrlTree([LOGIN_PATH], back === '/' ? {} : { queryParams: { returnUrl: back } });
}
