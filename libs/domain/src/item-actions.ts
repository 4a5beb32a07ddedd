import { endOfDeadlineDay, shanghaiDate } from './deadline';
import { DomainError, forbidden, invalidState } from './domain-error';
import { deadlineInstant } from './escalation-ladder';
import type { ItemCommandType } from './item-commands';
import type { ItemState } from './item-state';
import { RUNNING_STATUSES, type ItemStatus } from './item-status';
import { hasRole, type Actor, type Role } from './roles';

/** The commands people give; a policy migration is the office's bulk move, not an item's button. */
export type UserCommandType = Exclude<ItemCommandType, 'migrate_policy'>;

/** What a person may do with an item: its commands, and the office's edit and delete of a draft. */
export type ActionType = UserCommandType | 'edit' | 'delete';

/** What an item's rules read to tell who may do what now: the item state, or its projection. */
export type ActionFacts = Pick<
  ItemState,
  'status' | 'leadUnitId' | 'cooperatingUnitIds' | 'deadline' | 'deadlineAt' | 'pendingExtension' | 'rating'
> & { pendingConfirmations: { unitId: string }[] };

interface ActionRule {
  /** The roles that may act; the first the actor holds is the role it acts in. */
  roles: Role[];
  /** Whose staff: the lead unit's, a cooperating unit's, either, or anyone's (the office). */
  unit: 'lead' | 'cooperating' | 'lead_or_cooperating' | 'any';
  /** Who may, and what, for a refusal's message. */
  who: string;
  what: string;
  statuses: readonly ItemStatus[];
  /** Besides the status, why the action does not fit the item now (null: it fits). */
  blocked?: (item: ActionFacts, actor: Actor) => string | null;
  /** The reason or comment it asks for; `to_return` is required only to send the item back. */
  reason: AvailableAction['reason'];
}

const OPEN: readonly ItemStatus[] = [...RUNNING_STATUSES, 'suspended'];
const office = { roles: ['office'] as Role[], unit: 'any' as const, who: 'the supervision office' };
const confirmable = (item: ActionFacts) =>
  item.cooperatingUnitIds.filter((u) => !item.pendingConfirmations.some((c) => c.unitId === u));

/** Who may do what, in which states: the one table behind decide(), the buttons and the to-dos. */
const RULES: Record<ActionType, ActionRule> = {
  edit: { ...office, what: 'edit a draft', statuses: ['draft'], reason: 'none' },
  delete: { ...office, what: 'delete a draft', statuses: ['draft'], reason: 'none' },
  publish: { ...office, what: 'publish an item', statuses: ['draft'], reason: 'none' },
  acknowledge: {
    roles: ['handler', 'unit_head'],
    unit: 'lead',
    who: 'a handler or the head of the lead unit',
    what: 'acknowledge the item',
    statuses: ['assigned'],
    reason: 'optional',
  },
  report_progress: {
    roles: ['handler'],
    unit: 'lead_or_cooperating',
    who: 'a handler of the lead or a cooperating unit',
    what: 'report progress',
    statuses: ['in_progress'],
    reason: 'none',
  },
  request_completion: {
    roles: ['handler'],
    unit: 'lead',
    who: 'a handler of the lead unit',
    what: 'request completion',
    statuses: ['in_progress'],
    blocked: (item) => (item.pendingExtension ? 'an extension request is still pending' : null),
    reason: 'none',
  },
  signoff: {
    roles: ['unit_head'],
    unit: 'lead',
    who: 'the head of the lead unit',
    what: 'sign off',
    statuses: ['awaiting_signoff'],
    reason: 'to_return',
  },
  review: { ...office, what: 'review an item', statuses: ['under_review'], reason: 'to_return' },
  request_extension: {
    roles: ['handler'],
    unit: 'lead',
    who: 'a handler of the lead unit',
    what: 'request an extension',
    statuses: ['in_progress'],
    blocked: (item) => (item.pendingExtension ? 'an extension request is already pending' : null),
    reason: 'required',
  },
  decide_extension: {
    ...office,
    what: 'decide on an extension',
    statuses: OPEN,
    blocked: (item) => (item.pendingExtension ? null : 'no extension request is pending'),
    reason: 'optional',
  },
  request_confirmation: {
    roles: ['handler'],
    unit: 'lead',
    who: 'a handler of the lead unit',
    what: 'ask a cooperating unit to confirm',
    statuses: ['in_progress'],
    blocked: (item) => (confirmable(item).length ? null : 'no cooperating unit is left to ask'),
    reason: 'required',
  },
  confirm: {
    roles: ['handler', 'unit_head'],
    unit: 'cooperating',
    who: 'a handler or the head of a cooperating unit',
    what: 'confirm',
    statuses: ['in_progress'],
    blocked: (item, actor) =>
      item.pendingConfirmations.some((c) => c.unitId === actor.unitId)
        ? null
        : 'no confirmation is awaited from this unit',
    reason: 'optional',
  },
  reassign: { ...office, what: 'reassign an item', statuses: RUNNING_STATUSES, reason: 'required' },
  change_deadline: { ...office, what: 'change the deadline', statuses: OPEN, reason: 'required' },
  suspend: { ...office, what: 'suspend an item', statuses: RUNNING_STATUSES, reason: 'required' },
  resume: { ...office, what: 'resume an item', statuses: ['suspended'], reason: 'optional' },
  cancel: { ...office, what: 'cancel an item', statuses: OPEN, reason: 'required' },
  rate: {
    ...office,
    what: 'rate an item',
    statuses: ['closed'],
    blocked: (item) => (item.rating ? 'the item has already been rated' : null),
    reason: 'optional',
  },
};

