import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CATEGORIES, COLOURS, ITEM_STATUSES, type Category, type Colour, type ItemStatus } from '@duban/domain';
import { IsDeadlineDate } from './is-deadline-date';

export const ITEM_SORTS = ['deadline', 'createdAt', 'updatedAt', 'title', 'escalationLevel'] as const;

export class ListItemsQuery {
  @ApiPropertyOptional({ enum: ITEM_STATUSES }) @IsOptional() @IsIn(ITEM_STATUSES) status?: ItemStatus;
  @ApiPropertyOptional({ enum: COLOURS }) @IsOptional() @IsIn(COLOURS) colour?: Colour;
  @ApiPropertyOptional({ format: 'uuid', description: 'items where this unit leads or cooperates' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: Category;

  @ApiPropertyOptional({ description: 'only items past their deadline and still open (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

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
  @ApiPropertyOptional({ default: 1, minimum: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
