import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AUTH_STORAGE_KEY, authInterceptor } from '@niaga/backoffice/core';
import { provideNiagaIcons } from '@niaga/backoffice/ui';
import type { AuthUser } from '@niaga/shared/contracts';
import { App } from './app';
import { appRoutes } from './app.routes';

const ADMIN: AuthUser = {
  id: 'u-1',
  email: 'admin@niaga.test',
  name: 'Admin Niaga',
  roles: ['admin'],
  permissions: ['settings:manage', 'customers:read', 'reports:read'],
};

async function start(url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(appRoutes),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideNiagaIcons(),
    ],
  });
  const fixture = TestBed.createComponent(App);
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  await fixture.whenStable();
  return { fixture, router, http: TestBed.inject(HttpTestingController) };
}

describe('App routing', () => {
  beforeEach(() => localStorage.clear());

  it('sends a signed-out visitor of / to the log-in page', async () => {
    const { fixture, router } = await start('/');
    expect(router.url).toBe('/login');
    expect((fixture.nativeElement as HTMLElement).querySelector('niaga-login-page')).not.toBeNull();
  });

  it('keeps where a signed-out visitor wanted to go as returnUrl', async () => {
    const { router } = await start('/?tab=x');
    expect(router.url).toBe('/login?returnUrl=%2F%3Ftab%3Dx');
  });

  it('sends an unknown page (a feature that does not exist yet) home, which asks for a log-in', async () => {
    const { router } = await start('/sales/no-such-page');
    expect(router.url).toBe('/login');
  });

  it('shows the shell and the home page to a signed-in user', async () => {
    localStorage.setItem(
      AUTH_STORAGE_KEY,
      JSON.stringify({ accessToken: 'tok', expiresAt: Date.now() + 60_000, user: ADMIN }),
    );
    const { fixture, router, http } = await start('/');
    http.expectOne('/api/v1/auth/me').flush(ADMIN);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(router.url).toBe('/');
    expect(el.querySelector('niaga-shell')).not.toBeNull();
    expect(el.querySelector('niaga-home-page')?.textContent).toContain('Selamat datang, Admin Niaga');
  });
});
