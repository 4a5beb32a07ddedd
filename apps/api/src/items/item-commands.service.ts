import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { TEMPORAL_DEADLINES, temporalOutage, temporalUnreachable } from '../temporal/temporal-errors';
import { ApplicationFailure } from '@temporalio/common';
import { createHash } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import {
  DOMAIN_ERROR_CODES,
  DomainError,
  decide,
  draftItemState,
  endOfDeadlineDay,
  forbidden,
  hasRole,
  type Actor,
  type DomainErrorCode,
  type ItemCommand,
  type EscalationPolicy,
  type ItemCalendar,
  type ItemState,
} from '@duban/domain';
import {
  ITEM_TASK_QUEUE,
  ITEM_WORKFLOW_TYPE,
  itemCommandUpdate,
  itemStateQuery,
  itemWorkflowId,
  type ItemWorkflowInput,
} from '@duban/contracts';
import { ItemEntity } from '@duban/persistence';
import { CalendarService } from '../escalation/calendar.service';
import { PolicyVersionsService } from '../escalation/policy-versions.service';
import { ItemsService } from './items.service';
import type { ItemView } from './item.view';

/** Hands the users' commands to the item's workflow, which decides them. */
@Injectable()
export class ItemCommandsService {
  constructor(
    private readonly temporal: Client,
    private readonly items: ItemsService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyVersionsService,
    private readonly calendar: CalendarService,
  ) {}

  /** draft → assigned: claims the draft, starts its one workflow, and publishes through it. */
  async publish(
    id: string,
    actor: Actor,
    options: { allowPast?: boolean },
    idempotencyKey?: string,
  ): Promise<ItemView> {
    const item = await this.items.findVisible(id, actor);
    if (!hasRole(actor, 'office')) throw forbidden('only the supervision office may publish an item');
    if (item.status !== 'draft') throw new ConflictException(`item ${id} is already published`);
    const command: ItemCommand = { type: 'publish', ...(options.allowPast ? { allowPast: true } : {}) };
    const [policy, calendar] = await Promise.all([this.policies.current(), this.calendar.forItem(item.deadline)]);
    const state = initialState(item, policy, calendar);
    // Refused here, a publish claims nothing and starts no workflow (a past deadline, a day off).
    decide(state, command, actor, new Date());
    const workflowId = itemWorkflowId(id);
    // Claiming first means no edit can slip in after the workflow took its snapshot;
    // a publish that died after the claim is finished by the next one.
    await this.db.getRepository(ItemEntity).update({ id, status: 'draft', workflowId: IsNull() }, { workflowId });
    try {
      await this.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINES.call, () =>
        this.temporal.workflow.start(ITEM_WORKFLOW_TYPE, {
          taskQueue: ITEM_TASK_QUEUE,
          workflowId,
          args: [{ state } satisfies ItemWorkflowInput],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      );
    } catch (error) {
      // Nothing started: the draft is free to edit again. Perhaps started: the next publish finishes it.
      if (temporalUnreachable(error) || (await this.workflowExists(workflowId)) === false) {
        await this.releaseClaim(id, workflowId);
      }
      throw temporalOutage(error) ?? error;
    }
    try {
      return await this.dispatch(id, workflowId, actor, command, idempotencyKey);
    } catch (error) {
      if (error instanceof DomainError) await this.abandonPublish(id, workflowId);
      throw error;
    }
  }

  async send(id: string, actor: Actor, command: ItemCommand, idempotencyKey?: string): Promise<ItemView> {
    const item = await this.items.findVisible(id, actor);
    if (!item.workflowId || item.status === 'draft')
      throw new ConflictException(`item ${id} is a draft: publish it first`);
    if (command.type === 'reassign') await this.items.requireUnits([command.leadUnitId, ...command.cooperatingUnitIds]);
    return this.dispatch(id, item.workflowId, actor, command, idempotencyKey);
  }

  /** The Update to the item's workflow, then the item as the projection now shows it. */
  private async dispatch(
    id: string,
    workflowId: string,
    actor: Actor,
    command: ItemCommand,
    idempotencyKey?: string,
  ): Promise<ItemView> {
    const handle = this.temporal.workflow.getHandle(workflowId);
    try {
      await this.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINES.command, () =>
        handle.executeUpdate(itemCommandUpdate, {
          // Only what the rules need travels into the workflow's history.
          args: [{ actor: { userId: actor.userId, unitId: actor.unitId, roles: actor.roles }, command }],
          updateId: idempotencyKey ? updateIdFor(idempotencyKey, actor, command) : undefined,
        }),
      );
    } catch (error) {
      throw refusal(error) ?? temporalOutage(error) ?? error;
    }
    return this.items.view(id, actor);
  }

  private async workflowExists(workflowId: string): Promise<boolean | null> {
    try {
      await this.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINES.call, () =>
        this.temporal.workflow.getHandle(workflowId).describe(),
      );
      return true;
    } catch (error) {
      return error instanceof WorkflowNotFoundError ? false : null;
    }
  }

  /**
   * A refused publish leaves no draft workflow behind (its snapshot would go stale) and frees the
   * draft, unless another publish got there first: then there is nothing to undo.
   */
  private async abandonPublish(id: string, workflowId: string): Promise<void> {
    try {
      await this.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINES.call, async () => {
        const handle = this.temporal.workflow.getHandle(workflowId);
        if ((await handle.query(itemStateQuery)).status !== 'draft') return;
        await handle.terminate('publish refused');
        await this.releaseClaim(id, workflowId);
      });
    } catch {
      // Temporal away: the claim stays, and the next publish finishes or refuses again.
    }
  }

  private async releaseClaim(id: string, workflowId: string): Promise<void> {
    await this.db.getRepository(ItemEntity).update({ id, status: 'draft', workflowId }, { workflowId: null });
  }
}

/**
 * The same key and body give the same update id, which Temporal answers with the first
 * result. Generated ids (reports, extensions) are left out, so a retry matches.
 */
function updateIdFor(key: string, actor: Actor, command: ItemCommand): string {
  const { reportId, extensionId, ...body } = command as ItemCommand & { reportId?: string; extensionId?: string };
  const decidedExtension = command.type === 'decide_extension' ? extensionId : undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify([key, actor.userId, body, decidedExtension]))
    .digest('hex');
  return `idem-${digest.slice(0, 40)}`;
}

function refusal(error: unknown): Error | null {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type as DomainErrorCode;
    if (DOMAIN_ERROR_CODES.includes(code)) return new DomainError(code, error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError) {
    return new ConflictException('the item is closed or cancelled: its workflow has ended');
  }
  return null;
}

function initialState(item: ItemEntity, policy: EscalationPolicy, calendar: ItemCalendar): ItemState {
  return draftItemState(
    {
      itemId: item.id,
      leadUnitId: item.leadUnitId,
      cooperatingUnitIds: item.cooperatingUnitIds,
      supervisingLeaderId: item.supervisingLeaderId,
      deadline: item.deadline,
      milestones: (item.milestones ?? []).map((m) => ({
        id: m.id,
        deadline: m.deadline,
        targetValue: m.targetValue,
        actualValue: m.actualValue,
      })),
      reportingCadence: item.reportingCadence,
      // A deadline given with a time keeps it; a date alone ends with its day.
      deadlineAt: item.dueAt.getTime() === endOfDeadlineDay(item.deadline).getTime() ? null : item.dueAt.toISOString(),
    },
    policy,
    calendar,
  );
}
