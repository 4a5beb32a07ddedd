import type { CalendarYear } from './business-calendar';
import { isCalendarDate } from './deadline';
import { admissionRefusal } from './command-admission';
import { backfill, calendarOf, colourAndLevel, deadlineInstant, dueAtOf } from './escalation-ladder';
import { deadlineRefusal, policyProblems, type EscalationPolicy } from './escalation-policy';
import { invalidInput, invalidState, ruleViolation } from './domain-error';
import { actingRole, actionRefusal } from './item-actions';
import { snapshotOf, type ItemEvent, type ItemEventData, type ItemEventOf, type ItemEventType } from './item-events';
import type { EvidenceFile, ItemCalendar, ItemPlan, ItemState, RatingGrade } from './item-state';
import { RATING_GRADES } from './item-state';
import type { Actor } from './roles';

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
      attachments?: EvidenceFile[];
    }
  | { type: 'request_completion'; summary: string; evidence?: string[]; attachments?: EvidenceFile[] }
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

// Keyed by every command, so the list cannot miss one.
const COMMANDS: Record<ItemCommandType, true> = {
  publish: true,
  acknowledge: true,
  report_progress: true,
  request_completion: true,
  signoff: true,
  review: true,
  request_extension: true,
  decide_extension: true,
  request_confirmation: true,
  confirm: true,
  reassign: true,
  suspend: true,
  resume: true,
  cancel: true,
  rate: true,
  migrate_policy: true,
  change_deadline: true,
};
export const COMMAND_TYPES = Object.keys(COMMANDS) as ItemCommandType[];

export interface Outcome {
  state: ItemState;
  event: ItemEvent;
}

const isLeadUnit = (state: ItemState, actor: Actor) => actor.unitId === state.leadUnitId;

function requireText(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalidInput(`${field} is required`);
  return value.trim();
}

const optionalText = (value: string | undefined) => value?.trim() || null;

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

/** A cooperating unit is never the lead unit too. */
export function cooperatingUnitsProblem(leadUnitId: string, cooperatingUnitIds: readonly string[]): string | null {
  return cooperatingUnitIds.includes(leadUnitId) ? 'cooperatingUnitIds must not contain the lead unit' : null;
}

