import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditRecorder } from './audit-recorder.middleware';
import { AuditRoutes } from './audit-routes';
import { AuditController } from './audit.controller';

/** The audit trail's HTTP side: every command recorded with its outcome, and the admin's routes. */
@Module({
  imports: [DiscoveryModule],
  controllers: [AuditController],
  providers: [AuditRoutes, AuditRecorder],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditRecorder).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
