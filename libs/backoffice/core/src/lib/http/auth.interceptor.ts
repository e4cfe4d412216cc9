import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService, LOGIN_ENDPOINT } from '../auth/auth.service';
import { LOGIN_PATH, loginUrlTree } from '../auth/return-url';
import { isApiRequest } from './api-base-url';

/**
 * Adds `Authorization: Bearer <token>` to requests for our API, and when the API answers 401
 * (token expired, revoked or user disabled) logs out and sends the user to /login, keeping
 * the page they were on as returnUrl. A 401 from the log-in call itself is a wrong password,
 * left to the log-in page.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url)) return next(req);

  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const request =
    token && !req.headers.has('Authorization')
      ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
      : req;

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isLoginCall(req.url)) {
        auth.logout();
        const here = router.url;
        if (!here.startsWith(LOGIN_PATH)) void router.navigateByUrl(loginUrlTree(router, here));
      }
      return throwError(() => error);
    }),
  );
};

function isLoginCall(url: string): boolean {
  return url.split('?')[0].endsWith(LOGIN_ENDPOINT);
}
