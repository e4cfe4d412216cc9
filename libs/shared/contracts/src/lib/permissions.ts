/** Permissions and built-in roles (SPEC §7). The API guard and the console both read these. */
export const PERMISSIONS = [
  'settings:manage',
  'customers:read',
  'customers:write',
  'transactions:create',
  'credit:override',
  'notifications:read',
  'reports:read',
  'users:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['admin', 'finance', 'supervisor', 'sales', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  finance: ['customers:read', 'customers:write', 'transactions:create', 'notifications:read', 'reports:read'],
  supervisor: [
    'customers:read',
    'customers:write',
    'transactions:create',
    'credit:override',
    'notifications:read',
    'reports:read',
  ],
  sales: ['customers:read', 'transactions:create', 'notifications:read'],
  viewer: ['customers:read', 'reports:read'],
};

/** The union of the permissions the given roles grant, in the order of PERMISSIONS. */
export function permissionsOfRoles(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
  return PERMISSIONS.filter((p) => granted.has(p));
}

/** How a request was authenticated: a console user (log-in) or an integration (API key). */
export type Channel = 'backoffice' | 'api';
