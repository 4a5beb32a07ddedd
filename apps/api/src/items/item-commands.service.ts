import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import {
  DOMAIN_ERROR_CODES,
  DomainError,
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
import { itemCommandUpdate, itemWorkflowId, type ItemWorkflowInput } from '@duban/contracts';
import { ItemEntity } from '@duban/persistence';
import { CalendarService } from '../escalation/calendar.service';
import { PolicyVersionsService } from '../escalation/policy-versions.service';
import { startItemWorkflow } from '../temporal/item-workflow-start';
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
  async publish(id: string, actor: Actor, idempotencyKey?: string): Promise<ItemView> {
    const item = await this.items.findVisible(id, actor);
    if (!hasRole(actor, 'office')) throw forbidden('only the supervision office may publish an item');
    if (item.status !== 'draft') throw new ConflictException(`item ${id} is already published`);
    const workflowId = itemWorkflowId(id);
    // Claiming first means no edit can slip in after the workflow took its snapshot;
    // a publish that died after the claim is finished by the next one.
    await this.db.getRepository(ItemEntity).update({ id, status: 'draft', workflowId: IsNull() }, { workflowId });
    const [policy, calendar] = await Promise.all([this.policies.current(), this.calendar.forItem(item.deadline)]);
    const input: ItemWorkflowInput = { state: initialState(item, policy, calendar) };
    await startItemWorkflow(this.temporal, workflowId, input);
    return this.dispatch(id, workflowId, actor, { type: 'publish' }, idempotencyKey);
  }

  async send(id: string, actor: Actor, command: ItemCommand, idempotencyKey?: string): Promise<ItemView> {
    const item = await this.items.findVisible(id, actor);
    if (!item.workflowId) throw new ConflictException(`item ${id} is a draft: publish it first`);
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
    const updateId = idempotencyKey ? updateIdFor(idempotencyKey, actor, command) : randomUUID();
    try {
      await handle.executeUpdate(itemCommandUpdate, {
        // Only what the rules need travels into the workflow's history; the update id inside it too (replay guard).
        args: [{ actor: { userId: actor.userId, unitId: actor.unitId, roles: actor.roles }, command, updateId }],
        updateId,
      });
    } catch (error) {
      throw refusal(error) ?? error;
    }
    return this.items.view(id, actor);
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
