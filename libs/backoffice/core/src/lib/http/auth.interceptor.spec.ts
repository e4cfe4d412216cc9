import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { AuthUser } from '@niaga/shared/contracts';
import { AUTH_CLOCK, AUTH_STORAGE_KEY } from '../auth/auth-session';
import { AuthService } from '../auth/auth.service';
import { authInterceptor } from './auth.interceptor';

@Component({ template: '' })
class Blank {}

const USER: AuthUser = { id: 'u-1', email: 'a@niaga.test', name: 'Admin', roles: ['admin'], permissions: ['customers:read'] };

function setup(session: { token: string; expiresAt: number } | null) {
  if (session) {
    localStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({ accessToken: session.token, expiresAt: session.expiresAt, user: USER }),
    );
  }
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: Blank },
        { path: 'customers', component: Blank },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      { provide: AUTH_CLOCK, useValue: () => 1_000 },
    ],
  });
  return {
    http: TestBed.inject(HttpClient),
    ctrl: TestBed.inject(HttpTestingController),
    auth: TestBed.inject(AuthService),
    router: TestBed.inject(Router),
  };
}

describe('authInterceptor', () => {
  beforeEach(() => localStorage.clear());

  it('adds the Bearer token to API requests', () => {
    const { http, ctrl } = setup({ token: 'tok-1', expiresAt: 60_000 });
    http.get('/api/v1/customers').subscribe();
    expect(ctrl.expectOne('/api/v1/customers').request.headers.get('Authorization')).toBe('Bearer tok-1');
  });

  it('sends no token when signed out, or when the token has expired', () => {
    const { http, ctrl } = setup({ token: 'tok-old', expiresAt: 500 });
    http.get('/api/v1/customers').subscribe({ error: () => undefined });
    expect(ctrl.expectOne('/api/v1/customers').request.headers.has('Authorization')).toBe(false);
  });

  it('never sends the token to another host', () => {
    const { http, ctrl } = setup({ token: 'tok-1', expiresAt: 60_000 });
    http.get('https://example.com/api/v1/x').subscribe();
    http.get('/assets/i18n.json').subscribe();
    expect(ctrl.expectOne('https://example.com/api/v1/x').request.headers.has('Authorization')).toBe(false);
    expect(ctrl.expectOne('/assets/i18n.json').request.headers.has('Authorization')).toBe(false);
  });

  it('on 401 logs out and redirects to /login with the current page as returnUrl', async () => {
    const { http, ctrl, auth, router } = setup({ token: 'tok-1', expiresAt: 60_000 });
    await router.navigateByUrl('/customers?page=2');

    let error: HttpErrorResponse | undefined;
    http.get('/api/v1/customers').subscribe({ error: (e: HttpErrorResponse) => (error = e) });
    ctrl
      .expectOne('/api/v1/customers')
      .flush({ status: 401, code: 'UNAUTHENTICATED', title: 'Unauthorized', detail: 'Token expired' }, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve)); // let the redirect finish

    expect(error?.status).toBe(401);
    expect(auth.isAuthenticated()).toBe(false);
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fcustomers%3Fpage%3D2');
  });

  it('leaves a 401 of the log-in call (wrong password) to the log-in page', async () => {
    const { http, ctrl, router } = setup(null);
    await router.navigateByUrl('/login');
    const navigate = jest.spyOn(router, 'navigateByUrl');
    let status = 0;
    http.post('/api/v1/auth/login', {}).subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
    ctrl.expectOne('/api/v1/auth/login').flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(status).toBe(401);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched', () => {
    const { http, ctrl, auth } = setup({ token: 'tok-1', expiresAt: 60_000 });
    let status = 0;
    http.get('/api/v1/settings/credit').subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
    ctrl.expectOne('/api/v1/settings/credit').flush({}, { status: 403, statusText: 'Forbidden' });
    expect(status).toBe(403);
    expect(auth.isAuthenticated()).toBe(true);
  });
});
