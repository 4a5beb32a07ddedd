import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource, IsNull } from 'typeorm';
import {
  actionRefusal,
  decide,
  DomainError,
  draftItemState,
  type Actor,
  type EscalationPolicy,
  type ItemCalendar,
  type ItemCommand,
  type ItemState,
} from '@duban/domain';
import { itemStateQuery, itemWorkflowId, type ItemWorkflowInput } from '@duban/contracts';
import { ItemEntity } from '@duban/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { ItemQueriesService } from '../items/item-queries.service';
import { actionFactsOf, type ItemView } from '../items/item.view';
import { PolicyVersionsService } from '../policies/policy-versions.service';
import { startItemWorkflow } from '../temporal/item-workflow-start';
import { TEMPORAL_DEADLINES, temporalOutage, temporalUnreachable } from '../temporal/temporal-errors';
import { SendCommandService } from './send-command.service';

/** draft → assigned: claims the draft, starts its one workflow, and publishes through it. */
@Injectable()
export class PublishItemService {
  constructor(
    private readonly temporal: Client,
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: ItemQueriesService,
    private readonly commands: SendCommandService,
    private readonly policies: PolicyVersionsService,
    private readonly calendar: CalendarService,
  ) {}

  async publish(
    id: string,
    actor: Actor,
    options: { allowPast?: boolean },
    idempotencyKey?: string,
  ): Promise<ItemView> {
    const item = await this.queries.findVisible(id, actor);
    const refusal = actionRefusal(actionFactsOf(item, null), 'publish', actor);
    if (refusal) throw refusal;
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
        startItemWorkflow(this.temporal, workflowId, { state } satisfies ItemWorkflowInput),
      );
    } catch (error) {
      // Nothing started: the draft is free to edit again. Perhaps started: the next publish finishes it.
      if (temporalUnreachable(error) || (await this.workflowExists(workflowId)) === false) {
        await this.releaseClaim(id, workflowId);
      }
      throw temporalOutage(error) ?? error;
    }
    try {
      await this.commands.dispatch(workflowId, actor, command, idempotencyKey);
    } catch (error) {
      if (error instanceof DomainError) await this.abandon(id, workflowId);
      throw error;
    }
    return this.queries.view(id, actor);
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
  private async abandon(id: string, workflowId: string): Promise<void> {
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

/** The state a draft hands its workflow, under the policy and calendar it pins now. */
function initialState(item: ItemEntity, policy: EscalationPolicy, calendar: ItemCalendar): ItemState {
  return draftItemState(
    {
      itemId: item.id,
      leadUnitId: item.leadUnitId,
      cooperatingUnitIds: item.cooperatingUnitIds,
      supervisingLeaderId: item.supervisingLeaderId,
      deadline: item.deadline,
      deadlineAt: item.deadlineAt?.toISOString() ?? null,
      milestones: (item.milestones ?? []).map(({ id, deadline, targetValue, actualValue }) => ({
        id,
        deadline,
        targetValue,
        actualValue,
      })),
      reportingCadence: item.reportingCadence,
    },
    policy,
    calendar,
  );
}
