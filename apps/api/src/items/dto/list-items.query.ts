import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CATEGORIES, COLOURS, ITEM_STATUSES, type Category, type Colour, type ItemStatus } from '@duban/domain';
import { IsDeadlineDate } from './is-deadline-date';
import { PageQuery } from '../../common/page.query';

export const ITEM_SORTS = ['deadline', 'createdAt', 'updatedAt', 'title', 'escalationLevel'] as const;

export class ListItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ITEM_STATUSES }) @IsOptional() @IsIn(ITEM_STATUSES) status?: ItemStatus;
  @ApiPropertyOptional({ enum: COLOURS }) @IsOptional() @IsIn(COLOURS) colour?: Colour;
  @ApiPropertyOptional({ format: 'uuid', description: 'items where this unit leads or cooperates' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: Category;
  @ApiPropertyOptional({ format: 'uuid', description: 'items this leader supervises (责任领导)' })
  @IsOptional()
  @IsUUID()
  supervisingLeaderId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 3, description: 'items at this escalation level' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3)
  escalationLevel?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 3,
    description: "items at this escalation level or higher (a leader's escalations: 2 and above)",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3)
  minEscalationLevel?: number;

  @ApiPropertyOptional({ description: 'only items past their deadline and still open (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'only items with a change the database refused (true), or none (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  attention?: boolean;

  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDeadlineDate() dueFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDeadlineDate() dueTo?: string;
  @ApiPropertyOptional({ description: 'text in the title or content' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: ITEM_SORTS, default: 'deadline' })
  @IsOptional()
  @IsIn(ITEM_SORTS)
  sort?: (typeof ITEM_SORTS)[number];
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' }) @IsOptional() @IsIn(['asc', 'desc']) order?:
    'asc' | 'desc';
}
