import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  IsISO8601,
} from 'class-validator';
import {
  CATEGORIES,
  REPORTING_CADENCE_KINDS,
  type ReportingCadence,
  MAX_MILESTONE_VALUE,
  MIN_CADENCE_MS,
  PRIORITIES,
  TEXT_LIMITS,
  type Category,
  type Priority,
} from '@duban/domain';
import { IsDeadlineDate, IsPlanInstant } from './is-deadline-date';
import { IsIsoDuration } from '../../common/is-iso-duration';
import { Trim } from '../../common/text-fields';

export class ReportingCadenceDto {
  @ApiProperty({
    enum: REPORTING_CADENCE_KINDS,
    description:
      'every N workdays, monthly by a day of the month, an exact ISO 8601 interval (demos, tests), weekly on a weekday, twice a month (半月报), at each month end, at each quarter end',
  })
  @IsIn(REPORTING_CADENCE_KINDS)
  kind: ReportingCadence['kind'];

  @ApiPropertyOptional({ minimum: 1, maximum: 60, description: 'with kind=workdays' })
  @ValidateIf((o: ReportingCadenceDto) => o.kind === 'workdays')
  @IsInt()
  @Min(1)
  @Max(60)
  every?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 31, description: 'with kind=monthly: the report is due by this day' })
  @ValidateIf((o: ReportingCadenceDto) => o.kind === 'monthly')
  @IsInt()
  @Min(1)
  @Max(31)
  day?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'with kind=weekly: 1 Monday … 7 Sunday' })
  @ValidateIf((o: ReportingCadenceDto) => o.kind === 'weekly')
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({
    example: 'PT5M',
    description: 'with kind=interval: an ISO 8601 duration in weeks, days, hours, minutes or seconds',
  })
  @ValidateIf((o: ReportingCadenceDto) => o.kind === 'interval')
  @IsIsoDuration({ minMs: MIN_CADENCE_MS })
  duration?: string;
}

export class MilestoneDto {
  @ApiProperty({ example: '完成一季度投资 30 亿元', maxLength: TEXT_LIMITS.title })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.title)
  title: string;

  @ApiProperty({ example: '2024-03-31', format: 'date', description: "on or before the item's deadline" })
  @IsDeadlineDate()
  deadline: string;

  @ApiPropertyOptional({ example: 30, minimum: -MAX_MILESTONE_VALUE, maximum: MAX_MILESTONE_VALUE })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_MILESTONE_VALUE)
  @Max(MAX_MILESTONE_VALUE)
  targetValue?: number;

  @ApiPropertyOptional({ example: '亿元', maxLength: 20 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  valueUnit?: string;
}

export class CreateItemDto {
  @ApiProperty({ example: '一季度固定资产投资实现“开门红”', description: '重点任务', maxLength: TEXT_LIMITS.title })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.title)
  title: string;

  @ApiPropertyOptional({ description: '具体措施', maxLength: TEXT_LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.text)
  content?: string;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn(CATEGORIES)
  category: Category;

  @ApiPropertyOptional({ example: '2024年第2次工委会议（2024-01-12）', maxLength: TEXT_LIMITS.title })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TEXT_LIMITS.title)
  source?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiProperty({ format: 'uuid', description: '牵头单位' })
  @IsUUID()
  leadUnitId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: '配合单位' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  cooperatingUnitIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: '责任领导 (a user with the leader role)' })
  @IsOptional()
  @IsUUID()
  supervisingLeaderId?: string;

  @ApiPropertyOptional({
    example: '分管副主任',
    description:
      '责任领导 as the plan names them, when no user is chosen (a plan import keeps it for the office to settle)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(60)
  supervisingLeaderText?: string;

  @ApiProperty({ example: '2024-03-31', format: 'date', description: '完成时限: the end of this day in Asia/Shanghai' })
  @IsDeadlineDate()
  deadline: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2024-03-31T17:30:00+08:00',
    description: 'an exact time on the deadline day instead of its end (a demo ladder in minutes, a meeting-set hour)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsPlanInstant()
  deadlineAt?: string;

  @ApiPropertyOptional({ type: ReportingCadenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportingCadenceDto)
  reportingCadence?: ReportingCadenceDto;

  @ApiPropertyOptional({ type: [MilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];
}

export class UpdateItemDto extends PartialType(CreateItemDto) {}
