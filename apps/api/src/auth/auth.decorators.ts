import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@duban/domain';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'duban:isPublic';
export const REQUIRED_ROLES = 'duban:requiredRoles';

/** The route needs no token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs one of these roles, else 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);
