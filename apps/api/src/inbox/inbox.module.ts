import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** The in-app inbox: messages and to-dos. */
@Module({ imports: [CalendarModule, DelegationsModule], controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
