import { Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan, type Repository } from 'typeorm';
import { AppConfig } from '@duban/config';
import { RefreshTokenEntity, SessionEntity, UserEntity } from '@duban/persistence';
import { AccessTokens } from './access-tokens';

/** What a login or a refresh hands out. */
export interface TokenPair {
  accessToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  refreshToken: string;
  sessionExpiresAt: Date;
}

export interface ClientContext {
  clientAddress: string | null;
  userAgent: string | null;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const SESSION_ENDED = 'the session has ended: sign in again';

/**
 * Sessions and their tokens. A login starts a session; each refresh token is good once and hands
 * out its successor (rotation); a used one presented again ends the session (reuse detection), as
 * do logout, a password change or reset, and deactivation. Access tokens name their session, and
 * the guard checks it on every request, so an ended session's access tokens are refused at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: AccessTokens,
  ) {}

  async start(userId: string, client: ClientContext): Promise<TokenPair> {
    const expiresAt = new Date(Date.now() + this.config.SESSION_HOURS * 3600_000);
    const session = await this.db
      .getRepository(SessionEntity)
      .save({ userId, expiresAt, clientAddress: client.clientAddress, userAgent: client.userAgent?.slice(0, 300) });
    return this.issue(session, this.db.getRepository(RefreshTokenEntity));
  }

  /** Exchanges a refresh token for a new pair; 401 when it is unknown, used, or its session ended. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.db.transaction(async (em) => {
      const tokenHash = digest(refreshToken);
      const { raw } = await em
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :tokenHash AND used_at IS NULL', { tokenHash })
        .returning('session_id')
        .execute();
      const sessionId = (raw as { session_id: string }[])[0]?.session_id;
      if (!sessionId) {
        const used = await em.findOneBy(RefreshTokenEntity, { tokenHash });
        return used ? { reusedIn: used.sessionId } : null;
      }
      const session = await this.liveSession(sessionId, em.getRepository(SessionEntity));
      return session ? { pair: await this.issue(session, em.getRepository(RefreshTokenEntity)) } : null;
    });
    if (outcome?.pair) return outcome.pair;
    if (outcome?.reusedIn) {
      // Someone holds a token that was already exchanged: thief or victim, the session is not safe.
      await this.end(outcome.reusedIn, 'refresh token reused');
      throw new UnauthorizedException('this refresh token was already used: the session is ended, sign in again');
    }
    throw new UnauthorizedException(`the refresh token is not valid or ${SESSION_ENDED}`);
  }

  /** The user of a refresh token not yet used, in a live session (the docs' login by cookie); it stays unused. */
  async holderOf(refreshToken: string): Promise<UserEntity | null> {
    const token = await this.db
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: digest(refreshToken), usedAt: IsNull() });
    return token ? this.userOf(token.sessionId) : null;
  }

  /** The session a refresh token belongs to, used or not (for logout). */
  async sessionOf(refreshToken: string): Promise<string | null> {
    const token = await this.db.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: digest(refreshToken) });
    return token?.sessionId ?? null;
  }

  /** The signed-in user of a live session, read afresh: deactivation and role changes count at once. */
  async userOf(sessionId: string, userId?: string): Promise<UserEntity | null> {
    const session = await this.liveSession(sessionId, this.db.getRepository(SessionEntity), userId);
    return session?.user ?? null;
  }

  async end(sessionId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedReason: reason });
  }

  /** Ends every session of the user: its refresh tokens stop working and its access tokens are refused. */
  async endAll(userId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedReason: reason });
  }

  /** Sessions that ended a month ago go, with their tokens; the audit trail keeps the logins. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE expires_at < now() - interval '30 days'`);
  }

  private liveSession(id: string, sessions: Repository<SessionEntity>, userId?: string) {
    return sessions.findOne({
      where: {
        id,
        ...(userId ? { userId } : {}),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
        user: { active: true },
      },
      relations: { user: true },
    });
  }

  private async issue(session: SessionEntity, refreshTokens: Repository<RefreshTokenEntity>): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await refreshTokens.insert({ tokenHash: digest(refreshToken), sessionId: session.id });
    return {
      accessToken: await this.tokens.sign({ userId: session.userId, sessionId: session.id }),
      expiresIn: this.tokens.lifetimeSeconds,
      refreshToken,
      sessionExpiresAt: session.expiresAt,
    };
  }
}
