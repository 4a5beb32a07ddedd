import type { CalendarYear } from './business-calendar';
import { isCalendarDate } from './deadline';
import { admissionRefusal } from './command-admission';
import { backfill, calendarOf, colourAndLevel, deadlineInstant, dueAtOf } from './escalation-ladder';
import { deadlineRefusal, policyProblems, type EscalationPolicy } from './escalation-policy';
import { forbidden, invalidInput, invalidState, ruleViolation } from './domain-error';
import type { ItemCalendar, ItemEvent, ItemPlan, ItemState, RatingGrade } from './item-state';
import { RATING_GRADES } from './item-state';
import { RUNNING_STATUSES, type ItemStatus } from './item-status';
import { hasRole, type Actor } from './roles';

export type Decision = 'approve' | 'return';

export type ItemCommand =
  | { type: 'publish'; allowPast?: boolean }
  | { type: 'acknowledge'; comment?: string }
  | {
      type: 'report_progress';
      reportId: string;
      text: string;
      percent: number;
      milestoneValues?: { milestoneId: string; value: number }[];
    }
  | { type: 'request_completion'; summary: string; evidence?: string[] }
  | { type: 'signoff'; decision: Decision; comment?: string }
  | { type: 'review'; decision: Decision; comment?: string }
  | { type: 'request_extension'; extensionId: string; requestedDeadline: string; reason: string }
  | { type: 'decide_extension'; extensionId: string; decision: 'approve' | 'reject'; comment?: string }
  | { type: 'request_confirmation'; unitId: string; note: string }
  | { type: 'confirm'; comment?: string }
  | { type: 'reassign'; leadUnitId: string; cooperatingUnitIds: string[]; reason: string }
  | { type: 'suspend'; reason: string }
  | { type: 'resume'; reason?: string }
  | { type: 'cancel'; reason: string }
  | { type: 'rate'; grade: RatingGrade; comment?: string }
  | { type: 'migrate_policy'; policy: EscalationPolicy; calendar: ItemCalendar }
  | { type: 'change_deadline'; deadline: string; reason: string };

export type ItemCommandType = ItemCommand['type'];

export interface Outcome {
  state: ItemState;
  event: ItemEvent;
}

const isLeadUnit = (state: ItemState, actor: Actor) => actor.unitId === state.leadUnitId;
const isCooperating = (state: ItemState, actor: Actor) => state.cooperatingUnitIds.includes(actor.unitId);

function requireStatus(state: ItemState, command: string, allowed: readonly ItemStatus[]): void {
  if (!allowed.includes(state.status)) {
    throw invalidState(`${command} is not possible while the item is ${state.status}`);
  }
}

function requireOffice(actor: Actor, command: string): void {
  if (!hasRole(actor, 'office')) throw forbidden(`only the supervision office may ${command}`);
}

function requireText(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidInput(`${field} is required`);
  return value.trim();
}

/** A new deadline (approved extension, the office's change): every timer re-plans from it, its clock from now. */
function setDeadline(next: ItemState, deadline: string, at: string, now: Date): void {
  next.deadline = deadline;
  next.deadlineAt = null;
  next.deadlineSetAt = at;
  next.dueAt = dueAtOf(next);
  Object.assign(next, colourAndLevel(next, now));
}

function requireWorkdayDeadline(state: ItemState, date: string): void {
  const refusal = deadlineRefusal(state.policy, calendarOf(state), date);
  if (refusal) throw ruleViolation(refusal);
}

/**
 * Decides a command: refuses it with a DomainError, or returns the item's next state and the
 * timeline event that records it. Pure, so the workflow's update validator and handler share it.
 * The handler passes `admitted`: the validator has admitted the command (its input is storable),
 * and a replay of an older history must not meet admission rules written since.
 */
