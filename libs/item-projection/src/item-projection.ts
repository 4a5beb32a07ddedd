import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@duban/config';
import { itemWorkflowId, type ItemProjection } from '@duban/contracts';
import { deadlineUsesFallback, type ItemEvent } from '@duban/domain';
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
  await em
    .createQueryBuilder()
    .insert()
    .into(TimelineEventEntity)
    .values({
      itemId: state.itemId,
      seq: state.version,
      ...event,
      at: new Date(event.at),
      data: event.data as Record<string, any>,
    })
    .orIgnore()
    .execute();
  await recordDetails(em, state.itemId, event);
  if (notice) await recordNotice(em, config, state, event, notice);
}

/** The records some events carry beyond the timeline: reports and extension requests. */
async function recordDetails(em: EntityManager, itemId: string, event: ItemEvent): Promise<void> {
  const data = event.data as Record<string, any>;
  if (event.type === 'progress_reported') {
    await em
      .createQueryBuilder()
      .insert()
      .into(ProgressReportEntity)
      .values({
        id: data.reportId,
        itemId,
        unitId: data.unitId,
        userId: event.actorId!,
        text: event.comment ?? '',
        percent: data.percent,
        milestoneValues: data.milestoneValues,
        reportedAt: new Date(event.at),
      })
      .orIgnore()
      .execute();
  } else if (event.type === 'extension_requested') {
    await em
      .createQueryBuilder()
      .insert()
      .into(ExtensionEntity)
      .values({
        id: data.extensionId,
        itemId,
        previousDeadline: data.previousDeadline,
        requestedDeadline: data.requestedDeadline,
        reason: event.comment ?? '',
        requestedBy: event.actorId!,
        requestedAt: new Date(event.at),
      })
      .orIgnore()
      .execute();
  } else if (event.type === 'extension_approved' || event.type === 'extension_rejected') {
    await em.update(
      ExtensionEntity,
      { id: data.extensionId, status: 'pending' },
      {
        status: event.type === 'extension_approved' ? 'approved' : 'rejected',
        decidedBy: event.actorId,
        decidedAt: new Date(event.at),
        decisionComment: event.comment,
      },
    );
  } else if (event.type === 'reassigned') {
    // A pending extension request is dropped with the old lead unit.
    await em.update(
      ExtensionEntity,
      { itemId, status: 'pending' },
      { status: 'rejected', decisionComment: 'reassigned' },
    );
  }
}
