import type { components } from '../../api-types';
import type { Colour, Policy } from '../../api';

export type CreatePolicy = components['schemas']['CreatePolicyDto'];
type RuleBody = components['schemas']['PolicyRuleDto'];
export type Trigger = RuleBody['trigger'];
export type Recipient = RuleBody['recipients'][number];
export type DayOffRule = CreatePolicy['deadlineOnDayOff'];
export const DAY_OFF_RULES: DayOffRule[] = ['previous_workday', 'refuse', 'allow'];

export const TRIGGERS: Trigger[] = ['before_deadline', 'after_deadline', 'missed_report', 'milestone_deadline', 'risk'];
export const RECIPIENTS: Recipient[] = ['handler', 'unit_head', 'office', 'supervising_leader', 'leadership'];
export const COLOURS: Colour[] = ['yellow', 'orange', 'red', 'green'];

/** One rule as the form holds it: the offset as a unit and an amount, no colour as "keep". */
export interface RuleValues {
  trigger: Trigger;
  offsetIn: 'workdays' | 'duration';
  workdays?: number;
  duration?: string;
  colour: Colour | 'keep';
  level: number;
  recipients: Recipient[];
  bulletin: boolean;
}

export interface PolicyValues {
  name: string;
  riskMarginPoints: number;
  workdayDeadlinesOnly: boolean;
  deadlineOnDayOff: DayOffRule;
  rules: RuleValues[];
}

/** The form's start: a copy of a version (the newest), to adjust rather than retype. */
export function policyValues(policy: Policy | undefined): PolicyValues {
  if (!policy)
    return {
      name: '',
      riskMarginPoints: 25,
      workdayDeadlinesOnly: false,
      deadlineOnDayOff: 'previous_workday',
      rules: [],
    };
  return {
    name: policy.name,
    riskMarginPoints: policy.riskMarginPoints,
    workdayDeadlinesOnly: policy.workdayDeadlinesOnly,
    deadlineOnDayOff: policy.deadlineOnDayOff,
    rules: policy.rules.map((r) => ({
      trigger: r.trigger,
      offsetIn: r.offset.duration !== undefined ? 'duration' : 'workdays',
      workdays: r.offset.workdays,
      duration: r.offset.duration,
      colour: (r.colour as Colour | null) ?? 'keep',
      level: r.level,
      recipients: r.recipients,
      bulletin: r.bulletin,
    })),
  };
}

/** The API's body for the form's values (POST /api/policies). */
export function policyBody(values: PolicyValues): CreatePolicy {
  return {
    name: values.name.trim(),
    riskMarginPoints: values.riskMarginPoints,
    workdayDeadlinesOnly: values.workdayDeadlinesOnly,
    deadlineOnDayOff: values.deadlineOnDayOff,
    rules: values.rules.map((r) => ({
      trigger: r.trigger,
      offset: r.offsetIn === 'duration' ? { duration: r.duration!.trim() } : { workdays: r.workdays! },
      colour: r.colour === 'keep' ? null : r.colour,
      level: r.level,
      recipients: r.recipients,
      bulletin: r.bulletin,
    })),
  };
}

/** A rule's key as the API counts it: two rules with the same trigger and offset are one too many. */
export const ruleKey = (r: Partial<RuleValues>): string =>
  `${r.trigger}:${r.offsetIn === 'duration' ? (r.duration ?? '').trim() : `${r.workdays}wd`}`;
