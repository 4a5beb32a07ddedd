import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@duban/config';
import { UserEntity } from '@duban/persistence';
import { AccessTokens, accessTokenSettings } from './access-tokens';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { LoginProtection } from './login-protection.service';
import { LoginService } from './login.service';
import { PasswordController } from './password.controller';
import { PasswordsService } from './passwords.service';
import { SessionsService } from './sessions.service';

/**
 * Login, sessions and tokens, and the guard every route passes (global: a route is closed unless
 * marked @Public). Needs AppConfig and the TypeORM connection from the application module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [AuthController, PasswordController],
  providers: [
    {
      provide: AccessTokens,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new AccessTokens(accessTokenSettings(config)),
    },
    // The login rate counters of this process; @nestjs/throttler's storage, kept to this module.
    ThrottlerStorageService,
    LoginProtection,
    SessionsService,
    LoginService,
    PasswordsService,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
  ],
  exports: [AuthGuard, SessionsService, PasswordsService, LoginProtection],
})
export class AuthModule {}
