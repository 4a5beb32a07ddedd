import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

/** The in-app inbox: messages and to-dos. */
@Module({ controllers: [InboxController], providers: [InboxService] })
export class InboxModule {}
