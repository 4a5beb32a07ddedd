import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@duban/config';

export interface AccessTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  minutes: number;
}

/** Whom a valid access token speaks for, and in which session. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export function accessTokenSettings(config: AppConfig): AccessTokenSettings {
  if (!config.JWT_SECRET) {
    throw new Error(
      `Configuration: JWT_SECRET is not set and ${config.JWT_SECRET_FILE} does not exist: set JWT_SECRET, or run npm start once to create the file`,
    );
  }
  return {
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    minutes: config.ACCESS_TOKEN_MINUTES,
  };
}

/**
 * Short-lived access tokens: HS256 only, with issuer, audience, subject, session id and expiry,
 * each of which verification insists on. Anything else (alg none, HS512, RS256, another secret,
 * no exp) is not a token of ours.
 */
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(private readonly settings: AccessTokenSettings) {
    this.jwt = new JwtService({ secret: settings.secret });
  }

  get lifetimeSeconds(): number {
    return this.settings.minutes * 60;
  }

  sign({ userId, sessionId }: AccessClaims): Promise<string> {
    return this.jwt.signAsync(
      { sid: sessionId },
      {
        algorithm: 'HS256',
        subject: userId,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        expiresIn: this.lifetimeSeconds,
      },
    );
  }

  /** The claims of a token this API signed and that has not expired; null for anything else. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<Record<string, unknown>>(token, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      });
      // jsonwebtoken lets a token without exp live forever: ours always carry one.
      if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
        return null;
      }
      return { userId: claims.sub, sessionId: claims.sid };
    } catch {
      return null;
    }
  }
}
