import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@duban/domain';
import type { AuthUser } from './auth-user';

// Who may call a route: every route declares exactly one of these, on itself or on its controller
// (a method's declaration overrides its controller's). The API refuses to start otherwise (route-access.ts).
export const IS_PUBLIC = 'duban:isPublic';
export const REQUIRED_ROLES = 'duban:requiredRoles';
export const SIGNED_IN = 'duban:signedIn';
export const ITEM_ACCESS = 'duban:itemAccess';

/** What an item route does with the item: reads it (who may see it) or commands it (the rules' table). */
export type ItemAccessMode = 'read' | 'command';

/** The route needs no token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs one of these roles, else 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** Any signed-in user; what it may see or change of the objects is the service's check (its own inbox, itself). */
export const SignedIn = () => SetMetadata(SIGNED_IN, true);

/**
 * Any signed-in user, and the item-level rule applies: an item the caller may not see answers 404
 * before anything else; what it may do to one it sees is the item's rules (decide()).
 */
export const ItemAccess = (mode: ItemAccessMode) => SetMetadata(ITEM_ACCESS, mode);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);
