import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_TYPES,
  availableActions,
  CATEGORIES,
  COLOURS,
  DELAY_PARTIES,
  ITEM_EVENT_TYPES,
  ITEM_STATUSES,
  PRIORITIES,
  RATING_GRADES,
  REPORTING_CADENCE_KINDS,
  RISK_REASONS,
  ROLES,
  toShanghaiIso,
  type Actor,
  type ActionFacts,
  type AvailableAction,
  type EvidenceFile,
  type ItemEvent,
} from '@duban/domain';
import type { ExtensionEntity, ItemEntity, UnitEntity } from '@duban/persistence';

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
  @ApiProperty({ enum: REPORTING_CADENCE_KINDS }) kind: string;
  @ApiPropertyOptional() every?: number;
  @ApiPropertyOptional() day?: number;
  @ApiPropertyOptional({ description: '1 Monday … 7 Sunday' }) weekday?: number;
  @ApiPropertyOptional({ example: 'PT5M' }) duration?: string;
}

export class DelayShareView {
  @ApiProperty({ enum: DELAY_PARTIES }) party: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the cooperating unit, for days its confirmation was awaited' })
  unitId?: string;
  @ApiProperty() workdays: number;
  @ApiProperty({ type: [String], description: 'the late workdays this party held' }) dates: string[];
}

export class ExtensionToDecideView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) requestedDeadline: string;
  @ApiProperty({ description: 'false once the requested day has passed: it can only be rejected' }) approvable: boolean;
}

/** An action the caller may take now: exactly what the API will accept (given valid input). */
export class ActionView {
  @ApiProperty({ enum: ACTION_TYPES, description: 'a command route, or edit and delete of a draft' }) type: string;
  @ApiProperty({
    enum: ['required', 'optional', 'none', 'to_return'],
    description: 'the reason or comment it asks for; to_return: required only when sending the item back',
  })
  reason: string;
  @ApiPropertyOptional({ type: ExtensionToDecideView, description: 'decide_extension: the request to decide' })
  extension?: ExtensionToDecideView;
  @ApiPropertyOptional({ type: [String], description: 'request_confirmation: the cooperating units that may be asked' })
  unitIds?: string[];
  @ApiPropertyOptional({
    format: 'date',
    description: 'request_extension, change_deadline: the new deadline must come after this date',
  })
  after?: string;
  @ApiPropertyOptional({ description: 'publish: the deadline has passed; only allowPast (补录) will publish it' })
  pastDeadline?: boolean;
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
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'an exact time on the deadline day, when one was given; else the deadline is the end of its day',
  })
  deadlineAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'when the deadline falls due (+08:00), moved by suspensions' })
  dueAt: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'workdays until the deadline by the business calendar (0: due today), negative once late; null when not running',
  })
  workdaysLeft: number | null;
  @ApiProperty({ type: UnitRefView }) leadUnit: UnitRefView;
  @ApiProperty({ type: [UnitRefView] }) cooperatingUnits: UnitRefView[];
  @ApiProperty({ type: UserRefView, nullable: true }) supervisingLeader: UserRefView | null;
  @ApiProperty({ nullable: true, type: String, description: 'the leader as the plan named them, when no user matched' })
  supervisingLeaderText: string | null;
  @ApiProperty({ type: ReportingCadenceView, nullable: true }) reportingCadence: ReportingCadenceView | null;
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: ExtensionView, nullable: true }) pendingExtension: ExtensionView | null;
  @ApiProperty({ type: [String], description: 'cooperating units whose confirmation the lead unit awaits' })
  awaitingConfirmation: string[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) signedOffAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt: string | null;
  @ApiProperty({ enum: RATING_GRADES, nullable: true, type: String }) ratingGrade: string | null;
  @ApiProperty({ nullable: true, type: String }) ratingComment: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the escalation policy version the item runs under' })
  policyVersion: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'the business calendar revision it was published under' })
  calendarRevision: number | null;
  @ApiProperty({ description: 'the deadline was computed from a year without calendar data (Monday–Friday)' })
  calendarFallback: boolean;
  @ApiProperty({ isArray: true, enum: RISK_REASONS, description: 'why the item is at overdue risk (orange)' })
  risk: string[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'a change of the workflow the database refused: an admin repairs it (POST /items/{id}/repair)',
  })
  attention: string | null;
  @ApiProperty({ type: [ActionView], description: 'what the caller may do with the item now' })
  actions: ActionView[];
  @ApiPropertyOptional({
    type: [DelayShareView],
    description: 'GET /items/{id} only: who held the late item for each late workday (责任倒查)',
  })
  delayAttribution?: DelayShareView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ItemPageView {
  @ApiProperty({ type: [ItemView] }) items: ItemView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class EvidenceFileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 in hex: the file on the record' }) sha256: string;
  @ApiProperty({ example: '/api/attachments/…' }) downloadUrl: string;
}

export class MilestoneValueView {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() value: number;
}

/** A progress report (进展报送) as its unit sent it. */
export class ProgressReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: UnitRefView }) unit: UnitRefView;
  @ApiProperty({ type: UserRefView }) reporter: UserRefView;
  @ApiProperty() text: string;
  @ApiProperty() percent: number;
  @ApiProperty({ type: [MilestoneValueView] }) milestoneValues: MilestoneValueView[];
  @ApiProperty({ type: [EvidenceFileView] }) attachments: EvidenceFileView[];
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
}

export const evidenceView = (file: EvidenceFile): EvidenceFileView => ({
  ...file,
  downloadUrl: `/api/attachments/${file.id}`,
});

