import { Injectable, type OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { declaresAccess, routeAccess } from './permission.guard';

export interface RouteDeclaration {
  controller: string;
  handler: string;
  method: string;
  path: string;
  declared: boolean;
  permissions: string[];
  public: boolean;
}

/** Lists every HTTP route with what it declares; an app with an undeclared route refuses to start. */
@Injectable()
export class RouteAccessAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RouteDeclaration[] {
    return this.discovery.getControllers().flatMap((wrapper) => {
      const instance = wrapper.instance as object | undefined;
      if (!instance) return [];
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const controllerPath = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) ?? '');
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) return [];
        const access = routeAccess(this.reflector, [handler as never, wrapper.metatype as never]);
        return [
          {
            controller: wrapper.name,
            handler: name,
            method: RequestMethod[method],
            path: `/${controllerPath}/${String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
            declared: declaresAccess(access),
            permissions: access.permissions ?? [],
            public: access.public,
          },
        ];
      });
    });
  }

  onApplicationBootstrap(): void {
    const undeclared = this.routes().filter((r) => !r.declared);
    if (undeclared.length) {
      throw new Error(
        `Every route must declare its permission (@RequirePermissions, @RequireAuthentication or @Public). Undeclared: ${undeclared
          .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)
          .join(', ')}`,
      );
    }
  }
}
