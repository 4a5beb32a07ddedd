import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COLOURS,
  DEADLINE_ON_DAY_OFF,
  RECIPIENTS,
  TRIGGERS,
  type Colour,
  type DeadlineOnDayOff,
  type Recipient,
  type Trigger,
} from '@duban/domain';
import { IsIsoDuration } from '../common/is-iso-duration';
import { Trim } from '../common/text-fields';

export class RuleOffsetDto {
  @ApiPropertyOptional({ minimum: 0, example: 5, description: 'workdays by the business calendar; or give duration' })
  @ValidateIf((o: RuleOffsetDto) => o.duration === undefined)
  @IsInt()
  @Min(0)
  @Max(250)
  workdays?: number;

  @ApiPropertyOptional({ example: 'PT10M', description: 'an exact ISO 8601 duration instead of workdays' })
  @ValidateIf((o: RuleOffsetDto) => o.workdays === undefined)
  @IsIsoDuration({ allowZero: true })
  duration?: string;
}

export class PolicyRuleDto {
  @ApiProperty({ enum: TRIGGERS })
  @IsIn(TRIGGERS)
  trigger: Trigger;

  @ApiProperty({
    type: RuleOffsetDto,
    description: "before or after the trigger's moment (the deadline, the report due, the milestone, the risk finding)",
  })
  @ValidateNested()
  @Type(() => RuleOffsetDto)
  offset: RuleOffsetDto;

  @ApiProperty({
    enum: COLOURS,
    nullable: true,
    type: String,
    description: 'the colour the item takes; null for a plain reminder',
  })
  @IsOptional()
  @IsIn(COLOURS)
  colour: Colour | null = null;

  @ApiProperty({ minimum: 0, maximum: 3, description: 'escalation level reached; 0 for a warning or reminder' })
  @IsInt()
  @Min(0)
  @Max(3)
  level: number;

  @ApiProperty({ enum: RECIPIENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(RECIPIENTS, { each: true })
  recipients: Recipient[];

  @ApiPropertyOptional({ default: false, description: 'the item goes into the next bulletin (督查通报)' })
  @IsOptional()
  @IsBoolean()
  bulletin: boolean = false;
}

export class CreatePolicyDto {
  @ApiProperty({ example: '2027 年督办规则' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({
    default: 25,
    description: 'overdue risk: progress may trail the elapsed share of workdays by this many points',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  riskMarginPoints: number = 25;

  @ApiPropertyOptional({
    default: false,
    description: 'deadlines must fall on workdays of the business calendar (else 422)',
  })
  @IsOptional()
  @IsBoolean()
  workdayDeadlinesOnly: boolean = false;

  @ApiPropertyOptional({
    enum: DEADLINE_ON_DAY_OFF,
    default: 'previous_workday',
    description:
      "an imported plan's deadline on a day off: moved to the workday before, refused (the row is an error), or kept (not with workdayDeadlinesOnly)",
  })
  @IsOptional()
  @IsIn(DEADLINE_ON_DAY_OFF)
  deadlineOnDayOff: DeadlineOnDayOff = 'previous_workday';

  @ApiProperty({ type: [PolicyRuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PolicyRuleDto)
  rules: PolicyRuleDto[];
}

export class PolicyMigrationDto {
  @ApiProperty({ description: 'the policy version to move the open items to (they also take the current calendar)' })
  @IsInt()
  @Min(1)
  policyVersion: number;

  @ApiPropertyOptional({ default: true, description: 'only say what would change' })
  @IsOptional()
  @IsBoolean()
  dryRun: boolean = true;
}

export class RuleOffsetView {
  @ApiPropertyOptional() workdays?: number;
  @ApiPropertyOptional() duration?: string;
}

export class PolicyRuleView {
  @ApiProperty({ enum: TRIGGERS }) trigger: string;
  @ApiProperty({ type: RuleOffsetView }) offset: RuleOffsetView;
  @ApiProperty({ enum: COLOURS, nullable: true, type: String }) colour: string | null;
  @ApiProperty() level: number;
  @ApiProperty({ enum: RECIPIENTS, isArray: true }) recipients: string[];
  @ApiProperty() bulletin: boolean;
}

export class PolicyView {
  @ApiProperty() version: number;
  @ApiProperty() name: string;
  @ApiProperty() riskMarginPoints: number;
  @ApiProperty() workdayDeadlinesOnly: boolean;
  @ApiProperty({ enum: DEADLINE_ON_DAY_OFF }) deadlineOnDayOff: string;
  @ApiProperty({ type: [PolicyRuleView] }) rules: PolicyRuleView[];
}

class PinsView {
  @ApiProperty() policyVersion: number;
  @ApiProperty() calendarRevision: number;
  @ApiProperty({ enum: COLOURS }) colour: string;
  @ApiProperty() escalationLevel: number;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextFiringAt: string | null;
}

export class MigrationChangeView {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: PinsView }) from: PinsView;
  @ApiProperty({ type: PinsView }) to: PinsView;
  @ApiProperty({ type: [String], description: 'rules that would fire at once on moving' }) firesAtOnce: string[];
  @ApiProperty() changesColour: boolean;
  @ApiProperty() changesLevel: boolean;
  @ApiProperty() changesDeadline: boolean;
  @ApiProperty({ enum: ['previewed', 'migrated', 'failed'] }) outcome: string;
  @ApiPropertyOptional({ description: 'why the item could not be moved' }) error?: string;
}
