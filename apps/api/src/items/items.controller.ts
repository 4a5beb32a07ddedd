import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { ItemCommand } from '@duban/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import {
  CommentDto,
  CompletionDto,
  DecisionDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ConfirmationRequestDto,
  DeadlineChangeDto,
  OptionalReasonDto,
  PublishDto,
  ProgressReportDto,
  RatingDto,
  ReasonDto,
  ReassignDto,
} from './dto/command.dto';
import { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { ListItemsQuery } from './dto/list-items.query';
import { ItemCommandsService } from './item-commands.service';
import { ItemsService } from './items.service';
import { ItemPageView, ItemView, RepairOutcomeView, TimelineEventView } from './item.view';

const IdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'the same key and body return the first answer again',
  });

/** Every command answers with the item as it is after the command. */
const CommandResponses = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  for (const decorate of [
    ApiOkResponse({ type: ItemView }),
    ApiBadRequestResponse({ description: 'a field is missing or malformed' }),
    ApiForbiddenResponse({ description: 'the caller may not give this command' }),
    ApiNotFoundResponse({ description: 'unknown, or not visible to the caller' }),
    ApiConflictResponse({ description: "the command does not fit the item's state" }),
    ApiUnprocessableEntityResponse({ description: 'rejected by a rule' }),
    IdempotencyKey(),
  ]) {
    decorate(target, key, descriptor);
  }
};

@ApiTags('items')
@ApiBearerAuth()
@Controller('items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly commands: ItemCommandsService,
  ) {}

  @Post()
  @Roles('office')
  @ApiOperation({ summary: 'create a draft item' })
  @ApiCreatedResponse({ type: ItemView })
  create(@Body() dto: CreateItemDto, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.create(dto, user);
  }

  @Get()
  @ApiOperation({ summary: 'list, filter, sort and page the items the caller may see' })
  @ApiOkResponse({ type: ItemPageView })
  list(@Query() query: ListItemsQuery, @CurrentUser() user: AuthUser): Promise<ItemPageView> {
    return this.items.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: ItemView })
  @ApiNotFoundResponse()
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.view(id, user);
  }

  @Patch(':id')
  @Roles('office')
  @ApiOperation({ summary: 'edit a draft' })
  @ApiOkResponse({ type: ItemView })
  @ApiConflictResponse({ description: 'the item is published' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateItemDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ItemView> {
    return this.items.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('office')
  @HttpCode(204)
  @ApiOperation({ summary: 'delete a draft' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'the item is published' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.items.remove(id, user);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'every event, reminder and escalation, oldest first' })
  @ApiOkResponse({ type: [TimelineEventView] })
  timeline(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<TimelineEventView[]> {
    return this.items.timeline(id, user);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: "draft → assigned; starts the item's workflow" })
  @CommandResponses()
  publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PublishDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.commands.publish(id, user, dto, key);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'the lead unit signs for the item (签收): assigned → in_progress' })
  @CommandResponses()
  acknowledge(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CommentDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'acknowledge', comment: dto.comment }, key);
  }

  @Post(':id/progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'a progress report from a handler of the lead or a cooperating unit' })
  @CommandResponses()
  progress(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ProgressReportDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'report_progress', reportId: randomUUID(), ...dto }, key);
  }

  @Post(':id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: 'the lead unit requests completion: in_progress → awaiting_signoff' })
  @CommandResponses()
  completion(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CompletionDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'request_completion', ...dto }, key);
  }

  @Post(':id/signoff')
  @HttpCode(200)
  @ApiOperation({ summary: "the lead unit's head signs off (→ under_review) or returns it (→ in_progress)" })
  @CommandResponses()
  signoff(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecisionDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'signoff', ...dto }, key);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office approves (→ closed) or returns it (→ in_progress)' })
  @CommandResponses()
  review(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecisionDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'review', ...dto }, key);
  }

  @Post(':id/confirmations')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'the lead unit asks a cooperating unit to confirm its part (配合单位确认); the wait is charged to that unit',
  })
  @CommandResponses()
  requestConfirmation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmationRequestDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'request_confirmation', unitId: dto.unitId, note: dto.note }, key);
  }

  @Post(':id/confirmations/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: "a cooperating unit's handler or head confirms what its unit was asked" })
  @CommandResponses()
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CommentDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'confirm', comment: dto.comment }, key);
  }

  @Post(':id/extensions')
  @HttpCode(200)
  @ApiOperation({ summary: 'the lead unit requests a later deadline (延期申请)' })
  @CommandResponses()
  requestExtension(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ExtensionRequestDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'request_extension', extensionId: randomUUID(), ...dto }, key);
  }

  @Post(':id/extensions/:extensionId/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office approves (the deadline moves) or rejects an extension request' })
  @CommandResponses()
  decideExtension(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('extensionId', ParseUUIDPipe) extensionId: string,
    @Body() dto: ExtensionDecisionDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'decide_extension', extensionId, ...dto }, key);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office hands the item to another lead unit (转办); it is acknowledged afresh' })
  @CommandResponses()
  reassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReassignDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'reassign', ...dto, cooperatingUnitIds: dto.cooperatingUnitIds ?? [] }, key);
  }

  @Post(':id/deadline')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office changes the deadline (earlier or later) with a reason; every timer re-plans' })
  @CommandResponses()
  changeDeadline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeadlineChangeDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'change_deadline', deadline: dto.deadline, reason: dto.reason }, key);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office suspends the item (暂缓): its clocks stand still' })
  @CommandResponses()
  suspend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'suspend', reason: dto.reason }, key);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office resumes a suspended item; its deadline moves by the time suspended' })
  @CommandResponses()
  resume(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: OptionalReasonDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'resume', reason: dto.reason }, key);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office cancels the item (撤销) with a reason' })
  @CommandResponses()
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'cancel', reason: dto.reason }, key);
  }

  @Post(':id/rating')
  @HttpCode(200)
  @ApiOperation({ summary: 'the office rates a closed item (成效评价)' })
  @CommandResponses()
  rate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RatingDto,
    @CurrentUser() user: AuthUser,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.send(id, user, { type: 'rate', ...dto }, key);
  }

  @Post(':id/repair')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "writes again the item's changes that the database refused (the item's attention); those that land are marked repaired",
  })
  @ApiOkResponse({ type: [RepairOutcomeView] })
  @ApiNotFoundResponse({ description: 'unknown item' })
  repair(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<RepairOutcomeView[]> {
    return this.items.repair(id, user);
  }

  private send(id: string, user: AuthUser, command: ItemCommand, key?: string): Promise<ItemView> {
    return this.commands.send(id, user, command, key);
  }
}
