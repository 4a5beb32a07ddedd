import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ItemCommandsModule } from '../item-commands/item-commands.module';
import { PoliciesController } from './policies.controller';
import { PolicyMigrationService } from './policy-migration.service';
import { PolicyVersionsModule } from './policy-versions.module';

/** Escalation policies over HTTP: versions, and the office's previewed move of open items to one. */
@Module({
  imports: [PolicyVersionsModule, CalendarModule, ItemCommandsModule],
  controllers: [PoliciesController],
  providers: [PolicyMigrationService],
})
export class PoliciesModule {}
