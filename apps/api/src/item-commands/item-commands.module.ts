import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { ItemsModule } from '../items/items.module';
import { PolicyVersionsModule } from '../policies/policy-versions.module';
import { ItemCommandsController } from './item-commands.controller';
import { PublishItemService } from './publish-item.service';
import { RepairItemService } from './repair-item.service';
import { SendCommandService } from './send-command.service';

/** The commands people send to an item's workflow, publishing first. */
@Module({
  imports: [ItemsModule, PolicyVersionsModule, CalendarModule, AttachmentsModule, DelegationsModule],
  controllers: [ItemCommandsController],
  providers: [SendCommandService, PublishItemService, RepairItemService],
  exports: [SendCommandService],
})
export class ItemCommandsModule {}
