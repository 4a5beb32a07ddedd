import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { hasRole, type Role } from '@duban/domain';
import { AccessTokens } from './access-tokens';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import type { AuthUser } from './auth-user';
import { bearerTokenOf } from './refresh-cookie';
import { SessionsService } from './sessions.service';

/**
 * Every route needs a bearer token unless marked @Public. The token must be ours (see
 * AccessTokens) and its session live; the user is read afresh on each request, so a logout, a
 * password reset, a deactivation or a changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const authUser = await this.authenticate(bearerTokenOf(request));
    request.user = authUser;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !hasRole(authUser, ...required)) {
      throw new ForbiddenException(`this needs one of the roles: ${required.join(', ')}`);
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