export class RepairOutcomeView {
  @ApiProperty({ description: 'the workflow state version of the change' }) version: number;
  @ApiProperty() eventType: string;
  @ApiProperty() repaired: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'why it still cannot be written' }) error: string | null;
}

export class DelegatorView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
}

export class EventActorView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({
    enum: ROLES,
    nullable: true,
    type: String,
    description: 'the role the person acted in (null for entries kept before roles were recorded)',
  })
  role: string | null;
  // Optional in the document: clients written before delegation keep compiling.
  @ApiPropertyOptional({
    type: DelegatorView,
    nullable: true,
    description: "whose authority the person acted on (a unit head's delegated sign-off, 代签); null when its own",
  })
  onBehalfOf?: DelegatorView | null;
}

export class TimelineEventView {
  @ApiProperty({ enum: ITEM_EVENT_TYPES }) type: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: EventActorView, nullable: true, description: 'who acted; null when the escalation chain did' })
  actor: EventActorView | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "the chain's rule that acted: a policy rule's key such as after_deadline:3wd, or risk_assessment",
  })
  rule: string | null;
  @ApiProperty({ enum: ITEM_STATUSES }) fromStatus: string;
  @ApiProperty({ enum: ITEM_STATUSES }) toStatus: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "the event's own data, by its type" })
  data: Record<string, unknown>;
}

const iso = (date: Date | null) => (date ? toShanghaiIso(date) : null);

/** What the rules need to know of a projected item to list the actions on it. */
export function actionFactsOf(item: ItemEntity, pending: ExtensionEntity | null): ActionFacts {
  return {
    status: item.status,
    leadUnitId: item.leadUnitId,
    cooperatingUnitIds: item.cooperatingUnitIds,
    deadline: item.deadline,
    deadlineAt: item.deadlineAt?.toISOString() ?? null,
    pendingExtension: pending && {
      id: pending.id,
      requestedDeadline: pending.requestedDeadline,
      reason: pending.reason,
      requestedBy: pending.requestedBy,
      requestedAt: pending.requestedAt.toISOString(),
    },
    pendingConfirmations: item.awaitingConfirmation.map((unitId) => ({ unitId })),
    rating: item.ratingGrade ? { grade: item.ratingGrade, comment: item.ratingComment, by: '', at: '' } : null,
  };
}

export function toItemView(
  item: ItemEntity,
  units: Map<string, UnitEntity>,
  pending: ExtensionEntity | null,
  actions: AvailableAction[],
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
    progressPercent: item.status === 'closed' ? 100 : item.progressPercent,
    deadline: item.deadline,
    deadlineAt: iso(item.deadlineAt),
    dueAt: toShanghaiIso(item.dueAt),
    workdaysLeft: null,
    leadUnit: unitRef(item.leadUnitId),
    cooperatingUnits: item.cooperatingUnitIds.map(unitRef),
    supervisingLeader: item.supervisingLeader
      ? { id: item.supervisingLeader.id, displayName: item.supervisingLeader.displayName }
      : null,
    supervisingLeaderText: item.supervisingLeaderText,
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
    awaitingConfirmation: item.awaitingConfirmation,
    signedOffAt: iso(item.signedOffAt),
    closedAt: iso(item.closedAt),
    ratingGrade: item.ratingGrade,
    ratingComment: item.ratingComment,
    policyVersion: item.policyVersion,
    calendarRevision: item.calendarRevision,
    calendarFallback: item.calendarFallback,
    risk: item.risk,
    attention: item.attention,
    actions,
    createdAt: toShanghaiIso(item.createdAt),
    updatedAt: toShanghaiIso(item.updatedAt),
  };
}

/** The actions the caller may take on a projected item now. */
export const actionsOn = (item: ItemEntity, pending: ExtensionEntity | null, actor: Actor, now = new Date()) =>
  availableActions(actionFactsOf(item, pending), actor, now);

/**
 * The caller's actions, with the sign-off a running delegation lends it: `delegated` is the actor
 * DelegationsService.signoffActor() builds for a delegate, null for anyone else.
 */
export function actionsWithDelegation(
  item: ItemEntity,
  pending: ExtensionEntity | null,
  actor: Actor,
  delegated: Actor | null,
  now = new Date(),
) {
  const actions = actionsOn(item, pending, actor, now);
  if (delegated && !actions.some((a) => a.type === 'signoff')) {
    actions.push(...actionsOn(item, pending, delegated, now).filter((a) => a.type === 'signoff'));
  }
  return actions;
}

export function toTimelineEventView(
  event: ItemEvent,
  people: Map<string, { displayName: string }>,
  units: Map<string, { name: string }>,
  actorId: string | null,
): TimelineEventView {
  const { type, actor, rule, fromStatus, toStatus, comment, data } = event;
  // Entries kept before actors were recorded name the user only.
  const userId = actor?.userId ?? actorId;
  return {
    type,
    at: toShanghaiIso(new Date(event.at)),
    actor: userId
      ? {
          userId,
          displayName: people.get(userId)?.displayName ?? '',
          unitId: actor?.unitId ?? null,
          unitName: actor ? (units.get(actor.unitId)?.name ?? null) : null,
          role: actor?.role ?? null,
          onBehalfOf: actor?.onBehalfOf
            ? { userId: actor.onBehalfOf, displayName: people.get(actor.onBehalfOf)?.displayName ?? '' }
            : null,
        }
      : null,
    rule,
    fromStatus,
    toStatus,
    comment,
    data: data as Record<string, unknown>,
  };
}
