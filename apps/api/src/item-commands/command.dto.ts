import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_MILESTONE_VALUE, RATING_GRADES, TEXT_LIMITS, type RatingGrade } from '@duban/domain';
import { OptionalText, RequiredText } from '../common/text-fields';
import { IsDeadlineDate } from '../items/dto/is-deadline-date';

export class CommentDto {
  @OptionalText(TEXT_LIMITS.note) comment?: string;
}

export class ReasonDto {
  @RequiredText(TEXT_LIMITS.note, { description: 'why: kept on the record' }) reason: string;
}

export class OptionalReasonDto {
  @OptionalText(TEXT_LIMITS.note) reason?: string;
}

export class MilestoneValueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() milestoneId: string;
  @ApiProperty({ example: 12.5, minimum: -MAX_MILESTONE_VALUE, maximum: MAX_MILESTONE_VALUE })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_MILESTONE_VALUE)
  @Max(MAX_MILESTONE_VALUE)
  value: number;
}

export class ProgressReportDto {
  @RequiredText(TEXT_LIMITS.text, { description: 'what was done' }) text: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percent: number;

  @ApiPropertyOptional({ type: [MilestoneValueDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneValueDto)
  milestoneValues?: MilestoneValueDto[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'files of evidence (佐证材料) uploaded to the item first (POST /items/{id}/attachments)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class CompletionDto {
  @RequiredText(TEXT_LIMITS.text, { description: 'the result summary' }) summary: string;

  @ApiPropertyOptional({ type: [String], description: 'evidence: links or references to attachments' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(TEXT_LIMITS.reference, { each: true })
  evidence?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'files of evidence (佐证材料) uploaded to the item first (POST /items/{id}/attachments)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) decision: 'approve' | 'return';
  @OptionalText(TEXT_LIMITS.note, { description: 'required when returning: the reason' }) comment?: string;
}

export class ExtensionRequestDto {
  @ApiProperty({ format: 'date', example: '2024-04-30' }) @IsDeadlineDate() requestedDeadline: string;
  @RequiredText(TEXT_LIMITS.note) reason: string;
}

export class ConfirmationRequestDto {
  @ApiProperty({ format: 'uuid', description: 'a cooperating unit of the item' }) @IsUUID() unitId: string;
  @RequiredText(TEXT_LIMITS.note, { description: 'what the cooperating unit is to confirm' }) note: string;
}

export class DeadlineChangeDto {
  @ApiProperty({ format: 'date', example: '2024-05-15', description: 'the new deadline: earlier or later' })
  @IsDeadlineDate()
  deadline: string;
  @RequiredText(TEXT_LIMITS.note, { description: 'why: kept on the record' }) reason: string;
}

export class PublishDto {
  @ApiPropertyOptional({
    default: false,
    description:
      'record a past item after the fact (补录): a deadline that has passed is accepted, and the item stands at the escalation level it has reached without sending the warnings and escalations whose moment has passed',
  })
  @IsOptional()
  @IsBoolean()
  allowPast?: boolean;
}

export class ExtensionDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
  @OptionalText(TEXT_LIMITS.note) comment?: string;
}

export class ReassignDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadUnitId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  cooperatingUnitIds?: string[];

  @RequiredText(TEXT_LIMITS.note) reason: string;
}

export class RatingDto {
  @ApiProperty({ enum: RATING_GRADES, description: '成效评价' }) @IsIn(RATING_GRADES) grade: RatingGrade;
  @OptionalText(TEXT_LIMITS.note) comment?: string;
}