/**
 * Decides a command: refuses it with a DomainError, or returns the item's next state and the
 * timeline event that records it. Pure, so the workflow's update validator and handler share it.
 * Who may give it, and in which states, is the table in item-actions.ts (the same that lists a
 * person's actions); what is checked here is the command's own input and effect.
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
  if (!COMMAND_TYPES.includes(command.type)) throw invalidInput(`unknown command ${command.type}`);
  const refusal = actionRefusal(state, command.type, actor);
  if (refusal) throw refusal;
  const at = now.toISOString();
  const next: ItemState = { ...state, version: state.version + 1 };
  const role = actingRole(command.type, actor)!;
  const outcome = <K extends ItemEventType>(type: K, comment: string | null, data: ItemEventData[K]): Outcome => ({
    state: next,
    event: {
      type,
      at,
      actor: {
        userId: actor.userId,
        unitId: actor.unitId,
        role,
        ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
      },
      rule: null,
      fromStatus: state.status,
      toStatus: next.status,
      comment,
      data,
      after: snapshotOf(next),
    } as ItemEventOf<K> as ItemEvent,
  });

  switch (command.type) {
    case 'publish': {
      requireWorkdayDeadline(state, state.deadline);
      next.status = 'assigned';
      next.publishedAt = at;
      next.deadlineSetAt = at;
      const pins = { policyVersion: state.policy.version, calendarRevision: state.calendar.revision };
      if (command.allowPast === true && deadlineInstant(state) <= now.getTime()) {
        // A past item recorded after the fact (补录): it stands at the level it has reached,
        // without the warnings and escalations whose moment has passed.
        const { state: recorded, fired } = backfill(next, now);
        Object.assign(next, recorded);
        return outcome('published', null, { ...pins, backfilled: fired });
      }
      return outcome('published', null, pins);
    }

    case 'acknowledge':
      next.status = 'in_progress';
      next.reportAnchorAt = at;
      return outcome('acknowledged', optionalText(command.comment), {});

    case 'report_progress': {
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
        ...(command.attachments?.length ? { attachments: command.attachments } : {}),
      });
    }

    case 'request_completion':
      next.status = 'awaiting_signoff';
      return outcome('completion_requested', requireText(command.summary, 'summary'), {
        evidence: command.evidence ?? [],
        ...(command.attachments?.length ? { attachments: command.attachments } : {}),
      });

    case 'signoff': {
      if (command.decision === 'approve') {
        next.status = 'under_review';
        next.signoff = { by: actor.userId, at };
        return outcome('signed_off', optionalText(command.comment), {});
      }
      const reason = requireText(command.comment, 'comment (the reason for returning)');
      next.status = 'in_progress';
      next.signoff = null;
      return outcome('returned_by_unit_head', reason, {});
    }

    case 'review': {
      if (command.decision === 'approve') {
        // An item never closes without the responsible unit's sign-off.
        if (!state.signoff) throw invalidState('the lead unit has not signed off');
        next.status = 'closed';
        next.closedAt = at;
        return outcome('closed', optionalText(command.comment), {});
      }
      const reason = requireText(command.comment, 'comment (the reason for returning)');
      next.status = 'in_progress';
      next.signoff = null;
      return outcome('returned_by_office', reason, {});
    }

    case 'request_extension': {
      const reason = requireText(command.reason, 'reason');
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
      const pending = state.pendingExtension!;
      if (pending.id !== command.extensionId) throw invalidState(`extension ${command.extensionId} is not pending`);
      next.pendingExtension = null;
      const data = {
        extensionId: pending.id,
        requestedDeadline: pending.requestedDeadline,
        previousDeadline: state.deadline,
      };
      if (command.decision === 'reject') return outcome('extension_rejected', optionalText(command.comment), data);
      setDeadline(next, pending.requestedDeadline, at, now);
      return outcome('extension_approved', optionalText(command.comment), data);
    }

    case 'request_confirmation': {
      if (!state.cooperatingUnitIds.includes(command.unitId))
        throw invalidInput(`unitId: ${command.unitId} is not a cooperating unit of the item`);
      if (state.pendingConfirmations.some((c) => c.unitId === command.unitId))
        throw invalidState("that unit's confirmation is already awaited");
      const note = requireText(command.note, 'note');
      next.pendingConfirmations = [...state.pendingConfirmations, { unitId: command.unitId, note, requestedAt: at }];
      return outcome('confirmation_requested', note, { unitId: command.unitId });
    }

    case 'confirm':
      next.pendingConfirmations = state.pendingConfirmations.filter((c) => c.unitId !== actor.unitId);
      return outcome('confirmed', optionalText(command.comment), { unitId: actor.unitId });

    case 'reassign': {
      const reason = requireText(command.reason, 'reason');
      const cooperating = [...new Set(command.cooperatingUnitIds ?? [])];
      const problem = cooperatingUnitsProblem(command.leadUnitId, cooperating);
      if (problem) throw invalidInput(problem);
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
        previousCooperatingUnitIds: state.cooperatingUnitIds,
      });
    }

    case 'suspend':
      next.status = 'suspended';
      next.suspension = { from: state.status, since: at };
      return outcome('suspended', requireText(command.reason, 'reason'), {});

    case 'resume': {
      const suspension = state.suspension!;
      const stoodStill = now.getTime() - new Date(suspension.since).getTime();
      next.status = suspension.from;
      next.suspension = null;
      // Every pending clock moves on by the time the item stood still.
      next.suspensions = [...state.suspensions, { since: suspension.since, until: at }];
      next.dueAt = dueAtOf(next);
      return outcome('resumed', optionalText(command.reason), { suspendedMs: stoodStill, dueAt: next.dueAt });
    }

    case 'cancel':
      next.status = 'cancelled';
      next.suspension = null;
      return outcome('cancelled', requireText(command.reason, 'reason'), {});

    case 'rate':
      if (!RATING_GRADES.includes(command.grade)) {
        throw invalidInput(`grade must be one of ${RATING_GRADES.join(', ')}`);
      }
      next.rating = { grade: command.grade, comment: optionalText(command.comment), by: actor.userId, at };
      return outcome('rated', next.rating.comment, { grade: command.grade });

    case 'change_deadline': {
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
