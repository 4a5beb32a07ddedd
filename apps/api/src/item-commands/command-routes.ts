import { randomUUID } from 'node:crypto';
import type { Type } from '@nestjs/common';
import type { ItemCommand } from '@duban/domain';
import {
  CommentDto,
  CompletionDto,
  ConfirmationRequestDto,
  DeadlineChangeDto,
  DecisionDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  OptionalReasonDto,
  ProgressReportDto,
  RatingDto,
  ReasonDto,
  ReassignDto,
} from './command.dto';

/** One command route: POST /api/items/{id}/<path>, its body, and the command it sends. */
export interface CommandRoute {
  /** The route's name, and its handler's. */
  name: string;
  path: string;
  body: Type<object>;
  summary: string;
  /** A route that names the extension it decides: POST …/extensions/{extensionId}/decision. */
  extensionParam?: boolean;
  command(body: never, extensionId: string | undefined): ItemCommand;
}

/** The files of evidence a body cites, uploaded to the item before. */
export const citedAttachments = (body: object): string[] => (body as { attachmentIds?: string[] }).attachmentIds ?? [];

const route = <B extends object>(
  name: string,
  path: string,
  body: Type<B>,
  summary: string,
  command: (body: B, extensionId: string | undefined) => ItemCommand,
  extensionParam = false,
): CommandRoute => ({ name, path, body, summary, command: command as CommandRoute['command'], extensionParam });

/** Every command a person sends to an item, by route. Publishing starts the workflow: see PublishItemService. */
export const COMMAND_ROUTES: CommandRoute[] = [
  route(
    'acknowledge',
    'acknowledge',
    CommentDto,
    'the lead unit signs for the item (签收): assigned → in_progress',
    (b) => ({
      type: 'acknowledge',
      comment: b.comment,
    }),
  ),
  route(
    'progress',
    'progress',
    ProgressReportDto,
    'a progress report from a handler of the lead or a cooperating unit',
    (b) => ({
      type: 'report_progress',
      reportId: randomUUID(),
      ...b,
    }),
  ),
  route(
    'completion',
    'completion',
    CompletionDto,
    'the lead unit requests completion: in_progress → awaiting_signoff',
    (b) => ({
      type: 'request_completion',
      ...b,
    }),
  ),
  route(
    'signoff',
    'signoff',
    DecisionDto,
    "the lead unit's head signs off (→ under_review) or returns it (→ in_progress)",
    (b) => ({ type: 'signoff', ...b }),
  ),
  route('review', 'review', DecisionDto, 'the office approves (→ closed) or returns it (→ in_progress)', (b) => ({
    type: 'review',
    ...b,
  })),
  route(
    'requestConfirmation',
    'confirmations',
    ConfirmationRequestDto,
    'the lead unit asks a cooperating unit to confirm its part (配合单位确认); the wait is charged to that unit',
    (b) => ({ type: 'request_confirmation', unitId: b.unitId, note: b.note }),
  ),
  route(
    'confirm',
    'confirmations/confirm',
    CommentDto,
    "a cooperating unit's handler or head confirms what its unit was asked",
    (b) => ({ type: 'confirm', comment: b.comment }),
  ),
  route(
    'requestExtension',
    'extensions',
    ExtensionRequestDto,
    'the lead unit requests a later deadline (延期申请)',
    (b) => ({
      type: 'request_extension',
      extensionId: randomUUID(),
      ...b,
    }),
  ),
  route(
    'decideExtension',
    'extensions/:extensionId/decision',
    ExtensionDecisionDto,
    'the office approves (the deadline moves) or rejects an extension request',
    (b, extensionId) => ({ type: 'decide_extension', extensionId: extensionId!, ...b }),
    true,
  ),
  route(
    'reassign',
    'reassign',
    ReassignDto,
    'the office hands the item to another lead unit (转办); it is acknowledged afresh',
    (b) => ({ type: 'reassign', ...b, cooperatingUnitIds: b.cooperatingUnitIds ?? [] }),
  ),
  route(
    'changeDeadline',
    'deadline',
    DeadlineChangeDto,
    'the office changes the deadline (earlier or later) with a reason; every timer re-plans',
    (b) => ({ type: 'change_deadline', deadline: b.deadline, reason: b.reason }),
  ),
  route('suspend', 'suspend', ReasonDto, 'the office suspends the item (暂缓): its clocks stand still', (b) => ({
    type: 'suspend',
    reason: b.reason,
  })),
  route(
    'resume',
    'resume',
    OptionalReasonDto,
    'the office resumes a suspended item; its deadline moves by the time suspended',
    (b) => ({ type: 'resume', reason: b.reason }),
  ),
  route('cancel', 'cancel', ReasonDto, 'the office cancels the item (撤销) with a reason', (b) => ({
    type: 'cancel',
    reason: b.reason,
  })),
  route('rate', 'rating', RatingDto, 'the office rates a closed item (成效评价)', (b) => ({ type: 'rate', ...b })),
];
