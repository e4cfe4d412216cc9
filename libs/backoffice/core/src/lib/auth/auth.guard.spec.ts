import { provideHttpClient } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { AuthUser } from '@niaga/shared/contracts';
import { AUTH_CLOCK, AUTH_STORAGE_KEY } from './auth-session';
import { authGuard, guestGuard, permissionGuard } from './auth.guard';

@Component({ template: '' })
class Blank {}

const USER: AuthUser = { id: 'u-1', email: 'v@niaga.test', name: 'Vina', roles: ['viewer'], permissions: ['customers:read', 'reports:read'] };

async function setup(signedIn: boolean) {
  if (signedIn) {
    localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ accessToken: 't', expiresAt: 60_000, user: USER }));
  }
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      { provide: AUTH_CLOCK, useValue: () => 1_000 },
      provideRouter([
        { path: 'login', component: Blank, canActivate: [guestGuard] },
        {
          path: '',
          canActivate: [authGuard],
          canActivateChild: [authGuard],
          children: [
            { path: '', component: Blank },
            { path: 'reports', component: Blank, canActivate: [permissionGuard(['reports:read'])] },
            { path: 'settings', component: Blank, canActivate: [permissionGuard(['settings:manage'])] },
          ],
        },
      ]),
    ],
  });
  return TestBed.inject(Router);
}

describe('auth guards', () => {
  beforeEach(() => localStorage.clear());

  it('sends a signed-out user to /login and keeps the returnUrl', async () => {
    const router = await setup(false);
    await router.navigateByUrl('/reports?from=2026-01-01');
    expect(router.url).toBe('/login?returnUrl=%2Freports%3Ffrom%3D2026-01-01');
  });

  it('sends a signed-out user from / to plain /login', async () => {
    const router = await setup(false);
    await router.navigateByUrl('/');
    expect(router.url).toBe('/login');
  });

  it('lets a signed-in user in', async () => {
    const router = await setup(true);
    await router.navigateByUrl('/reports');
    expect(router.url).toBe('/reports');
  });

  it('sends a signed-in user away from /login', async () => {
    const router = await setup(true);
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/');
  });

  it('sends a user without the permission home', async () => {
    const router = await setup(true);
    await router.navigateByUrl('/settings');
    expect(router.url).toBe('/');
  });
});
