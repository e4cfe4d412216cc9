import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthService, authInterceptor } from '@niaga/backoffice/core';
import { provideNiagaIcons } from '@niaga/backoffice/ui';
import type { LoginResponse } from '@niaga/shared/contracts';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Blank {}

const OK: LoginResponse = {
  accessToken: 'tok',
  expiresIn: 3600,
  user: { id: 'u-1', email: 'admin@niaga.test', name: 'Admin', roles: ['admin'], permissions: ['customers:read'] },
};

async function render(url = '/login') {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: LoginPage },
        { path: 'reports', component: Blank },
        { path: '', component: Blank },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNiagaIcons(),
    ],
  });
  const router = TestBed.inject(Router);
  const fixture = TestBed.createComponent(LoginPage);
  await router.navigateByUrl(url);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = (id: string) => el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, el, router, input, type, submit, http: TestBed.inject(HttpTestingController) };
}

describe('LoginPage', () => {
  beforeEach(() => localStorage.clear());

  it('does not call the API while the form is invalid, and explains why', async () => {
    const { el, submit, http } = await render();
    await submit();
    http.expectNone('/api/v1/auth/login');
    expect(el.textContent).toContain('Email wajib diisi.');
    expect(el.textContent).toContain('Kata sandi wajib diisi.');
  });

  it('logs in, is disabled while submitting, then goes to the returnUrl', async () => {
    const { el, router, input, type, submit, http, fixture } = await render('/login?returnUrl=%2Freports');
    type('login-email', ' admin@niaga.test ');
    type('login-password', 'Rahasia-Admin-123');
    await submit();

    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.body).toEqual({ email: 'admin@niaga.test', password: 'Rahasia-Admin-123' });
    const button = el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]');
    expect(button?.disabled).toBe(true);
    expect(button?.textContent?.trim()).toBe('Memproses…');
    expect(input('login-email').disabled).toBe(true);

    req.flush(OK);
    await fixture.whenStable();
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(true);
    expect(router.url).toBe('/reports');
  });

  it('ignores an unsafe returnUrl', async () => {
    const { router, type, submit, http, fixture } = await render('/login?returnUrl=%2F%2Fevil.example');
    type('login-email', 'admin@niaga.test');
    type('login-password', 'x');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(OK);
    await fixture.whenStable();
    expect(router.url).toBe('/');
  });

  it('shows the problem detail when the log-in is refused, and stays on the page', async () => {
    const { el, router, type, submit, http, fixture } = await render();
    type('login-email', 'admin@niaga.test');
    type('login-password', 'wrong');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Email atau kata sandi salah.', code: 'UNAUTHENTICATED' },
      { status: 401, statusText: 'Unauthorized', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe('Email atau kata sandi salah.');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.disabled).toBe(false);
    expect(router.url).toBe('/login');
    expect(TestBed.inject(AuthService).isAuthenticated()).toBe(false);
  });

  it('lists the offending fields of a validation problem', async () => {
    const { el, type, submit, http, fixture } = await render();
    type('login-email', 'admin@niaga.test');
    type('login-password', 'x');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'password', message: 'Too long' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const error = el.querySelector('[data-testid="login-error"]')?.textContent ?? '';
    expect(error).toContain('The request is not valid.');
    expect(error).toContain('password: Too long');
  });

  it('says so, in the current language, when the server cannot be reached', async () => {
    const { el, type, submit, http, fixture } = await render();
    type('login-email', 'admin@niaga.test');
    type('login-password', 'x');
    await submit();
    http.expectOne('/api/v1/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="login-error"]')?.textContent).toContain('Server tidak dapat dihubungi');
  });
});
