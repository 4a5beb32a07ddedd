import { Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DataSource, IsNull } from 'typeorm';
import { asLocale, LOCALES, renderNotification } from '@duban/notifications';
import { hasRole } from '@duban/domain';
import { InboxMessageEntity, ItemEntity, UserEntity } from '@duban/persistence';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { PageQuery } from '../common/page.query';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only unread messages' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ enum: LOCALES, description: "the language; by default the user's own" })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: (typeof LOCALES)[number];
}

export class InboxMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ description: 'item, rule and occurrence: one message per firing' }) messageKey: string;
  @ApiProperty() trigger: string;
  @ApiProperty() level: number;
  @ApiProperty({ nullable: true, type: String }) colour: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() link: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;
}

export const TODO_ACTIONS = [
  'acknowledge',
  'report_or_complete',
  'confirm',
  'sign_off',
  'review',
  'decide_extension',
] as const;

// A confirmation asked of the unit, with no confirmation (or reassignment) after it.
const AWAITS_MY_CONFIRMATION = `i.status = 'in_progress' AND EXISTS (
  SELECT 1 FROM timeline_events r WHERE r.item_id = i.id AND r.type = 'confirmation_requested' AND r.data->>'unitId' = :unit::text
  AND NOT EXISTS (SELECT 1 FROM timeline_events c WHERE c.item_id = i.id AND c.seq > r.seq
    AND (c.type = 'reassigned' OR (c.type = 'confirmed' AND c.data->>'unitId' = :unit::text))))`;

export class TodoView {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TODO_ACTIONS, description: 'what the caller is to do next' }) action: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ enum: ['green', 'yellow', 'orange', 'red'] }) colour: string;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxMessageView] }) messages: InboxMessageView[];
  @ApiProperty({ type: [TodoView], description: 'items waiting for the caller, most urgent first' }) todos: TodoView[];
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** The caller's in-app inbox: reminders, warnings and escalations addressed to it (newest first), and its to-dos. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiOkResponse({ type: InboxPageView })
  async list(@Query() query: InboxQuery, @CurrentUser() user: AuthUser): Promise<InboxPageView> {
    const repo = this.db.getRepository(InboxMessageEntity);
    const me = await this.db.getRepository(UserEntity).findOneByOrFail({ id: user.userId });
    const locale = query.locale ?? asLocale(me.locale);
    const [rows, total] = await repo.findAndCount({
      where: { userId: user.userId, ...(query.unread ? { readAt: IsNull() } : {}) },
      relations: { notification: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const unread = await repo.countBy({ userId: user.userId, readAt: IsNull() });
    const messages = rows.map(({ id, notification: n, createdAt, readAt }) => {
      const message = renderNotification(n!, locale);
      return {
        id,
        itemId: n!.itemId,
        messageKey: n!.messageKey,
        trigger: n!.trigger,
        level: n!.level,
        colour: n!.colour,
        subject: message.subject,
        text: message.text,
        link: n!.params.link,
        createdAt: createdAt.toISOString(),
        readAt: readAt?.toISOString() ?? null,
      };
    });
    return { messages, todos: await this.todos(user), total, unread, page: query.page, pageSize: query.pageSize };
  }

  /** The items waiting for the caller's own action, by role: the to-do half of the inbox. */
  private async todos(user: AuthUser): Promise<TodoView[]> {
    const wants: { action: (typeof TODO_ACTIONS)[number]; where: string }[] = [];
    if (hasRole(user, 'handler', 'unit_head'))
      wants.push({ action: 'acknowledge', where: `i.status = 'assigned' AND i.lead_unit_id = :unit` });
    if (hasRole(user, 'handler'))
      wants.push({ action: 'report_or_complete', where: `i.status = 'in_progress' AND i.lead_unit_id = :unit` });
    if (hasRole(user, 'handler', 'unit_head')) wants.push({ action: 'confirm', where: AWAITS_MY_CONFIRMATION });
    if (hasRole(user, 'unit_head'))
      wants.push({ action: 'sign_off', where: `i.status = 'awaiting_signoff' AND i.lead_unit_id = :unit` });
    if (hasRole(user, 'office')) {
      wants.push({ action: 'review', where: `i.status = 'under_review'` });
      wants.push({
        action: 'decide_extension',
        where: `EXISTS (SELECT 1 FROM extensions e WHERE e.item_id = i.id AND e.status = 'pending')`,
      });
    }
    const todos: TodoView[] = [];
    for (const { action, where } of wants) {
      const rows = await this.db
        .getRepository(ItemEntity)
        .createQueryBuilder('i')
        .where(where, { unit: user.unitId })
        .orderBy('i.due_at', 'ASC')
        .limit(100)
        .getMany();
      todos.push(
        ...rows.map((i) => ({ itemId: i.id, title: i.title, action, deadline: i.deadline, colour: i.colour })),
      );
    }
    return todos.sort((a, b) => a.deadline.localeCompare(b.deadline));
  }

  @Post(':id/read')
  @HttpCode(204)
  async markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    const repo = this.db.getRepository(InboxMessageEntity);
    const found = await repo.findOneBy({ id, userId: user.userId });
    if (!found) throw new NotFoundException(`message ${id} not found`);
    if (!found.readAt) await repo.update(id, { readAt: new Date() });
  }

  @Post('read-all')
  @HttpCode(204)
  async markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    await this.db
      .getRepository(InboxMessageEntity)
      .update({ userId: user.userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
