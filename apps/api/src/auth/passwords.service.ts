import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidInput } from '@duban/domain';
import { UserEntity } from '@duban/persistence';
import { LoginProtection } from './login-protection.service';
import { hashPassword } from './password-hasher';
import { passwordProblem } from './password-policy';
import { SessionsService } from './sessions.service';

/** Setting a password, by its owner or an administrator: the policy, the hash, and the end of every session. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly protection: LoginProtection,
  ) {}

  /** 400 naming `field` when the password breaks the policy; else its argon2id hash. */
  async hashNew(password: string, username: string, field = 'password'): Promise<string> {
    const problem = passwordProblem(password, username);
    if (problem) throw invalidInput(`${field}: ${problem}`);
    return hashPassword(password);
  }

  /** A new password for an existing user: whoever held a session with the old one is signed out. */
  async set(userId: string, username: string, password: string, field: string, reason: string): Promise<void> {
    const passwordHash = await this.hashNew(password, username, field);
    await this.db.getRepository(UserEntity).update({ id: userId }, { passwordHash });
    await this.changed(userId, username, reason);
  }

  /** After a new password is stored: every session ends, and a lockout is lifted. */
  async changed(userId: string, username: string, reason: string): Promise<void> {
    await this.sessions.endAll(userId, reason);
    await this.protection.clear(username);
  }
}
