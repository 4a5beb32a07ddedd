import { RequestMethod, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { Role } from '@duban/domain';
import { IS_PUBLIC, ITEM_ACCESS, REQUIRED_ROLES, SIGNED_IN, type ItemAccessMode } from './auth.decorators';

/** Who may call a route, as its one declaration says. */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'roles'; roles: Role[] }
  | { kind: 'signed_in' }
  | { kind: 'item'; mode: ItemAccessMode };

/** A route of the API and its declaration; `problem` says why it has none that counts. */
export interface DeclaredRoute {
  method: string;
  /** As the OpenAPI document writes it: /api/items/{id}/signoff. */
  path: string;
  handler: string;
  access: RouteAccess | null;
  problem?: string;
}

/** The declarations on one target (a handler or a controller class). */
function declarationsOn(target: object): RouteAccess[] {
  const found: RouteAccess[] = [];
  if (Reflect.getMetadata(IS_PUBLIC, target) === true) found.push({ kind: 'public' });
  const roles = Reflect.getMetadata(REQUIRED_ROLES, target) as Role[] | undefined;
  if (roles) found.push({ kind: 'roles', roles });
  if (Reflect.getMetadata(SIGNED_IN, target) === true) found.push({ kind: 'signed_in' });
  const mode = Reflect.getMetadata(ITEM_ACCESS, target) as ItemAccessMode | undefined;
  if (mode) found.push({ kind: 'item', mode });
  return found;
}

/** The handler's own declaration, else its controller's; more than one on the same place is a mistake. */
export function accessOf(controller: Type, handler: object): { access: RouteAccess | null; problem?: string } {
  for (const [where, target] of [
    ['the route', handler],
    ['its controller', controller],
  ] as const) {
    const found = declarationsOn(target);
    if (found.length > 1) {
      return { access: null, problem: `${where} declares ${found.map((a) => a.kind).join(' and ')}: keep one` };
    }
    if (found.length === 1) {
      if (found[0].kind === 'roles' && found[0].roles.length === 0) {
        return { access: null, problem: `${where} declares @Roles() without a role` };
      }
      return { access: found[0] };
    }
  }
  return {
    access: null,
    problem: 'no declaration of who may call it: add @Public(), @Roles(...), @SignedIn() or @ItemAccess(...)',
  };
}

const joinPath = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .map((segment) => segment.replace(/^:(\w+)$/, '{$1}'))
    .join('/');

/** Every route of a controller, under the API's prefix. */
export function routesOf(controller: Type, prefix = 'api'): DeclaredRoute[] {
  const base = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined].flat();
  const routes: DeclaredRoute[] = [];
  const seen = new Set<string>();
  for (let proto = controller.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || seen.has(name)) continue;
      seen.add(name);
      const handler = Object.getOwnPropertyDescriptor(proto, name)?.value as object | undefined;
      if (typeof handler !== 'function') continue;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      for (const root of base) {
        for (const path of [paths].flat()) {
          routes.push({
            method,
            path: joinPath(prefix, root, path),
            handler: `${controller.name}.${name}`,
            ...accessOf(controller, handler),
          });
        }
      }
    }
  }
  return routes;
}

/** The controllers a module and everything it imports register, read from their metadata (no app needed). */
export function controllersOf(module: Type | DynamicModule, seen = new Set<unknown>()): Type[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const dynamic = typeof module === 'object' ? module : null;
  const cls = dynamic ? dynamic.module : (module as Type);
  const meta = (name: 'controllers' | 'imports'): unknown[] => [
    ...((Reflect.getMetadata(MODULE_METADATA[name === 'controllers' ? 'CONTROLLERS' : 'IMPORTS'], cls) as
      unknown[] | undefined) ?? []),
    ...((dynamic?.[name] as unknown[] | undefined) ?? []),
  ];
  const imports = meta('imports')
    .map((m) =>
      m && typeof m === 'object' && 'forwardRef' in m ? (m as { forwardRef: () => unknown }).forwardRef() : m,
    )
    .filter((m): m is Type | DynamicModule => !!m && (typeof m === 'function' || 'module' in (m as object)));
  return [...new Set([...(meta('controllers') as Type[]), ...imports.flatMap((m) => controllersOf(m, seen))])];
}

/** The routes an API built from these controllers has, each with its declaration, sorted by path. */
export function declaredRoutes(controllers: Type[]): DeclaredRoute[] {
  return controllers
    .flatMap((c) => routesOf(c))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Refuses a route that does not say who may call it, naming each. */
export function assertEveryRouteDeclared(routes: DeclaredRoute[]): void {
  const bad = routes.filter((r) => r.problem);
  if (bad.length === 0) return;
  throw new Error(
    `every route must declare who may call it; the API does not start with:\n${bad
      .map((r) => `  ${r.method} ${r.path} (${r.handler}): ${r.problem}`)
      .join('\n')}`,
  );
}

/** The running application's controllers, as Nest registered them: what the start check walks. */
export function registeredControllers(app: INestApplication): Type[] {
  const controllers = new Set<Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) controllers.add(wrapper.metatype as Type);
  }
  return [...controllers];
}
