import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CATEGORIES, DELAY_PARTIES, type Category, type DelayParty } from '@duban/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The board's filters; the period (Shanghai dates, both included) bounds what happened: closings, missed reports, escalations, the series. */
export class DashboardQuery {
  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ format: 'uuid', description: 'the supervising leader (责任领导)' })
  @IsOptional()
  @IsUUID()
  leaderId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the lead unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: '2024-01-01', description: 'first day of the period (default: 1 January this year)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2024-12-31', description: 'last day of the period (default: today)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

export class EscalationsReachedView {
  @ApiProperty() level1: number;
  @ApiProperty() level2: number;
  @ApiProperty() level3: number;
}

export class DashboardFiguresView {
  @ApiProperty({ description: 'published, not closed or cancelled (suspended included)' }) open: number;
  @ApiProperty({ description: 'running, deadline not passed, green or yellow' }) onTime: number;
  @ApiProperty({ description: 'running, deadline not passed, orange or red' }) atRisk: number;
  @ApiProperty({ description: 'running, the deadline in force has passed' }) overdue: number;
  @ApiProperty() suspended: number;
  @ApiProperty({ description: 'closed in the period by the deadline in force' }) closedOnTime: number;
  @ApiProperty({ description: 'closed in the period after the deadline in force' }) closedLate: number;
  @ApiProperty({ nullable: true, type: Number, description: 'over the overdue and closed-late items, one decimal' })
  averageWorkdaysLate: number | null;
  @ApiProperty({ description: 'progress reports missed in the period (one per report owed)' }) missedReports: number;
  @ApiProperty({ type: EscalationsReachedView, description: 'items that reached each level in the period' })
  escalations: EscalationsReachedView;
}

export class DashboardUnitView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: DashboardFiguresView }) figures: DashboardFiguresView;
}

export class UnitColoursView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() green: number;
  @ApiProperty() yellow: number;
  @ApiProperty() orange: number;
  @ApiProperty() red: number;
}

export class OverduePointView {
  @ApiProperty({ description: 'the last day of the week (or of the period)' }) date: string;
  @ApiProperty({ description: 'items past their deadline and not closed at the end of that day' }) overdue: number;
}

export class DelayShareByUnitView {
  @ApiProperty({ enum: DELAY_PARTIES }) party: DelayParty;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description:
      'the lead unit (lead_unit, unit_head), the awaited cooperating unit, or null (office, suspended, extension)',
  })
  unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ description: 'late workdays this party held' }) workdays: number;
}

export class DashboardView {
  @ApiProperty({ format: 'date-time', description: 'the figures are as of this instant' }) asOf: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: DashboardFiguresView }) totals: DashboardFiguresView;
  @ApiProperty({ type: [DashboardUnitView], description: 'per lead unit, most overdue first' })
  units: DashboardUnitView[];
  @ApiProperty({ type: [UnitColoursView], description: 'the open running items of each lead unit by colour' })
  colours: UnitColoursView[];
  @ApiProperty({ type: [OverduePointView], description: 'overdue items at the end of each week of the period' })
  overdueSeries: OverduePointView[];
  @ApiProperty({
    type: [DelayShareByUnitView],
    description: 'who held the late items on their late workdays (责任倒查)',
  })
  delayAttribution: DelayShareByUnitView[];
}
