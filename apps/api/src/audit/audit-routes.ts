import { Injectable, RequestMethod, SetMetadata, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

const AUDIT_ACTION = 'duban:auditAction';

/**
 * Names a route's audit action. Every POST, PUT, PATCH and DELETE is recorded anyway, as
 * <controller path, singular>.<handler> (item.signoff, user.update); a GET is recorded only with this.
 */
export const AuditAction = (action: string) => SetMetadata(AUDIT_ACTION, action);

export interface AuditedRoute {
  action: string;
  /** What the route's :id names: the controller's path, singular (item, user, unit, policy, calendar). */
  objectType: string;
  named: boolean;
}

const segments = (path: unknown): string[] =>
  (Array.isArray(path) ? String(path[0] ?? '') : String(path ?? '')).split('/').filter(Boolean);
const singular = (word: string) => word.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/** Which action and object each route is, found from the controllers' metadata once at start. */
@Injectable()
export class AuditRoutes implements OnModuleInit {
  private readonly routes = new Map<string, AuditedRoute>();
  private readonly found = new Map<string, AuditedRoute | null>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getControllers()) {
      if (!metatype || !instance) continue;
      const base = segments(Reflect.getMetadata(PATH_METADATA, metatype));
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const named = this.reflector.get<string | undefined>(AUDIT_ACTION, handler) ?? undefined;
        const objectType = singular(base[0] ?? name);
        const path = [...base, ...segments(Reflect.getMetadata(PATH_METADATA, handler))].join('/');
        this.routes.set(`${RequestMethod[method]} ${path}`, {
          action: named ?? `${objectType}.${name}`,
          objectType,
          named: named !== undefined,
        });
      }
    }
  }

  /** The route Express matched (e.g. /api/items/:id/signoff), with or without the global prefix. */
  lookup(method: string, routePath: string): AuditedRoute | null {
    const key = `${method} ${routePath}`;
    if (!this.found.has(key)) {
      const parts = segments(routePath);
      let route: AuditedRoute | null = null;
      for (let skip = 0; skip <= parts.length && !route; skip++) {
        route = this.routes.get(`${method} ${parts.slice(skip).join('/')}`) ?? null;
      }
      this.found.set(key, route);
    }
    return this.found.get(key)!;
  }
}
