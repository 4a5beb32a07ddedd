import { Body, Controller, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '@duban/config';
import { invalidInput } from '@duban/domain';
import { clientOf, withRetryAfter } from './auth.controller';
import { CurrentUser, SignedIn } from './auth.decorators';
import { ApiErrors } from '../common/api-errors';
import { ChangePasswordDto, TokenPairView } from './auth.dto';
import type { AuthUser } from './auth-user';
import { LoginService } from './login.service';
import { PasswordsService } from './passwords.service';
import { setRefreshCookie } from './refresh-cookie';
import { SessionsService } from './sessions.service';

@ApiTags('users')
@ApiBearerAuth()
@SignedIn()
@Controller('me')
export class PasswordController {
  private readonly secureCookie: boolean;

  constructor(
    config: AppConfig,
    private readonly logins: LoginService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
  ) {
    this.secureCookie = new URL(config.CONSOLE_URL).protocol === 'https:';
  }

  /** The caller's own password, with the current one: every session ends, and a new one starts here. */
  @ApiErrors(401)
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView, description: 'every session of the user has ended; this is a new one' })
  @ApiBadRequestResponse({ description: 'the current password is wrong, or the new one breaks the policy' })
  @ApiTooManyRequestsResponse({ description: 'too many attempts, or the account is locked; see Retry-After' })
  async change(
    @CurrentUser() user: AuthUser,
    @Body() { currentPassword, newPassword }: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenPairView> {
    const client = clientOf(request);
    // A wrong current password counts towards the lockout like a failed login, but answers 400:
    // the caller's token is fine, and a 401 would send the console to refresh it.
    await withRetryAfter(response, this.logins.checkPassword(user.username, currentPassword, client)).catch((error) => {
      throw error instanceof UnauthorizedException ? invalidInput('currentPassword: is wrong') : error;
    });
    await this.passwords.set(user.userId, user.username, newPassword, 'newPassword', 'password changed by its owner');
    const pair = await this.sessions.start(user.userId, client);
    setRefreshCookie(response, pair.refreshToken, pair.sessionExpiresAt, this.secureCookie);
    return { tokenType: 'Bearer', ...pair };
  }
}
