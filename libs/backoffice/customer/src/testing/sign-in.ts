import { AUTH_STORAGE_KEY } from '@niaga/backoffice/core';
import type { AuthUser, Permission } from '@niaga/shared/contracts';

export const ADMIN_PERMISSIONS: Permission[] = ['customers:read', 'customers:write'];
export const VIEWER_PERMISSIONS: Permission[] = ['customers:read', 'reports:read'];

/** Stores a session as the console keeps it, before AuthService is created (TestBed.inject). */
export function signIn(permissions: Permission[] = ADMIN_PERMISSIONS): AuthUser {
  const user: AuthUser = { id: 'u-1', email: 'admin@niaga.test', name: 'Admin Niaga', roles: ['admin'], permissions };
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: Date.now() + 3_600_000, user }));
  return user;
}
