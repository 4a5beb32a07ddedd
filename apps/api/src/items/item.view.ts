import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CATEGORIES,
  COLOURS,
  DELAY_PARTIES,
  ITEM_STATUSES,
  PRIORITIES,
  RATING_GRADES,
  RISK_REASONS,
  toShanghaiIso,
} from '@duban/domain';
import type { ExtensionEntity, ItemEntity, TimelineEventEntity, UnitEntity } from '@duban/persistence';

export class UnitRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class UserRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class MilestoneView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ nullable: true, type: Number }) targetValue: number | null;
  @ApiProperty({ nullable: true, type: String }) valueUnit: string | null;
  @ApiProperty({ nullable: true, type: Number }) actualValue: number | null;
}

export class ExtensionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) previousDeadline: string;
  @ApiProperty({ format: 'date' }) requestedDeadline: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
}

export class ReportingCadenceView {
  @ApiProperty({ enum: ['workdays', 'monthly', 'interval'] }) kind: string;
  @ApiPropertyOptional() every?: number;
  @ApiPropertyOptional() day?: number;
  @ApiPropertyOptional({ example: 'PT5M' }) duration?: string;
}

export class DelayShareView {
  @ApiProperty({ enum: DELAY_PARTIES }) party: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the cooperating unit, for days its confirmation was awaited' })
  unitId?: string;
  @ApiProperty() workdays: number;
  @ApiProperty({ type: [String], description: 'the late workdays this party held' }) dates: string[];
}

export class ItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty({ enum: PRIORITIES }) priority: string;
  @ApiProperty({ enum: ITEM_STATUSES }) status: string;
  @ApiProperty({ enum: COLOURS }) colour: string;
  @ApiProperty({ description: '0 none; 1 unit head and office; 2 supervising leader; 3 leadership' })
  escalationLevel: number;
  @ApiProperty() progressPercent: number;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ format: 'date-time', description: 'when the deadline falls due (+08:00), moved by suspensions' })
  dueAt: string;
  @ApiProperty({ type: UnitRefView }) leadUnit: UnitRefView;
  @ApiProperty({ type: [UnitRefView] }) cooperatingUnits: UnitRefView[];
  @ApiProperty({ type: UserRefView, nullable: true }) supervisingLeader: UserRefView | null;
  @ApiProperty({ type: ReportingCadenceView, nullable: true }) reportingCadence: ReportingCadenceView | null;
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: ExtensionView, nullable: true }) pendingExtension: ExtensionView | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) signedOffAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ enum: RATING_GRADES, nullable: true }) ratingGrade: string | null;
  @ApiProperty({ nullable: true, type: String }) ratingComment: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the escalation policy version the item runs under' })
  policyVersion: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the business calendar revision it was published under' })
  calendarRevision: number | null;
  @ApiProperty({ description: 'the deadline was computed from a year without calendar data (Monday–Friday)' })
  calendarFallback: boolean;
  @ApiProperty({ isArray: true, enum: RISK_REASONS, description: 'why the item is at overdue risk (orange)' })
  risk: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'GET /items/{id} only: cooperating units whose confirmation the lead unit awaits',
  })
  awaitingConfirmation?: string[];
  @ApiPropertyOptional({
    type: [DelayShareView],
    description: 'GET /items/{id} only: who held the late item for each late workday (责任倒查)',
  })
  delayAttribution?: DelayShareView[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'a change of the workflow the database refused: an admin repairs it (POST /items/{id}/repair)',
  })
  attention: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class RepairOutcomeView {
  @ApiProperty({ description: 'the workflow state version of the change' }) version: number;
  @ApiProperty() eventType: string;
  @ApiProperty() repaired: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'why it still cannot be written' }) error: string | null;
}

export class ItemPageView {
  @ApiProperty({ type: [ItemView] }) items: ItemView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class TimelineEventView {
  @ApiProperty() type: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for the escalation chain' }) actorId:
    string | null;
  @ApiProperty({ enum: ITEM_STATUSES }) fromStatus: string;
  @ApiProperty({ enum: ITEM_STATUSES }) toStatus: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

const iso = (date: Date | null) => (date ? toShanghaiIso(date) : null);

export function toItemView(
  item: ItemEntity,
  units: Map<string, UnitEntity>,
  pending: ExtensionEntity | null,
): ItemView {
  const unitRef = (id: string): UnitRefView => ({ id, name: units.get(id)?.name ?? '' });
  return {
    id: item.id,
    title: item.title,
    content: item.content,
    category: item.category,
    source: item.source,
    priority: item.priority,
    status: item.status,
    colour: item.colour,
    escalationLevel: item.escalationLevel,
    progressPercent: item.progressPercent,
    deadline: item.deadline,
    dueAt: toShanghaiIso(item.dueAt),
    leadUnit: unitRef(item.leadUnitId),
    cooperatingUnits: item.cooperatingUnitIds.map(unitRef),
    supervisingLeader: item.supervisingLeader
      ? { id: item.supervisingLeader.id, displayName: item.supervisingLeader.displayName }
      : null,
    reportingCadence: item.reportingCadence,
    milestones: (item.milestones ?? [])
      .sort((a, b) => a.position - b.position)
      .map(({ id, title, deadline, targetValue, valueUnit, actualValue }) => ({
        id,
        title,
        deadline,
        targetValue,
        valueUnit,
        actualValue,
      })),
    pendingExtension: pending
      ? {
          id: pending.id,
          previousDeadline: pending.previousDeadline,
          requestedDeadline: pending.requestedDeadline,
          reason: pending.reason,
          requestedBy: pending.requestedBy,
          requestedAt: toShanghaiIso(pending.requestedAt),
          status: pending.status,
        }
      : null,
    signedOffAt: iso(item.signedOffAt),
    closedAt: iso(item.closedAt),
    ratingGrade: item.ratingGrade,
    ratingComment: item.ratingComment,
    policyVersion: item.policyVersion,
    calendarRevision: item.calendarRevision,
    calendarFallback: item.calendarFallback,
    risk: item.risk,
    attention: item.attention,
    createdAt: toShanghaiIso(item.createdAt),
    updatedAt: toShanghaiIso(item.updatedAt),
  };
}

export function toTimelineEventView(event: TimelineEventEntity): TimelineEventView {
  const { type, actorId, fromStatus, toStatus, comment, data } = event;
  return { type, at: toShanghaiIso(event.at), actorId, fromStatus, toStatus, comment, data };
}
