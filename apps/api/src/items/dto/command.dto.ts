import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateNested,
} from 'class-validator';
import { RATING_GRADES, type RatingGrade } from '@duban/domain';
import { IsDeadlineDate } from './is-deadline-date';

export class CommentDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class ReasonDto {
  @ApiProperty({ description: 'why: kept on the record' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class MilestoneValueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() milestoneId: string;
  @ApiProperty({ example: 12.5 }) @IsNumber() value: number;
}

export class ProgressReportDto {
  @ApiProperty({ description: 'what was done' }) @IsString() @IsNotEmpty() @MaxLength(5000) text: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percent: number;

  @ApiPropertyOptional({ type: [MilestoneValueDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneValueDto)
  milestoneValues?: MilestoneValueDto[];
}

export class CompletionDto {
  @ApiProperty({ description: 'the result summary' }) @IsString() @IsNotEmpty() @MaxLength(5000) summary: string;

  @ApiPropertyOptional({ type: [String], description: 'evidence: links or references to attachments' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  evidence?: string[];
}

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) decision: 'approve' | 'return';
  @ApiPropertyOptional({ description: 'required when returning: the reason' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ExtensionRequestDto {
  @ApiProperty({ format: 'date', example: '2024-04-30' }) @IsDeadlineDate() requestedDeadline: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class ConfirmationRequestDto {
  @ApiProperty({ format: 'uuid', description: 'a cooperating unit of the item' }) @IsUUID() unitId: string;
  @ApiProperty({ description: 'what the cooperating unit is to confirm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

export class DeadlineChangeDto {
  @ApiProperty({ format: 'date', example: '2024-05-15', description: 'the new deadline: earlier or later' })
  @IsDeadlineDate()
  deadline: string;
  @ApiProperty({ description: 'why: kept on the record' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class ExtensionDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class ReassignDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadUnitId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  cooperatingUnitIds?: string[];

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class RatingDto {
  @ApiProperty({ enum: RATING_GRADES, description: '成效评价' }) @IsIn(RATING_GRADES) grade: RatingGrade;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}
