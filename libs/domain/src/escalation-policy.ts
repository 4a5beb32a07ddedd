import { parse as parseIsoDuration } from 'tinyduration';
import { COLOURS, type Colour } from './item-status';

/** What makes a rule fire (docs/domain.md and docs/escalation.md). */
export const TRIGGERS = ['before_deadline', 'after_deadline', 'missed_report', 'milestone_deadline', 'risk'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Who is told; resolved to people when the rule fires, so a reassignment re-targets them. */
export const RECIPIENTS = ['handler', 'unit_head', 'office', 'supervising_leader', 'leadership'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Workdays by the business calendar, or an exact ISO 8601 duration (a demo ladder in minutes). */
export type RuleOffset = { workdays: number } | { duration: string };

export interface PolicyRule {
  trigger: Trigger;
  offset: RuleOffset;
  /** The colour the item takes when the rule fires; null leaves it as it is (a plain reminder). */
  colour: Colour | null;
  /** The escalation level reached; 0 for a warning or reminder. */
  level: number;
  recipients: Recipient[];
  /** The item goes into the next bulletin (督查通报). */
  bulletin: boolean;
}

export interface PolicyContent {
  name: string;
  rules: PolicyRule[];
  /** Overdue risk: reported progress may trail the elapsed share of workdays by this many points. */
  riskMarginPoints: number;
  /** Deadlines must fall on workdays of the business calendar (a holiday or weekend answers 422). */
  workdayDeadlinesOnly?: boolean;
  /**
   * What an imported plan's deadline on a day off becomes: moved to the workday before, refused (the
   * row is an error), or kept as written. Absent: previous_workday.
   */
  deadlineOnDayOff?: DeadlineOnDayOff;
}

/** What a plan's deadline that falls on a day off becomes when the plan is imported. */
export const DEADLINE_ON_DAY_OFF = ['previous_workday', 'refuse', 'allow'] as const;
export type DeadlineOnDayOff = (typeof DEADLINE_ON_DAY_OFF)[number];

/** A saved version of the office's policy; an item pins the version it was published under. */
export interface EscalationPolicy extends PolicyContent {
  version: number;
  workdayDeadlinesOnly: boolean;
}

const rule = (
  trigger: Trigger,
  workdays: number,
  colour: Colour | null,
  level: number,
  recipients: Recipient[],
  bulletin = false,
): PolicyRule => ({
  trigger,
  offset: { workdays },
  colour,
  level,
  recipients,
  bulletin,
});

/** The brief's default ladder, plus a heads-up to the lead unit when overdue risk is found. */
export const DEFAULT_POLICY: PolicyContent = {
  name: '默认督办规则',
  riskMarginPoints: 25,
  workdayDeadlinesOnly: false,
  deadlineOnDayOff: 'previous_workday',
  rules: [
    rule('before_deadline', 5, 'yellow', 0, ['handler']),
    rule('before_deadline', 2, 'yellow', 0, ['handler', 'unit_head']),
    rule('after_deadline', 0, 'red', 1, ['unit_head', 'office']),
    rule('after_deadline', 3, 'red', 2, ['supervising_leader']),
    rule('after_deadline', 10, 'red', 3, ['leadership'], true),
    rule('missed_report', 2, null, 0, ['handler']),
    rule('missed_report', 5, 'orange', 0, ['unit_head']),
    rule('risk', 0, 'orange', 0, ['handler', 'unit_head']),
  ],
};

/** A rule's key: its trigger and offset, e.g. `after_deadline:3wd` or `before_deadline:PT10M`. */
export function ruleKey(rule: Pick<PolicyRule, 'trigger' | 'offset'>): string {
  return 'workdays' in rule.offset
    ? `${rule.trigger}:${rule.offset.workdays}wd`
    : `${rule.trigger}:${rule.offset.duration}`;
}

/**
 * An exact ISO 8601 duration in milliseconds. Days count 24 hours (Shanghai has no daylight
 * saving); years and months have no fixed length and are refused.
 */
export function durationMs(iso: string): number {
  const d = parseIsoDuration(iso);
  if (d.years || d.months) throw new RangeError(`years and months have no fixed length: ${iso}`);
  const ms =
    ((((d.weeks ?? 0) * 7 + (d.days ?? 0)) * 24 + (d.hours ?? 0)) * 60 + (d.minutes ?? 0)) * 60_000 +
    (d.seconds ?? 0) * 1000;
  return d.negative ? -ms : ms;
}

/** Everything wrong with a policy, each naming the field; empty when it can be saved. */
export function policyProblems(policy: PolicyContent): string[] {
  const problems: string[] = [];
  if (typeof policy.name !== 'string' || !policy.name.trim()) problems.push('name is required');
  if (!Number.isFinite(policy.riskMarginPoints) || policy.riskMarginPoints < 0 || policy.riskMarginPoints > 100) {
    problems.push('riskMarginPoints must be from 0 to 100');
  }
  if (policy.deadlineOnDayOff !== undefined && !DEADLINE_ON_DAY_OFF.includes(policy.deadlineOnDayOff)) {
    problems.push(`deadlineOnDayOff must be one of ${DEADLINE_ON_DAY_OFF.join(', ')}`);
  }
  // Kept on a day off, an imported deadline would then be refused by the workday-only rule.
  if (policy.workdayDeadlinesOnly && policy.deadlineOnDayOff === 'allow') {
    problems.push('deadlineOnDayOff cannot be allow while workdayDeadlinesOnly asks for deadlines on workdays');
  }
  if (!Array.isArray(policy.rules) || policy.rules.length === 0)
    return [...problems, 'rules must hold at least one rule'];
  const keys = new Set<string>();
  policy.rules.forEach((r, i) => {
    const at = `rules[${i}]`;
    if (!TRIGGERS.includes(r.trigger)) problems.push(`${at}.trigger must be one of ${TRIGGERS.join(', ')}`);
    const offset = r.offset as Partial<{ workdays: number; duration: string }> | undefined;
    if (!offset || 'workdays' in offset === 'duration' in offset) {
      problems.push(`${at}.offset needs either workdays or duration`);
    } else if ('workdays' in offset) {
      if (!Number.isInteger(offset.workdays) || offset.workdays! < 0)
        problems.push(`${at}.offset.workdays must be a whole number ≥ 0`);
    } else {
      try {
        if (durationMs(offset.duration!) < 0) problems.push(`${at}.offset.duration must not be negative`);
      } catch {
        problems.push(
          `${at}.offset.duration must be an ISO 8601 duration in weeks, days, hours, minutes or seconds, e.g. PT10M`,
        );
      }
    }
    if (r.colour !== null && !COLOURS.includes(r.colour))
      problems.push(`${at}.colour must be one of ${COLOURS.join(', ')} or null`);
    if (!Number.isInteger(r.level) || r.level < 0 || r.level > 3) problems.push(`${at}.level must be 0, 1, 2 or 3`);
    if (!Array.isArray(r.recipients) || r.recipients.some((x) => !RECIPIENTS.includes(x))) {
      problems.push(`${at}.recipients must be from ${RECIPIENTS.join(', ')}`);
    }
    if (r.trigger === 'before_deadline' && r.level > 0) problems.push(`${at}.level must be 0 before the deadline`);
    if (TRIGGERS.includes(r.trigger) && offset && 'workdays' in offset !== 'duration' in offset) {
      const key = ruleKey(r);
      if (keys.has(key)) problems.push(`${at} repeats the rule ${key}`);
      keys.add(key);
    }
  });
  return problems;
}

/** Why a deadline date is refused by the policy, or null: a workday-only policy refuses days off. */
export function deadlineRefusal(
  policy: Pick<PolicyContent, 'workdayDeadlinesOnly'>,
  calendar: { isWorkday(date: string): boolean },
  date: string,
): string | null {
  if (!policy.workdayDeadlinesOnly || calendar.isWorkday(date)) return null;
  return `${date} is not a workday, and the escalation policy asks for deadlines on workdays`;
}
