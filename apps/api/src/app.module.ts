import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@duban/config';
import { ItemProjector } from '@duban/item-projection';
import { dataSourceOptions, UnitEntity, UserEntity } from '@duban/persistence';
import { AuthModule } from './auth/auth.module';
import { CalendarController } from './escalation/calendar.controller';
import { CalendarService } from './escalation/calendar.service';
import { PoliciesController } from './escalation/policies.controller';
import { PolicyMigrationService } from './escalation/policy-migration.service';
import { PolicyVersionsService } from './escalation/policy-versions.service';
import { HealthController } from './health/health.controller';
import { InboxController } from './inbox/inbox.controller';
import { ItemCommandsService } from './items/item-commands.service';
import { ItemsController } from './items/items.controller';
import { ItemsService } from './items/items.service';
import { TemporalModule } from './temporal/temporal.module';
import { UnitsController } from './units/units.controller';
import { MeController } from './users/me.controller';
import { UsersController } from './users/users.controller';

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: class ConfigModule {},
          global: true,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
        },
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL, { runMigrations: true })),
        TypeOrmModule.forFeature([UserEntity, UnitEntity]),
        AuthModule,
        TemporalModule,
      ],
      controllers: [
        MeController,
        UnitsController,
        UsersController,
        ItemsController,
        CalendarController,
        PoliciesController,
        InboxController,
        HealthController,
      ],
      providers: [
        ItemsService,
        ItemCommandsService,
        CalendarService,
        PolicyVersionsService,
        PolicyMigrationService,
        {
          provide: ItemProjector,
          inject: [DataSource, AppConfig],
          useFactory: (db: DataSource, appConfig: AppConfig) => new ItemProjector(db, appConfig),
        },
      ],
    };
  }
}
