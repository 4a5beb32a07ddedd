import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

const PROBLEM_KINDS = [
  'missing',
  'relinked',
  'inserted',
  'altered',
  'anchor',
  'timeline_altered',
  'timeline_deleted',
  'timeline_unsealed',
];

export class AuditProblemView {
  @ApiProperty({ enum: PROBLEM_KINDS }) kind: string;
  @ApiProperty({ type: Number, nullable: true, description: 'the audit entry concerned' }) seq: number | null;
  @ApiPropertyOptional() timelineEventId?: string;
  @ApiProperty({ example: 'entry 57 does not match its hash: its content was altered' }) message: string;
  @ApiPropertyOptional() expected?: string;
  @ApiPropertyOptional() found?: string;
}

export class AuditHeadView {
  @ApiProperty() seq: number;
  @ApiProperty() hash: string;
}

export class AuditVerificationView {
  @ApiProperty({ description: 'no problem found' }) ok: boolean;
  @ApiProperty({ description: 'entries walked' }) entries: number;
  @ApiProperty({ type: AuditHeadView, nullable: true }) head: AuditHeadView | null;
  @ApiProperty() anchors: number;
  @ApiProperty() timelineEvents: number;
  @ApiProperty({
    type: [AuditProblemView],
    description: 'the first problems: the chain by sequence, then anchors, then the timeline',
  })
  problems: AuditProblemView[];
  @ApiProperty() problemsLeftOff: number;
  @ApiProperty() durationMs: number;
}

export class AuditAnchorView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: "the chain's head then: its last entry" }) seq: number;
  @ApiProperty() hash: string;
}

export class AuditExportQuery {
  @ApiProperty({ example: '2024-01-01', description: 'a date (from its start, Asia/Shanghai) or an ISO 8601 instant' })
  @IsISO8601({ strict: true })
  from: string;

  @ApiProperty({ example: '2024-06-30', description: 'a date (to its end, Asia/Shanghai) or an ISO 8601 instant' })
  @IsISO8601({ strict: true })
  to: string;

  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}
