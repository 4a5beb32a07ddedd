import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, ItemAccess, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { ListItemsQuery } from './dto/list-items.query';
import { DraftsService } from './drafts.service';
import { ItemQueriesService } from './item-queries.service';
import { ItemPageView, ItemView, ProgressReportView, TimelineEventView } from './item.view';

/** Items as the caller may see them, and the office's drafts. Commands are in item-commands/. */
@ApiTags('items')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('items')
export class ItemsController {
  constructor(
    private readonly queries: ItemQueriesService,
    private readonly drafts: DraftsService,
  ) {}

  @Get()
  @ItemAccess('read')
  @ApiOperation({ summary: 'list, filter, sort and page the items the caller may see' })
  @ApiOkResponse({ type: ItemPageView })
  @ApiErrors(400)
  list(@Query() query: ListItemsQuery, @CurrentUser() user: AuthUser): Promise<ItemPageView> {
    return this.queries.list(query, user);
  }

  @Get(':id')
  @ItemAccess('read')
  @ApiOperation({ summary: 'one item, with the actions the caller may take now and its delay attribution' })
  @ApiOkResponse({ type: ItemView })
  @ApiErrors(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.queries.detail(id, user);
  }

  @Get(':id/timeline')
  @ItemAccess('read')
  @ApiOperation({
    summary: 'every event, reminder and escalation, oldest first, naming who acted or the rule that fired',
  })
  @ApiOkResponse({ type: [TimelineEventView] })
  @ApiErrors(400, 404)
  timeline(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<TimelineEventView[]> {
    return this.queries.timeline(id, user);
  }

  @Get(':id/progress-reports')
  @ItemAccess('read')
  @ApiOperation({ summary: 'the progress reports, newest first, each with its files of evidence' })
  @ApiOkResponse({ type: [ProgressReportView] })
  @ApiErrors(400, 404)
  progressReports(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ProgressReportView[]> {
    return this.queries.progressReports(id, user);
  }

  @Post()
  @Roles('office')
  @Idempotent()
  @ApiOperation({ summary: 'create a draft item' })
  @ApiCreatedResponse({ type: ItemView })
  @ApiErrors(400, 403, 422, 503)
  create(@Body() dto: CreateItemDto, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.drafts.create(dto, user);
  }

  @Patch(':id')
  @Roles('office')
  @Idempotent()
  @ApiOperation({ summary: 'edit a draft' })
  @ApiOkResponse({ type: ItemView })
  @ApiErrors(400, 403, 404, 409, 422, 503)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateItemDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ItemView> {
    return this.drafts.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('office')
  @Idempotent()
  @HttpCode(204)
  @ApiOperation({ summary: 'delete a draft' })
  @ApiNoContentResponse()
  @ApiErrors(400, 403, 404, 409, 503)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.drafts.remove(id, user);
  }
}
