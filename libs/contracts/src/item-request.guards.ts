import type { ItemCommandRequest, ItemWorkflowInput } from './item-workflow.contract';

/** The failure type of an Update the workflow refuses because it is not a request the API sent. */
export const UNAUTHENTICATED_REQUEST = 'unauthenticated_request';
/** The failure type of a workflow started with an input the API did not send. */
export const UNAUTHENTICATED_INPUT = 'unauthenticated_input';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * A command request as the API sends it. The payload codec turns a payload it cannot authenticate
 * into `{ $unauthenticated: reason }`, which is no request, so the workflow's validator refuses it.
 */
export function isItemCommandRequest(value: unknown): value is ItemCommandRequest {
  if (!isObject(value) || !isObject(value.actor) || !isObject(value.command)) return false;
  const { actor, command, updateId } = value;
  return (
    typeof actor.userId === 'string' &&
    typeof actor.unitId === 'string' &&
    Array.isArray(actor.roles) &&
    actor.roles.every((role) => typeof role === 'string') &&
    (actor.onBehalfOf === undefined || typeof actor.onBehalfOf === 'string') &&
    typeof command.type === 'string' &&
    (updateId === undefined || typeof updateId === 'string')
  );
}

/** A workflow input as the API sends it at publish. */
export function isItemWorkflowInput(value: unknown): value is ItemWorkflowInput {
  return isObject(value) && isObject(value.state) && typeof value.state.itemId === 'string';
}
