import { InjectionToken } from '@angular/core';
import type { AuthUser, LoginResponse } from '@niaga/shared/contracts';

/** What the console keeps of a log-in, in localStorage under AUTH_STORAGE_KEY. */
export interface AuthSession {
  accessToken: string;
  /** Epoch milliseconds after which the token is no longer used. */
  expiresAt: number;
  user: AuthUser;
}

export const AUTH_STORAGE_KEY = 'niaga.auth';

/** The token is dropped this long before the server would refuse it, to absorb clock skew and latency. */
export const EXPIRY_MARGIN_MS = 5_000;

/** Current time in epoch ms; replaced in tests. */
export const AUTH_CLOCK = new InjectionToken<() => number>('AUTH_CLOCK', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

export function sessionFromLogin(response: LoginResponse, now: number): AuthSession {
  return {
    accessToken: response.accessToken,
    expiresAt: now + response.expiresIn * 1000 - EXPIRY_MARGIN_MS,
    user: response.user,
  };
}

export function isExpired(session: AuthSession, now: number): boolean {
  return now >= session.expiresAt;
}

/** Parses a stored session; anything malformed counts as no session. */
export function parseSession(raw: string | null): AuthSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<AuthSession> | null;
    const user = value?.user as Partial<AuthUser> | undefined;
    const valid =
      typeof value?.accessToken === 'string' &&
      value.accessToken !== '' &&
      typeof value.expiresAt === 'number' &&
      typeof user?.id === 'string' &&
      typeof user.name === 'string' &&
      typeof user.email === 'string' &&
      Array.isArray(user.roles) &&
      Array.isArray(user.permissions);
    return valid ? (value as AuthSession) : null;
  } catch {
    return null;
  }
}
