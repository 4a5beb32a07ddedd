import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@duban/config';
import { dataSourceOptions } from '@duban/persistence';
import { ItemProjectionActivities } from './item-projection.activities';
import { NotificationDeliveryActivities } from './notification-delivery.activities';

/** The worker's providers: the activities and what they need. It serves no HTTP. */
@Module({})
export class WorkerModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL))],
      providers: [{ provide: AppConfig, useValue: config }, ItemProjectionActivities, NotificationDeliveryActivities],
    };
  }
}
