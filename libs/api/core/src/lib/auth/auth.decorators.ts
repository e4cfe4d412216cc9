import { createParamDecorator, type ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@niaga/shared/contracts';
import { UnauthenticatedError } from '../errors/domain-error';
import type { Principal } from './principal';

export const PERMISSIONS_KEY = 'niaga:permissions';
export const PUBLIC_KEY = 'niaga:public';
export const AUTHENTICATED_KEY = 'niaga:authenticated';

/** The route needs every listed permission (401 without credentials, 403 without the permission). */
export const RequirePermissions = (...permissions: [Permission, ...Permission[]]) =>
  applyDecorators(
    SetMetadata(PERMISSIONS_KEY, permissions),
    ApiBearerAuth(),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ description: 'Missing or invalid credentials (problem+json, UNAUTHENTICATED).' }),
    ApiForbiddenResponse({ description: `Needs ${permissions.join(', ')} (problem+json, FORBIDDEN).` }),
  );

/** The route needs a caller but no particular permission (e.g. "who am I"). */
export const RequireAuthentication = () =>
  applyDecorators(
    SetMetadata(AUTHENTICATED_KEY, true),
    ApiBearerAuth(),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ description: 'Missing or invalid credentials (problem+json, UNAUTHENTICATED).' }),
  );

/** The route is open to anyone (health, log-in). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
});
