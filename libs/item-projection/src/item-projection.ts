import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@duban/config';
import { itemWorkflowId, type ItemProjection } from '@duban/contracts';
import { deadlineUsesFallback, type ItemEvent, type ItemEventOf, type ItemEventType } from '@duban/domain';
import {
  ExtensionEntity,
  ItemEntity,
  MilestoneEntity,
  ProgressReportEntity,
  TimelineEventEntity,
} from '@duban/persistence';
import { recordNotice } from './notice-recording';

/**
 * Writes what the item workflow decided: the item's projection, its timeline event, the records
 * some events carry, and a firing's notice, all in the caller's transaction. Safe to repeat: a
 * write that already landed changes nothing, and only a newer version replaces the projection.
 */
export async function writeProjection(
  em: EntityManager,
  config: AppConfig,
  { state, event, notice }: ItemProjection,
): Promise<void> {
  // Concurrent commands may land out of order: only a newer version replaces the projection.
  const updated = await em
    .createQueryBuilder()
    .update(ItemEntity)
    .set({
      status: state.status,
      colour: state.colour,
      escalationLevel: state.escalationLevel,
      progressPercent: state.progressPercent,
      leadUnitId: state.leadUnitId,
      cooperatingUnitIds: state.cooperatingUnitIds,
      deadline: state.deadline,
      dueAt: new Date(state.dueAt),
      deadlineAt: state.deadlineAt ? new Date(state.deadlineAt) : null,
      awaitingConfirmation: state.pendingConfirmations.map((c) => c.unitId),
      suspendedFrom: state.suspension?.from ?? null,
      signedOffBy: state.signoff?.by ?? null,
      signedOffAt: state.signoff ? new Date(state.signoff.at) : null,
      closedAt: state.closedAt ? new Date(state.closedAt) : null,
      ratingGrade: state.rating?.grade ?? null,
      ratingComment: state.rating?.comment ?? null,
      policyVersion: state.policy.version,
      calendarRevision: state.calendar.revision,
      calendarFallback: deadlineUsesFallback(state),
      risk: state.risk,
      // The workflow owns the item from its start: a publish that raced a released claim still holds.
      workflowId: itemWorkflowId(state.itemId),
      projectionVersion: state.version,
    })
    .where('id = :id AND projection_version < :version', { id: state.itemId, version: state.version })
    .execute();
  if (updated.affected) {
    for (const milestone of state.milestones) {
      await em.update(MilestoneEntity, { id: milestone.id }, { actualValue: milestone.actualValue });
    }
  }
  await recordEvent(em, state.itemId, state.version, event);
  await DETAILS[event.type]?.(em, state.itemId, event as never);
  if (notice) await recordNotice(em, config, state, event, notice);
}

/** A timeline entry, keyed by item and version, so a retried write finds it taken. */
export async function recordEvent(
  em: EntityManager,
  itemId: string,
  seq: number | null,
  event: ItemEvent,
): Promise<void> {
  const { actor, after, data, ...rest } = event;
  await em
    .createQueryBuilder()
    .insert()
    .into(TimelineEventEntity)
    .values({
      itemId,
      seq,
      ...rest,
      at: new Date(event.at),
      actorId: actor?.userId ?? null,
      actorUnitId: actor?.unitId ?? null,
      actorRole: actor?.role ?? null,
      onBehalfOfId: actor?.onBehalfOf ?? null,
      data: data as never,
      after: after as never,
    })
    .orIgnore()
    .execute();
}

type Details<K extends ItemEventType> = (em: EntityManager, itemId: string, event: ItemEventOf<K>) => Promise<unknown>;

async function decideExtension(em: EntityManager, event: ItemEventOf<'extension_approved' | 'extension_rejected'>) {
  await em.update(
    ExtensionEntity,
    { id: event.data.extensionId, status: 'pending' },
    {
      status: event.type === 'extension_approved' ? 'approved' : 'rejected',
      decidedBy: event.actor?.userId ?? null,
      decidedAt: new Date(event.at),
      decisionComment: event.comment,
    },
  );
}

/**
 * The records some events carry beyond the timeline (reports, extension requests); null for the
 * kinds that carry none. Keyed by every kind, so a new one must say what it projects.
 */
const DETAILS: { [K in ItemEventType]: Details<K> | null } = {
  progress_reported: (em, itemId, { data, actor, comment, at }) =>
    em
      .createQueryBuilder()
      .insert()
      .into(ProgressReportEntity)
      .values({
        id: data.reportId,
        itemId,
        unitId: data.unitId,
        userId: actor!.userId,
        text: comment ?? '',
        percent: data.percent,
        milestoneValues: data.milestoneValues,
        attachments: data.attachments ?? [],
        reportedAt: new Date(at),
      })
      .orIgnore()
      .execute(),
  extension_requested: (em, itemId, { data, actor, comment, at }) =>
    em
      .createQueryBuilder()
      .insert()
      .into(ExtensionEntity)
      .values({
        id: data.extensionId,
        itemId,
        previousDeadline: data.previousDeadline,
        requestedDeadline: data.requestedDeadline,
        reason: comment ?? '',
        requestedBy: actor!.userId,
        requestedAt: new Date(at),
      })
      .orIgnore()
      .execute(),
  extension_approved: (em, _, event) => decideExtension(em, event),
  extension_rejected: (em, _, event) => decideExtension(em, event),
  // A pending extension request is dropped with the old lead unit.
  reassigned: (em, itemId) =>
    em.update(ExtensionEntity, { itemId, status: 'pending' }, { status: 'rejected', decisionComment: 'reassigned' }),
  created: null,
  edited: null,
  deleted: null,
  published: null,
  acknowledged: null,
  completion_requested: null,
  signed_off: null,
  returned_by_unit_head: null,
  closed: null,
  returned_by_office: null,
  confirmation_requested: null,
  confirmed: null,
  suspended: null,
  resumed: null,
  cancelled: null,
  rated: null,
  deadline_changed: null,
  policy_migrated: null,
  warned: null,
  escalated: null,
  report_reminded: null,
  deadline_passed: null,
  risk_found: null,
  risk_cleared: null,
  colour_changed: null,
};

/**
 * A stored timeline row as the event it records. The projection wrote it from a typed event, so
 * the kind and its data agree; rows written before actors and snapshots were kept lack them.
 */
export function eventOfRow(row: TimelineEventEntity): ItemEvent & { seq: number | null } {
  const actor =
    row.actorId && row.actorUnitId && row.actorRole
      ? {
          userId: row.actorId,
          unitId: row.actorUnitId,
          role: row.actorRole,
          ...(row.onBehalfOfId ? { onBehalfOf: row.onBehalfOfId } : {}),
        }
      : null;
  return {
    seq: row.seq,
    type: row.type,
    at: row.at.toISOString(),
    actor,
    rule: row.rule,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    comment: row.comment,
    data: row.data,
    after: row.after,
  } as ItemEvent & { seq: number | null };
}