/** The office's bulk move of open items to another policy: decided like any command, never a button. */
const MIGRATION: ActionRule = { ...office, what: 'move an item to another policy', statuses: OPEN, reason: 'none' };

const ruleOf = (type: ActionType | 'migrate_policy') => (type === 'migrate_policy' ? MIGRATION : RULES[type]);

/** The role the actor acts in for this action, if it holds one that may. */
export function actingRole(type: ActionType | 'migrate_policy', actor: Actor): Role | null {
  return ruleOf(type).roles.find((role) => actor.roles.includes(role)) ?? null;
}

function inUnit(rule: ActionRule, item: ActionFacts, actor: Actor): boolean {
  const lead = actor.unitId === item.leadUnitId;
  const cooperating = item.cooperatingUnitIds.includes(actor.unitId);
  switch (rule.unit) {
    case 'lead':
      return lead;
    case 'cooperating':
      return cooperating;
    case 'lead_or_cooperating':
      return lead || cooperating;
    case 'any':
      return true;
  }
}

/**
 * Why this actor may not take this action now, or null. One order for every action: who (role and
 * unit: 403), then the item's state (409).
 */
export function actionRefusal(
  item: ActionFacts,
  type: ActionType | 'migrate_policy',
  actor: Actor,
): DomainError | null {
  const rule = ruleOf(type);
  if (!hasRole(actor, ...rule.roles) || !inUnit(rule, item, actor))
    return forbidden(`only ${rule.who} may ${rule.what}`);
  if (!rule.statuses.includes(item.status)) {
    return invalidState(`${rule.what}: not possible while the item is ${item.status}`);
  }
  const blocked = rule.blocked?.(item, actor);
  return blocked ? invalidState(`${rule.what}: ${blocked}`) : null;
}

/** An action the actor may take now, with what it asks for. */
export interface AvailableAction {
  type: ActionType;
  /** The reason or comment it asks for: required, optional, none; `to_return` only when sending the item back. */
  reason: 'required' | 'optional' | 'none' | 'to_return';
  /** decide_extension: the request to decide, and whether it can still be approved (its day has not passed). */
  extension?: { id: string; requestedDeadline: string; approvable: boolean };
  /** request_confirmation: the cooperating units that may be asked. */
  unitIds?: string[];
  /** request_extension, change_deadline: the new deadline must come after this date. */
  after?: string;
  /** publish: the deadline has passed, so the item can only be recorded after the fact (allowPast). */
  pastDeadline?: boolean;
}

export const ACTION_TYPES = Object.keys(RULES) as ActionType[];

/** What this actor may do with the item now: exactly the commands decide() would accept (given valid input). */
export function availableActions(item: ActionFacts, actor: Actor, now: Date): AvailableAction[] {
  return ACTION_TYPES.filter((type) => actionRefusal(item, type, actor) === null).map((type) => {
    const action: AvailableAction = { type, reason: RULES[type].reason };
    if (type === 'decide_extension' && item.pendingExtension) {
      const { id, requestedDeadline } = item.pendingExtension;
      action.extension = { id, requestedDeadline, approvable: endOfDeadlineDay(requestedDeadline) > now };
    }
    if (type === 'request_confirmation') action.unitIds = confirmable(item);
    // A new deadline must still lie ahead (today counts: it ends at midnight), an extension after the current one.
    const yesterday = shanghaiDate(new Date(now.getTime() - 24 * 3600_000));
    if (type === 'request_extension') action.after = item.deadline > yesterday ? item.deadline : yesterday;
    if (type === 'change_deadline') action.after = yesterday;
    if (type === 'publish') action.pastDeadline = deadlineInstant(item) <= now.getTime();
    return action;
  });
}
