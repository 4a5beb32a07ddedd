import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { LOCALES } from '@duban/notifications';
import type { ActionType } from '@duban/domain';
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
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: "null for a bulletin's notice" })
  itemId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the bulletin a notice announces' })
  bulletinId: string | null;
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

/** The actions that wait for someone, as to-dos: an item to sign for, work on, confirm, sign off, review, decide. */
export const TODO_OF = {
  acknowledge: 'acknowledge',
  request_completion: 'report_or_complete',
  confirm: 'confirm',
  signoff: 'sign_off',
  review: 'review',
  decide_extension: 'decide_extension',
} as const satisfies Partial<Record<ActionType, string>>;
export const TODO_ACTIONS = Object.values(TODO_OF);
export type TodoAction = (typeof TODO_ACTIONS)[number];

export class TodoView {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TODO_ACTIONS, description: 'what the caller is to do next' }) action: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ enum: ['green', 'yellow', 'orange', 'red'] }) colour: string;
  @ApiProperty({
    description:
      'report_or_complete: sent back to the unit (by its head or the office) since it last asked to complete',
  })
  returned: boolean;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description:
      'report_or_complete: when the next progress report falls due by the cadence, a cadence after the last report or the acknowledgement; null without a cadence',
  })
  reportDueAt: string | null;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxMessageView] }) messages: InboxMessageView[];
  @ApiProperty({ type: [TodoView], description: 'items waiting for the caller, most urgent first' }) todos: TodoView[];
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
