import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** Liveness and readiness of the database and Temporal. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
