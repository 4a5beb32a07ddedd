import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { IsPlanInstant } from '../items/dto/is-deadline-date';

export class MakeBulletinDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'the instant the bulletin is taken as of (default: now); a past one makes a missed week (backfill)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsPlanInstant() // a bulletin of 1900 would stand for ever and start the next one's period
  cutoff?: string;
}

export const BULLETIN_FORMATS = ['xlsx', 'pdf'] as const;

export class BulletinExportQuery {
  @ApiProperty({ enum: BULLETIN_FORMATS })
  @IsIn(BULLETIN_FORMATS, { message: 'format must be xlsx or pdf' })
  format: (typeof BULLETIN_FORMATS)[number];
}

export class BulletinMakerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class BulletinFiguresView {
  @ApiProperty() open: number;
  @ApiProperty() onTime: number;
  @ApiProperty() nearDeadline: number;
  @ApiProperty() atRisk: number;
  @ApiProperty() overdue: number;
  @ApiProperty() suspended: number;
  @ApiProperty() closedOnTime: number;
  @ApiProperty() closedLate: number;
  @ApiProperty({ nullable: true, type: Number }) averageWorkdaysLate: number | null;
  @ApiProperty() missedReports: number;
  @ApiProperty({
    type: 'object',
    properties: { level1: { type: 'number' }, level2: { type: 'number' }, level3: { type: 'number' } },
  })
  escalations: { level1: number; level2: number; level3: number };
  @ApiProperty({ nullable: true, type: Number }) onTimeRate: number | null;
}

export class BulletinSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '第N期 of the year' }) issue: number;
  @ApiProperty({ example: '2024年第12期' }) numberLabel: string;
  @ApiProperty({ format: 'date-time' }) cutoff: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) previousCutoff: string | null;
  @ApiProperty({ description: "SHA-256 (hex) of the snapshot's canonical JSON" }) contentSha256: string;
  @ApiProperty({ type: BulletinMakerView, nullable: true, description: 'null: the weekly schedule made it' })
  madeBy: BulletinMakerView | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: BulletinFiguresView }) totals: BulletinFiguresView;
}

export class BulletinView extends BulletinSummaryView {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the BulletinSnapshot as issued: totals, units (ranked), overdue, atRisk, closed, escalations',
  })
  snapshot: Record<string, unknown>;
  @ApiProperty({ description: 'false: a bulletin of this cut-off existed, and this is it' }) created: boolean;
}

export class BulletinPageView {
  @ApiProperty({ type: [BulletinSummaryView] }) bulletins: BulletinSummaryView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class BulletinCheckView {
  @ApiProperty({ description: 'the record, recomputed for the cut-off, says what the bulletin says' }) matches: boolean;
  @ApiProperty({ description: 'the stored hash still matches the stored snapshot' }) hashMatches: boolean;
  @ApiProperty({ type: [String], example: ['units[1].figures.overdue: 2 (stored) ≠ 3 (record)'] })
  differences: string[];
}
