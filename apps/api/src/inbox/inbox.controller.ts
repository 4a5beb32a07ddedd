import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedIn } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { InboxPageView, InboxQuery } from './inbox.dto';
import { InboxService } from './inbox.service';

/** The caller's in-app inbox: reminders, warnings and escalations addressed to it (newest first), and its to-dos. */
@ApiTags('inbox')
@ApiBearerAuth()
@ApiErrors(401)
@SignedIn()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOkResponse({ type: InboxPageView })
  @ApiErrors(400)
  list(@Query() query: InboxQuery, @CurrentUser() user: AuthUser): Promise<InboxPageView> {
    return this.inbox.page(query, user);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'marked read' })
  @ApiErrors(400, 404)
  markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.inbox.markRead(id, user);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'every message marked read' })
  markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.inbox.markAllRead(user);
  }
}
