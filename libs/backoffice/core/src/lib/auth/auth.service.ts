import { HttpClient } from '@angular/common/http';
import { DOCUMENT, DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { AuthUser, LoginRequest, LoginResponse, Permission } from '@niaga/shared/contracts';
import { Observable, map, tap } from 'rxjs';
import { API_BASE_URL } from '../http/api-base-url';
import { safeStorage } from '../storage';
import {
  AUTH_CLOCK,
  AUTH_STORAGE_KEY,
  type AuthSession,
  isExpired,
  parseSession,
  sessionFromLogin,
} from './auth-session';
import { hasAnyPermission, hasPermission } from './permissions';

export const LOGIN_ENDPOINT = '/auth/login';
export const ME_ENDPOINT = '/auth/me';

/**
 * The signed-in user and their token. The session lives in a signal and in localStorage
 * (so a reload keeps the user signed in) and is dropped as soon as its expiry has passed.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly apiBase = inject(API_BASE_URL);
  private readonly now = inject(AUTH_CLOCK);
  private readonly session = signal<AuthSession | null>(this.restore());

  /** The signed-in user, or null. */
  readonly user = computed<AuthUser | null>(() => this.session()?.user ?? null);

  constructor() {
    // Another tab logged in or out: follow it.
    const win = inject(DOCUMENT).defaultView;
    const onStorage = (event: StorageEvent) => {
      if (event.key === AUTH_STORAGE_KEY || event.key === null) this.session.set(this.restore());
    };
    win?.addEventListener('storage', onStorage);
    inject(DestroyRef).onDestroy(() => win?.removeEventListener('storage', onStorage));
  }

  login(credentials: LoginRequest): Observable<AuthUser> {
    return this.http.post<LoginResponse>(`${this.apiBase}${LOGIN_ENDPOINT}`, credentials).pipe(
      map((response) => {
        this.store(sessionFromLogin(response, this.now()));
        return response.user;
      }),
    );
  }

  /** Reloads the user (name, roles, permissions) from `GET /auth/me`, keeping the token. */
  refreshUser(): Observable<AuthUser> {
    return this.http.get<AuthUser>(`${this.apiBase}${ME_ENDPOINT}`).pipe(
      tap((user) => {
        const current = this.session();
        if (current) this.store({ ...current, user });
      }),
    );
  }

  /** The access token while it is valid; an expired session is dropped and gives null. */
  token(): string | null {
    const current = this.session();
    if (!current) return null;
    if (isExpired(current, this.now())) {
      this.logout();
      return null;
    }
    return current.accessToken;
  }

  isAuthenticated(): boolean {
    return this.token() !== null;
  }

  /** Forgets the session here and in storage. Navigation is the caller's business. */
  logout(): void {
    this.session.set(null);
    safeStorage.remove(AUTH_STORAGE_KEY);
  }

  can(permission: Permission): boolean {
    return hasPermission(this.user(), permission);
  }

  /** At least one of `permissions` (an empty list: any signed-in user). */
  canAny(permissions: readonly Permission[]): boolean {
    return hasAnyPermission(this.user(), permissions);
  }

  private store(session: AuthSession): void {
    this.session.set(session);
    safeStorage.set(AUTH_STORAGE_KEY, JSON.stringify(session));
  }

  private restore(): AuthSession | null {
    const stored = parseSession(safeStorage.get(AUTH_STORAGE_KEY));
    if (stored && isExpired(stored, this.now())) {
      safeStorage.remove(AUTH_STORAGE_KEY);
      return null;
    }
    return stored;
  }
}
