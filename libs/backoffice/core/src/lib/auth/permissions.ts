import type { AuthUser, Permission } from '@niaga/shared/contracts';

export function hasPermission(user: AuthUser | null | undefined, permission: Permission): boolean {
  return !!user && user.permissions.includes(permission);
}

/** True when the user holds at least one of `permissions`; an empty list means "any signed-in user". */
export function hasAnyPermission(user: AuthUser | null | undefined, permissions: readonly Permission[]): boolean {
  if (!user) return false;
  return permissions.length === 0 || permissions.some((p) => user.permissions.includes(p));
}
