import { Injectable, UnauthorizedException, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { UserEntity } from '@duban/persistence';
import { LoginProtection } from './login-protection.service';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { SessionsService, type ClientContext, type TokenPair } from './sessions.service';

export const LOGIN_REFUSED = 'unknown user or wrong password';

/**
 * The password check behind login and a password change. An unknown or deactivated username costs
 * the same as a known one (its password is checked against a dummy hash of the same parameters),
 * counts towards the same lockout and gets the same answer, so nothing tells who exists.
 */
@Injectable()
export class LoginService implements OnModuleInit {
  private dummyHash: string;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly protection: LoginProtection,
    private readonly sessions: SessionsService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword(randomBytes(16).toString('hex'));
  }

  async login(username: string, password: string, client: ClientContext): Promise<TokenPair> {
    const user = await this.checkPassword(username, password, client);
    void Promise.all([this.protection.prune(), this.sessions.prune()]).catch(() => undefined);
    return this.sessions.start(user.id, client);
  }

  /** The active user with this username and password; 429 when throttled or locked, else 401. */
  async checkPassword(username: string, password: string, client: ClientContext): Promise<UserEntity> {
    const name = username.trim().toLowerCase();
    await this.protection.admit(name, client.clientAddress ?? 'unknown');
    const user = await this.users.findOneBy({ username: name });
    const matches = await verifyPassword(password, user?.passwordHash ?? this.dummyHash);
    if (!user || !user.active || !matches) {
      await this.protection.recordFailure(name);
      throw new UnauthorizedException(LOGIN_REFUSED);
    }
    await this.protection.clear(name);
    if (needsRehash(user.passwordHash)) {
      // The password is at hand only now: an old scrypt or weaker hash becomes argon2id.
      await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
    }
    return user;
  }
}
