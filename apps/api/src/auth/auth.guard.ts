import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { hasRole, type Role } from '@duban/domain';
import { UserEntity } from '@duban/persistence';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import type { AuthUser } from './auth-user';

/**
 * Every route needs a bearer token unless marked @Public. The user is read afresh on each
 * request, so a deactivated user or a changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('a bearer token is required');
    let subject: string;
    try {
      subject = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new UnauthorizedException('the token is invalid or has expired');
    }
    const user = await this.users.findOneBy({ id: subject, active: true });
    if (!user) throw new UnauthorizedException('the token is invalid or has expired');
    const authUser: AuthUser = {
      userId: user.id,
      unitId: user.unitId,
      roles: user.roles,
      username: user.username,
      displayName: user.displayName,
    };
    request.user = authUser;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !hasRole(authUser, ...required)) {
      throw new ForbiddenException(`this needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