export function decide(
  state: ItemState,
  command: ItemCommand,
  actor: Actor,
  now: Date,
  { admitted = false }: { admitted?: boolean } = {},
): Outcome {
  if (!admitted) {
    const refusal = admissionRefusal(state, command, actor, now);
    if (refusal) throw refusal;
  }
  const at = now.toISOString();
  const next: ItemState = { ...state, version: state.version + 1 };
  const outcome = (type: string, comment: string | null, data: Record<string, unknown> = {}): Outcome => ({
    state: next,
    event: { type, at, actorId: actor.userId, fromStatus: state.status, toStatus: next.status, comment, data },
  });

  switch (command.type) {
    case 'publish':
      requireOffice(actor, 'publish an item');
      requireStatus(state, 'publish', ['draft']);
      requireWorkdayDeadline(state, state.deadline);
      next.status = 'assigned';
      next.publishedAt = at;
      next.deadlineSetAt = at;
      if (command.allowPast === true && deadlineInstant(state) <= now.getTime()) {
        // A past item recorded after the fact (补录): it stands at the level it has reached,
        // without the warnings and escalations whose moment has passed.
        const { state: recorded, fired } = backfill(next, now);
        Object.assign(next, recorded);
        return outcome('published', null, {
          policyVersion: state.policy.version,
          calendarRevision: state.calendar.revision,
          backfilled: fired,
        });
      }
      return outcome('published', null, {
        policyVersion: state.policy.version,
        calendarRevision: state.calendar.revision,
      });

    case 'acknowledge':
      requireStatus(state, 'acknowledge', ['assigned']);
      if (!isLeadUnit(state, actor) || !hasRole(actor, 'handler', 'unit_head')) {
        throw forbidden('only a handler or the head of the lead unit may acknowledge the item');
      }
      next.status = 'in_progress';
      next.reportAnchorAt = at;
      return outcome('acknowledged', command.comment ?? null);

    case 'report_progress': {
      if (!hasRole(actor, 'handler') || !(isLeadUnit(state, actor) || isCooperating(state, actor))) {
        throw forbidden('only a handler of the lead or a cooperating unit may report progress');
      }
      requireStatus(state, 'a progress report', ['in_progress']);
      const text = requireText(command.text, 'text');
      if (!Number.isInteger(command.percent) || command.percent < 0 || command.percent > 100) {
        throw invalidInput('percent must be a whole number from 0 to 100');
      }
      const values = command.milestoneValues ?? [];
      for (const { milestoneId } of values) {
        if (!state.milestones.some((m) => m.id === milestoneId)) {
          throw invalidInput(`milestoneValues: unknown milestone ${milestoneId}`);
        }
      }
      // The lead unit's report sets the item's progress; a cooperating unit's is on record only.
      if (isLeadUnit(state, actor)) {
        next.progressPercent = command.percent;
        next.reportAnchorAt = at; // a report resets the cadence
        next.milestones = state.milestones.map((m) => {
          const reported = values.find((v) => v.milestoneId === m.id);
          return reported ? { ...m, actualValue: reported.value } : m;
        });
      }
      return outcome('progress_reported', text, {
        reportId: command.reportId,
        unitId: actor.unitId,
        percent: command.percent,
        milestoneValues: values,
      });
    }

    case 'request_completion':
      requireStatus(state, 'a completion request', ['in_progress']);
      if (!isLeadUnit(state, actor) || !hasRole(actor, 'handler')) {
        throw forbidden('only a handler of the lead unit may request completion');
      }
      if (state.pendingExtension) throw invalidState('an extension request is still pending');
      next.status = 'awaiting_signoff';
      return outcome('completion_requested', requireText(command.summary, 'summary'), {
        evidence: command.evidence ?? [],
      });

    case 'signoff': {
      requireStatus(state, 'sign-off', ['awaiting_signoff']);
      if (!isLeadUnit(state, actor) || !hasRole(actor, 'unit_head')) {
        throw forbidden('only the head of the lead unit may sign off');
      }
      if (command.decision === 'approve') {
        next.status = 'under_review';
        next.signoff = { by: actor.userId, at };
        return outcome('signed_off', command.comment?.trim() || null);
      }
      const reason = requireText(command.comment, 'comment (the reason for returning)');
      next.status = 'in_progress';
      next.signoff = null;
      return outcome('returned_by_unit_head', reason);
    }

    case 'review': {
      requireOffice(actor, 'review an item');
      requireStatus(state, 'review', ['under_review']);
      if (command.decision === 'approve') {
        // An item never closes without the responsible unit's sign-off.
        if (!state.signoff) throw invalidState('the lead unit has not signed off');
        next.status = 'closed';
        next.closedAt = at;
        return outcome('closed', command.comment?.trim() || null);
      }
      const reason = requireText(command.comment, 'comment (the reason for returning)');
      next.status = 'in_progress';
      next.signoff = null;
      return outcome('returned_by_office', reason);
    }

    case 'request_extension': {
      requireStatus(state, 'an extension request', ['in_progress']);
      if (!isLeadUnit(state, actor) || !hasRole(actor, 'handler')) {
        throw forbidden('only a handler of the lead unit may request an extension');
      }
      if (state.pendingExtension) throw invalidState('an extension request is already pending');
      const reason = requireText(command.reason, 'reason');
      if (!isCalendarDate(command.requestedDeadline)) {
        throw invalidInput('requestedDeadline must be a date (YYYY-MM-DD)');
      }
      if (command.requestedDeadline <= state.deadline) {
        throw ruleViolation(`requestedDeadline must be later than the current deadline ${state.deadline}`);
      }
      requireWorkdayDeadline(state, command.requestedDeadline);
      next.pendingExtension = {
        id: command.extensionId,
        requestedDeadline: command.requestedDeadline,
        reason,
        requestedBy: actor.userId,
        requestedAt: at,
      };
      return outcome('extension_requested', reason, {
        extensionId: command.extensionId,
        previousDeadline: state.deadline,
        requestedDeadline: command.requestedDeadline,
      });
    }

    case 'decide_extension': {
      requireOffice(actor, 'decide on an extension');
      requireStatus(state, 'an extension decision', [...RUNNING_STATUSES, 'suspended']);
      const pending = state.pendingExtension;
      if (!pending || pending.id !== command.extensionId) {
        throw invalidState(`extension ${command.extensionId} is not pending`);
      }
      next.pendingExtension = null;
      const data = {
        extensionId: pending.id,
        requestedDeadline: pending.requestedDeadline,
        previousDeadline: state.deadline,
      };
      if (command.decision === 'reject') {
        return outcome('extension_rejected', command.comment?.trim() || null, data);
      }
      setDeadline(next, pending.requestedDeadline, at, now);
      return outcome('extension_approved', command.comment?.trim() || null, data);
    }

    case 'request_confirmation': {
      requireStatus(state, 'a confirmation request', ['in_progress']);
      if (!isLeadUnit(state, actor) || !hasRole(actor, 'handler')) {
        throw forbidden('only a handler of the lead unit may ask a cooperating unit to confirm');
      }
      if (!state.cooperatingUnitIds.includes(command.unitId))
        throw invalidInput(`unitId: ${command.unitId} is not a cooperating unit of the item`);
      if (state.pendingConfirmations.some((c) => c.unitId === command.unitId))
        throw invalidState("that unit's confirmation is already awaited");
      const note = requireText(command.note, 'note');
      next.pendingConfirmations = [...state.pendingConfirmations, { unitId: command.unitId, note, requestedAt: at }];
      return outcome('confirmation_requested', note, { unitId: command.unitId });
    }

    case 'confirm': {
      requireStatus(state, 'a confirmation', ['in_progress']);
      if (!isCooperating(state, actor) || !hasRole(actor, 'handler', 'unit_head')) {
        throw forbidden('only a handler or the head of a cooperating unit may confirm');
      }
      if (!state.pendingConfirmations.some((c) => c.unitId === actor.unitId))
        throw invalidState('no confirmation is awaited from this unit');
      next.pendingConfirmations = state.pendingConfirmations.filter((c) => c.unitId !== actor.unitId);
      return outcome('confirmed', command.comment?.trim() || null, { unitId: actor.unitId });
    }

    case 'reassign': {
      requireOffice(actor, 'reassign an item');
      requireStatus(state, 'reassignment', RUNNING_STATUSES);
      const reason = requireText(command.reason, 'reason');
      const cooperating = [...new Set(command.cooperatingUnitIds ?? [])];
      if (cooperating.includes(command.leadUnitId)) {
        throw invalidInput('cooperatingUnitIds must not contain the lead unit');
      }
      next.leadUnitId = command.leadUnitId;
      next.cooperatingUnitIds = cooperating;
      // The new lead unit acknowledges the item afresh; its own sign-off is needed again.
      next.status = 'assigned';
      next.signoff = null;
      next.pendingExtension = null;
      next.pendingConfirmations = [];
      return outcome('reassigned', reason, {
        previousLeadUnitId: state.leadUnitId,
        leadUnitId: command.leadUnitId,
        cooperatingUnitIds: cooperating,
      });
    }

    case 'suspend':
      requireOffice(actor, 'suspend an item');
      requireStatus(state, 'suspension', RUNNING_STATUSES);
      next.status = 'suspended';
      next.suspension = { from: state.status, since: at };
      return outcome('suspended', requireText(command.reason, 'reason'));

    case 'resume': {
      requireOffice(actor, 'resume an item');
      requireStatus(state, 'resumption', ['suspended']);
      const suspension = state.suspension!;
      const stoodStill = now.getTime() - new Date(suspension.since).getTime();
      next.status = suspension.from;
      next.suspension = null;
      // Every pending clock moves on by the time the item stood still.
      next.suspensions = [...state.suspensions, { since: suspension.since, until: at }];
      next.dueAt = dueAtOf(next);
      return outcome('resumed', command.reason?.trim() || null, { suspendedMs: stoodStill, dueAt: next.dueAt });
    }

    case 'cancel':
      requireOffice(actor, 'cancel an item');
      requireStatus(state, 'cancellation', [...RUNNING_STATUSES, 'suspended']);
      next.status = 'cancelled';
      next.suspension = null;
      return outcome('cancelled', requireText(command.reason, 'reason'));

    case 'rate':
      requireOffice(actor, 'rate an item');
      requireStatus(state, 'rating', ['closed']);
      if (state.rating) throw invalidState('the item has already been rated');
      if (!RATING_GRADES.includes(command.grade)) {
        throw invalidInput(`grade must be one of ${RATING_GRADES.join(', ')}`);
      }
      next.rating = { grade: command.grade, comment: command.comment?.trim() || null, by: actor.userId, at };
      return outcome('rated', next.rating.comment, { grade: command.grade });

    case 'change_deadline': {
      requireOffice(actor, 'change the deadline');
      requireStatus(state, 'a deadline change', [...RUNNING_STATUSES, 'suspended']);
      const reason = requireText(command.reason, 'reason');
      if (!isCalendarDate(command.deadline)) throw invalidInput('deadline must be a date (YYYY-MM-DD)');
      if (command.deadline === state.deadline && !state.deadlineAt)
        throw ruleViolation(`the deadline is already ${state.deadline}`);
      requireWorkdayDeadline(state, command.deadline);
      // Like an approved extension, but the office's own decision (earlier or later).
      setDeadline(next, command.deadline, at, now);
      return outcome('deadline_changed', reason, { previousDeadline: state.deadline, deadline: command.deadline });
    }

    case 'migrate_policy': {
      requireOffice(actor, 'move an item to another policy');
      requireStatus(state, 'a policy migration', [...RUNNING_STATUSES, 'suspended']);
      const problems = policyProblems(command.policy);
      if (problems.length) throw invalidInput(problems.join('; '));
      next.policy = command.policy;
      next.calendar = command.calendar;
      return outcome('policy_migrated', null, {
        previousPolicyVersion: state.policy.version,
        policyVersion: command.policy.version,
        previousCalendarRevision: state.calendar.revision,
        calendarRevision: command.calendar.revision,
      });
    }

    default:
      throw invalidInput(`unknown command ${(command as { type: string }).type}`);
  }
}

