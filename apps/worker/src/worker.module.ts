import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@duban/config';
import { dataSourceOptions } from '@duban/persistence';
import { ItemProjectionActivities } from './item-projection.activities';

/** The worker's providers: the activities and what they need. It serves no HTTP. */
@Module({})
export class WorkerModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL))],
      providers: [ItemProjectionActivities],
    };
  }
}
