import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createHash, randomUUID } from 'node:crypto';
import {
  DOMAIN_ERROR_CODES,
  DomainError,
  invalidState,
  type Actor,
  type DomainErrorCode,
  type ItemCommand,
} from '@duban/domain';
import { itemCommandUpdate } from '@duban/contracts';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthUser } from '../auth/auth-user';
import { DelegationsService } from '../delegations/delegations.service';
import { DraftsService } from '../items/drafts.service';
import { ItemQueriesService } from '../items/item-queries.service';
import type { ItemView } from '../items/item.view';
import { TEMPORAL_DEADLINES, temporalOutage } from '../temporal/temporal-errors';

/**
 * Sends a person's command to the item's workflow, which decides it, and answers with the item
 * as the projection shows it then (the Update returns once the change is written).
 */
@Injectable()
export class SendCommandService {
  constructor(
    private readonly temporal: Client,
    private readonly queries: ItemQueriesService,
    private readonly drafts: DraftsService,
    private readonly attachments: AttachmentsService,
    private readonly delegations: DelegationsService,
  ) {}

  /** A command to the item, with the files of evidence it cites (uploaded to the item before). */
  async send(
    id: string,
    actor: Actor,
    command: ItemCommand,
    idempotencyKey?: string,
    attachmentIds: string[] = [],
  ): Promise<ItemView> {
    const item = await this.queries.findVisible(id, actor);
    if (!item.workflowId || item.status === 'draft') throw invalidState(`item ${id} is a draft: publish it first`);
    // The workflow cannot look things up: what the projection must be able to store is checked here.
    if (command.type === 'reassign') {
      await this.drafts.requireUnits([command.leadUnitId, ...command.cooperatingUnitIds]);
    }
    const cites =
      attachmentIds.length > 0 && (command.type === 'report_progress' || command.type === 'request_completion');
    const evidence = cites ? await this.attachments.attachmentsForCommand(id, attachmentIds, actor) : [];
    await this.dispatch(
      item.workflowId,
      command.type === 'signoff' ? await this.signoffActor(actor) : actor,
      cites ? { ...command, attachments: evidence } : command,
      idempotencyKey,
    );
    if (cites) {
      const use =
        command.type === 'report_progress'
          ? ({ kind: 'progress_report', id: command.reportId } as const)
          : ({ kind: 'completion_request', id } as const);
      await this.attachments.markUsed(attachmentIds, use);
    }
    return this.queries.view(id, actor);
  }

  /**
   * A sign-off by a colleague the unit head delegated it to, while the delegation runs, is decided
   * as the head's role on the head's behalf; the request's audit entry names the head too.
   */
  private async signoffActor(actor: Actor): Promise<Actor> {
    const { actor: deciding, delegation } = await this.delegations.signoffActor(actor);
    if (delegation) {
      // AuditRecorder reads this off the request's user (the same object).
      (actor as AuthUser).actingFor = {
        userId: delegation.delegation.delegatorId,
        username: delegation.delegatorUsername,
      };
    }
    return deciding;
  }

  /** The Update to the item's workflow: a refusal comes back as the domain's error, an outage as 503. */
  async dispatch(workflowId: string, actor: Actor, command: ItemCommand, idempotencyKey?: string): Promise<void> {
    const handle = this.temporal.workflow.getHandle(workflowId);
    const updateId = idempotencyKey ? updateIdFor(idempotencyKey, actor, command) : randomUUID();
    try {
      await this.temporal.withDeadline(Date.now() + TEMPORAL_DEADLINES.command, () =>
        handle.executeUpdate(itemCommandUpdate, {
          // Only what the rules need travels into the workflow's history; the update id too, so a
          // request copied from a history is refused under any other id (the replay guard).
          args: [
            {
              actor: {
                userId: actor.userId,
                unitId: actor.unitId,
                roles: actor.roles,
                ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
              },
              command,
              updateId,
            },
          ],
          updateId,
        }),
      );
    } catch (error) {
      throw refusalOf(error) ?? temporalOutage(error) ?? error;
    }
  }
}

/**
 * The same key and body give the same update id, which Temporal answers with the first
 * result. Generated ids (reports, extensions) are left out, so a retry matches.
 */
export function updateIdFor(key: string, actor: Actor, command: ItemCommand): string {
  const { reportId, extensionId, ...body } = command as ItemCommand & { reportId?: string; extensionId?: string };
  const decidedExtension = command.type === 'decide_extension' ? extensionId : undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify([key, actor.userId, body, decidedExtension]))
    .digest('hex');
  return `idem-${digest.slice(0, 40)}`;
}

function refusalOf(error: unknown): DomainError | null {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type as DomainErrorCode;
    if (DOMAIN_ERROR_CODES.includes(code)) return new DomainError(code, error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError)
    return invalidState('the item is closed or cancelled: its workflow has ended');
  return null;
}