/** The state a draft hands to its workflow: nothing done yet, under the current policy and calendar. */
export function draftItemState(plan: ItemPlan, policy: EscalationPolicy, calendar: ItemCalendar): ItemState {
  return {
    ...plan,
    deadlineAt: plan.deadlineAt ?? null,
    status: 'draft',
    dueAt: new Date(deadlineInstant({ deadline: plan.deadline, deadlineAt: plan.deadlineAt ?? null })).toISOString(),
    colour: 'green',
    escalationLevel: 0,
    progressPercent: 0,
    pendingExtension: null,
    pendingConfirmations: [],
    suspension: null,
    signoff: null,
    rating: null,
    closedAt: null,
    policy,
    calendar,
    publishedAt: null,
    deadlineSetAt: null,
    reportAnchorAt: null,
    suspensions: [],
    fired: [],
    risk: [],
    riskSince: null,
    version: 0,
  };
}

/** The calendar years an item's dates can touch: from the year before publishing to two after its deadline. */
export function calendarYearsFor(deadline: string, years: CalendarYear[], today: string): CalendarYear[] {
  const from = Number(today.slice(0, 4)) - 1;
  const to = Number(deadline.slice(0, 4)) + 2;
  return years.filter((y) => y.year >= from && y.year <= to);
}
