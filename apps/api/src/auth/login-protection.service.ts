import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AppConfig } from '@duban/config';

/** 429 with the seconds to wait, sent as Retry-After. */
export class TooManyLoginAttempts extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}

const MINUTE = 60_000;

/**
 * Guards the password check. Attempts per minute from one client address and for one username are
 * counted in this process (@nestjs/throttler's storage); failures per username, known or unknown,
 * are counted in the database, and enough of them lock the username for every API process until
 * the time is up or an administrator unlocks it.
 */
@Injectable()
export class LoginProtection {
  constructor(
    private readonly config: AppConfig,
    private readonly rates: ThrottlerStorageService,
    private readonly db: DataSource,
  ) {}

  /** Throws TooManyLoginAttempts when this attempt may not even be tried. */
  async admit(username: string, clientAddress: string): Promise<void> {
    await this.rate(`address:${clientAddress}`, this.config.LOGIN_RATE_PER_ADDRESS, 'from this address');
    const [lock] = await this.db.query<{ seconds: number }[]>(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds
         FROM login_lockouts WHERE username = $1 AND locked_until > now()`,
      [username],
    );
    if (lock) {
      throw new TooManyLoginAttempts(
        'this account is locked after repeated failed sign-ins: try again later, or ask an administrator to unlock it',
        lock.seconds,
      );
    }
    await this.rate(`account:${username}`, this.config.LOGIN_RATE_PER_ACCOUNT, 'for this account');
  }

  /** Counts a failure; the one that reaches the threshold starts the lock. */
  async recordFailure(username: string): Promise<void> {
    const minutes = this.config.LOGIN_LOCKOUT_MINUTES;
    const [{ failures }] = await this.db.query<{ failures: number }[]>(
      `INSERT INTO login_lockouts AS l (username, failed_at) VALUES ($1, ARRAY[now()])
       ON CONFLICT (username) DO UPDATE SET failed_at = array_append(
         ARRAY(SELECT t FROM unnest(l.failed_at) AS t WHERE t > now() - make_interval(mins => $2)), now())
       RETURNING cardinality(failed_at) AS failures`,
      [username, minutes],
    );
    if (failures >= this.config.LOGIN_LOCKOUT_FAILURES) {
      await this.db.query(
        `UPDATE login_lockouts SET locked_until = now() + make_interval(mins => $2), failed_at = '{}' WHERE username = $1`,
        [username, minutes],
      );
    }
  }

  /** After a successful login, or an administrator's unlock: the failures are forgotten. */
  async clear(username: string): Promise<void> {
    await this.db.query(`DELETE FROM login_lockouts WHERE username = $1`, [username]);
  }

  /** Rows of usernames that are neither locked nor failed within the window: nothing left to count. */
  async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM login_lockouts WHERE (locked_until IS NULL OR locked_until < now())
         AND coalesce(failed_at[cardinality(failed_at)], '-infinity') < now() - make_interval(mins => $1)`,
      [this.config.LOGIN_LOCKOUT_MINUTES],
    );
  }

  private async rate(key: string, limit: number, what: string): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.rates.increment(`login:${key}`, MINUTE, limit, 0, 'login');
    if (isBlocked) {
      throw new TooManyLoginAttempts(
        `too many sign-in attempts ${what}: try again in ${timeToBlockExpire} s`,
        timeToBlockExpire,
      );
    }
  }
}
