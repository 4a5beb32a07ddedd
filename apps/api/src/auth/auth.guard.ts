import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { hasRole, notFound } from '@duban/domain';
import { isItemVisible } from '../items/item-visibility';
import { AccessTokens } from './access-tokens';
import type { AuthUser } from './auth-user';
import { bearerTokenOf } from './refresh-cookie';
import { accessOf } from './route-access';
import { SessionsService } from './sessions.service';

/**
 * Every route's one declaration (route-access.ts) decides who may call it: @Public() anyone;
 * otherwise a bearer token, ours (see AccessTokens) with a live session; @Roles(...) one of the
 * roles, else 403; @ItemAccess(...) an item {id} the caller may see, else 404 before the body is
 * even read. The user is read afresh on each request, so a logout, a password reset, a
 * deactivation or a changed role takes effect at once.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { access } = accessOf(context.getClass(), context.getHandler());
    // Undeclared routes cannot start (assertEveryRouteDeclared); closed all the same.
    if (!access) throw new ForbiddenException('this route does not say who may call it');
    if (access.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const authUser = await this.authenticate(bearerTokenOf(request));
    request.user = authUser;
    if (access.kind === 'roles' && !hasRole(authUser, ...access.roles)) {
      throw new ForbiddenException(`this needs one of the roles: ${access.roles.join(', ')}`);
    }
    const itemId = request.params?.id;
    // A malformed id is left to the route's ParseUUIDPipe (400).
    if (access.kind === 'item' && typeof itemId === 'string' && UUID.test(itemId)) {
      if (!(await isItemVisible(itemId, authUser, this.db.manager))) throw notFound(`item ${itemId} not found`);
    }
    return true;
  }

  /** The caller a bearer token speaks for; 401 for a missing, forged or expired token or an ended session. */
  async authenticate(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new UnauthorizedException('a bearer token is required');
    const claims = await this.tokens.verify(token);
    if (!claims) throw new UnauthorizedException('the token is invalid or has expired');
    const user = await this.sessions.userOf(claims.sessionId, claims.userId);
    if (!user) throw new UnauthorizedException('the session has ended: sign in again');
    return {
      userId: user.id,
      unitId: user.unitId,
      roles: user.roles,
      username: user.username,
      displayName: user.displayName,
    };
  }
}
