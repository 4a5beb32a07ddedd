import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
// Definitions only: the client and the workflow share them (as in the Temporal samples).
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, ItemCommand, ItemState } from '@duban/domain';

export const ITEM_TASK_QUEUE = 'duban-items';
export const ITEM_WORKFLOW_TYPE = 'supervisionItemWorkflow';

/** One workflow per item, its id derived from the business key. */
export const itemWorkflowId = (itemId: string) => `supervision-item-${itemId}`;

export interface ItemWorkflowInput {
  state: ItemState;
  /** Continue as new once the history holds this many events (tests set it low). */
  maxHistoryEvents?: number;
  /** How long a closed item waits for the office's rating before its workflow completes. */
  ratingWindowMs?: number;
  /** Off where the server has no Duban search attributes registered (the time-skipping test server). */
  upsertSearchAttributes?: boolean;
}

export interface ItemCommandRequest {
  actor: Actor;
  command: ItemCommand;
  /** The id the API sends the Update under; the validator holds the two equal, so a copied request cannot be resent. */
  updateId?: string;
}

export interface ItemCommandResult {
  status: ItemState['status'];
  version: number;
}

export const itemCommandUpdate = defineUpdate<ItemCommandResult, [ItemCommandRequest]>('itemCommand');
export const itemStateQuery = defineQuery<ItemState>('itemState');

// Registered on the server so items can be found in the Temporal UI and by `temporal workflow list --query`.
export const SEARCH_ATTRIBUTES = {
  leadUnit: defineSearchAttributeKey('DubanLeadUnit', SearchAttributeType.KEYWORD),
  status: defineSearchAttributeKey('DubanStatus', SearchAttributeType.KEYWORD),
  colour: defineSearchAttributeKey('DubanColour', SearchAttributeType.KEYWORD),
  deadline: defineSearchAttributeKey('DubanDeadline', SearchAttributeType.DATETIME),
  escalationLevel: defineSearchAttributeKey('DubanEscalationLevel', SearchAttributeType.INT),
} as const;
