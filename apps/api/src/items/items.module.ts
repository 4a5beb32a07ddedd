import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { PolicyVersionsModule } from '../policies/policy-versions.module';
import { DraftsService } from './drafts.service';
import { ItemQueriesService } from './item-queries.service';
import { ItemsController } from './items.controller';

/** Items as the caller may see them, and the office's drafts. */
@Module({
  imports: [CalendarModule, PolicyVersionsModule, DelegationsModule],
  controllers: [ItemsController],
  providers: [ItemQueriesService, DraftsService],
  exports: [ItemQueriesService, DraftsService],
})
export class ItemsModule {}
