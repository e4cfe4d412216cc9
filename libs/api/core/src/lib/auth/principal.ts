import type { Channel, Permission } from '@niaga/shared/contracts';

/** Who is calling: a console user (channel backoffice) or an integration's API key (channel api). */
export interface Principal {
  kind: 'user' | 'api_key';
  id: string;
  name: string;
  channel: Channel;
  permissions: ReadonlySet<Permission>;
}

export function can(principal: Principal, permission: Permission): boolean {
  return principal.permissions.has(permission);
}
