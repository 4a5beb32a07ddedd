import { Body, Controller, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '@duban/config';
import { AccessTokens } from './access-tokens';
import { LoginDto, RefreshDto, TokenPairView } from './auth.dto';
import { Public } from './auth.decorators';
import { LoginService, LOGIN_REFUSED } from './login.service';
import { TooManyLoginAttempts } from './login-protection.service';
import { bearerTokenOf, clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';
import { SessionsService, type ClientContext, type TokenPair } from './sessions.service';
import { ApiErrors } from '../common/api-errors';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly secureCookie: boolean;

  constructor(
    config: AppConfig,
    private readonly logins: LoginService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokens,
  ) {
    this.secureCookie = new URL(config.CONSOLE_URL).protocol === 'https:';
  }

  @Public()
  @Post('login')
  @ApiErrors(400)
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView, description: 'also sets the duban_refresh cookie (httpOnly) for the browser' })
  @ApiUnauthorizedResponse({ description: LOGIN_REFUSED })
  @ApiTooManyRequestsResponse({ description: 'too many attempts, or the account is locked; see Retry-After' })
  async login(
    @Body() { username, password }: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenPairView> {
    const pair = await withRetryAfter(response, this.logins.login(username, password, clientOf(request)));
    return this.answer(response, pair);
  }

  @Public()
  @Post('refresh')
  @ApiErrors(400)
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView, description: 'a new pair; the refresh token sent is used up' })
  @ApiUnauthorizedResponse({ description: 'unknown, used (the session is then ended) or expired refresh token' })
  async refresh(
    @Body() { refreshToken }: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenPairView> {
    const token = refreshToken ?? refreshCookieOf(request);
    if (!token)
      throw new UnauthorizedException('a refresh token is required (in the body or the duban_refresh cookie)');
    try {
      return this.answer(response, await this.sessions.refresh(token));
    } catch (error) {
      clearRefreshCookie(response, this.secureCookie);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @ApiErrors(400)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session of the bearer token (or of the refresh token) is ended' })
  @ApiUnauthorizedResponse({ description: 'neither a valid access token nor a known refresh token' })
  async logout(
    @Body() { refreshToken }: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    // An expired access token cannot say which session to end; the refresh token still can.
    const bearer = bearerTokenOf(request);
    const claims = bearer ? await this.tokens.verify(bearer) : null;
    const presented = refreshToken ?? refreshCookieOf(request);
    const sessionId = claims?.sessionId ?? (presented ? await this.sessions.sessionOf(presented) : null);
    clearRefreshCookie(response, this.secureCookie);
    if (!sessionId) throw new UnauthorizedException('no session to end: send the access token or the refresh token');
    await this.sessions.end(sessionId, 'logout');
  }

  private answer(response: Response, pair: TokenPair): TokenPairView {
    setRefreshCookie(response, pair.refreshToken, pair.sessionExpiresAt, this.secureCookie);
    return { tokenType: 'Bearer', ...pair };
  }
}

export const clientOf = (request: Request): ClientContext => ({
  clientAddress: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});

/** A refused attempt says when to come back (Retry-After, in seconds). */
export async function withRetryAfter<T>(response: Response, attempt: Promise<T>): Promise<T> {
  try {
    return await attempt;
  } catch (error) {
    if (error instanceof TooManyLoginAttempts) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
