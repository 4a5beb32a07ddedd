import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@duban/config';
import { dataSourceOptions } from '@duban/persistence';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { BulletinsModule } from './bulletins/bulletins.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { CalendarModule } from './calendar/calendar.module';
import { DelegationsModule } from './delegations/delegations.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { InboxModule } from './inbox/inbox.module';
import { ItemCommandsModule } from './item-commands/item-commands.module';
import { ItemsModule } from './items/items.module';
import { PlanImportModule } from './plan-import/plan-import.module';
import { PoliciesModule } from './policies/policies.module';
import { TemporalModule } from './temporal/temporal.module';
import { TemporalCodecModule } from './temporal-codec/temporal-codec.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';

/** The API: one feature module per part of the product, each registering its own controllers and providers. */
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
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
        AuthModule,
        TemporalModule,
        ItemsModule,
        ItemCommandsModule,
        InboxModule,
        PoliciesModule,
        CalendarModule,
        UnitsModule,
        UsersModule,
        HealthModule,
        TemporalCodecModule,
        AuditModule,
        IdempotencyModule,
        DelegationsModule,
        AttachmentsModule,
        PlanImportModule,
        DashboardModule,
        BulletinsModule,
      ],
    };
  }
}
