import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthUser, LoginResponse } from '@niaga/shared/contracts';
import { AUTH_CLOCK, AUTH_STORAGE_KEY, EXPIRY_MARGIN_MS, type AuthSession } from './auth-session';
import { AuthService } from './auth.service';

const USER: AuthUser = {
  id: 'u-1',
  email: 'sari@niaga.test',
  name: 'Sari Wulandari',
  roles: ['sales'],
  permissions: ['customers:read', 'transactions:create', 'notifications:read'],
};

function setup(startAt = 1_000_000) {
  const clock = { now: startAt };
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AUTH_CLOCK, useValue: () => clock.now }],
  });
  return { clock, auth: TestBed.inject(AuthService), http: TestBed.inject(HttpTestingController) };
}

function storeSession(session: AuthSession) {
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(session));
}

describe('AuthService', () => {
  beforeEach(() => localStorage.clear());

  it('starts signed out', () => {
    const { auth } = setup();
    expect(auth.user()).toBeNull();
    expect(auth.token()).toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
  });

  it('logs in, keeps token, user and expiry in the signal and in localStorage', () => {
    const { auth, http, clock } = setup();
    let result: AuthUser | undefined;
    auth.login({ email: USER.email, password: 'Rahasia-123' }).subscribe((u) => (result = u));

    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: USER.email, password: 'Rahasia-123' });
    req.flush({ accessToken: 'tok-1', expiresIn: 3600, user: USER } satisfies LoginResponse);

    expect(result).toEqual(USER);
    expect(auth.user()).toEqual(USER);
    expect(auth.token()).toBe('tok-1');
    const stored = JSON.parse(localStorage.getItem(AUTH_STORAGE_KEY) ?? 'null') as AuthSession;
    expect(stored).toEqual({ accessToken: 'tok-1', expiresAt: clock.now + 3_600_000 - EXPIRY_MARGIN_MS, user: USER });
    http.verify();
  });

  it('does not store anything when the log-in is refused', () => {
    const { auth, http } = setup();
    let failed = false;
    auth.login({ email: USER.email, password: 'wrong' }).subscribe({ error: () => (failed = true) });
    http.expectOne('/api/v1/auth/login').flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
    expect(auth.user()).toBeNull();
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('restores a valid stored session', () => {
    storeSession({ accessToken: 'tok-2', expiresAt: 2_000_000, user: USER });
    const { auth } = setup(1_000_000);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.user()?.name).toBe('Sari Wulandari');
  });

  it('drops an expired stored session at start', () => {
    storeSession({ accessToken: 'tok-old', expiresAt: 999_999, user: USER });
    const { auth } = setup(1_000_000);
    expect(auth.user()).toBeNull();
    expect(auth.token()).toBeNull();
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('drops the session once its expiry passes', () => {
    storeSession({ accessToken: 'tok-3', expiresAt: 1_500_000, user: USER });
    const { auth, clock } = setup(1_000_000);
    expect(auth.token()).toBe('tok-3');

    clock.now = 1_500_000;
    expect(auth.token()).toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.user()).toBeNull();
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('ignores a malformed stored session', () => {
    localStorage.setItem(AUTH_STORAGE_KEY, '{"accessToken":"x"}');
    expect(setup().auth.user()).toBeNull();
    TestBed.resetTestingModule();
    localStorage.setItem(AUTH_STORAGE_KEY, 'not json');
    expect(setup().auth.user()).toBeNull();
  });

  it('logs out: clears the signal and localStorage', () => {
    storeSession({ accessToken: 'tok-4', expiresAt: 2_000_000, user: USER });
    const { auth } = setup();
    auth.logout();
    expect(auth.user()).toBeNull();
    expect(auth.token()).toBeNull();
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('refreshes the user from /auth/me and keeps the token', () => {
    storeSession({ accessToken: 'tok-5', expiresAt: 2_000_000, user: USER });
    const { auth, http } = setup();
    auth.refreshUser().subscribe();
    const promoted: AuthUser = { ...USER, roles: ['supervisor'], permissions: ['customers:read', 'credit:override'] };
    http.expectOne('/api/v1/auth/me').flush(promoted);
    expect(auth.user()).toEqual(promoted);
    expect(auth.token()).toBe('tok-5');
    expect((JSON.parse(localStorage.getItem(AUTH_STORAGE_KEY) ?? '{}') as AuthSession).user).toEqual(promoted);
  });

  it('answers permission questions', () => {
    storeSession({ accessToken: 'tok-6', expiresAt: 2_000_000, user: USER });
    const { auth } = setup();
    expect(auth.can('customers:read')).toBe(true);
    expect(auth.can('settings:manage')).toBe(false);
    expect(auth.canAny(['settings:manage', 'transactions:create'])).toBe(true);
    expect(auth.canAny(['settings:manage', 'reports:read'])).toBe(false);
    expect(auth.canAny([])).toBe(true);
    auth.logout();
    expect(auth.canAny([])).toBe(false);
  });

  it('follows a log-out made in another tab', () => {
    storeSession({ accessToken: 'tok-7', expiresAt: 2_000_000, user: USER });
    const { auth } = setup();
    localStorage.removeItem(AUTH_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: AUTH_STORAGE_KEY }));
    expect(auth.user()).toBeNull();
  });
});
