import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitEntity, UserEntity } from '@duban/persistence';
import { AuthModule } from '../auth/auth.module';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';

/** Users with their unit and roles, and the caller itself. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UnitEntity]), AuthModule],
  controllers: [MeController, UsersController],
})
export class UsersModule {}
