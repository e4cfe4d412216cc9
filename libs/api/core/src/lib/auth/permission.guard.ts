import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@niaga/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { AUTHENTICATED_KEY, PERMISSIONS_KEY, PUBLIC_KEY } from './auth.decorators';
import { AuthService } from './auth.service';
import type { Principal } from './principal';

export interface RouteAccess {
  public: boolean;
  authenticated: boolean;
  permissions: Permission[] | undefined;
}

/** What a handler declares about who may call it (method metadata wins over the controller's). */
export function routeAccess(reflector: Reflector, targets: Parameters<Reflector['getAllAndOverride']>[1]): RouteAccess {
  return {
    public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
    authenticated: reflector.getAllAndOverride<boolean>(AUTHENTICATED_KEY, targets) ?? false,
    permissions: reflector.getAllAndOverride<Permission[]>(PERMISSIONS_KEY, targets),
  };
}

export function declaresAccess(access: RouteAccess): boolean {
  return access.public || access.authenticated || (access.permissions?.length ?? 0) > 0;
}

/**
 * Global guard: authenticates (Bearer token or X-API-Key) and checks the route's declared permissions.
 * A route that declares nothing is refused (fail closed); RouteAccessAudit also stops such an app at start-up.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger(PermissionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = routeAccess(this.reflector, [context.getHandler(), context.getClass()]);
    if (access.public) return true;
    if (!declaresAccess(access)) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} declares no permission`);
      throw new ForbiddenError('This route declares no permission and is closed.');
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    const missing = (access.permissions ?? []).filter((p) => !principal.permissions.has(p));
    if (missing.length) throw new ForbiddenError(`This needs the permission ${missing.join(', ')}.`);
    return true;
  }

  private authenticate(request: FastifyRequest): Promise<Principal> {
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey.length > 0) return this.auth.fromApiKey(apiKey);
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (match) return this.auth.fromBearer(match[1]);
    throw new UnauthenticatedError();
  }
}
