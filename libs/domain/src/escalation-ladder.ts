import { BusinessCalendar } from './business-calendar';
import { endOfDeadlineDay, shanghaiDate } from './deadline';
import { durationMs, ruleKey, type PolicyRule, type Recipient } from './escalation-policy';
import { snapshotOf, type ItemEvent } from './item-events';
import type { ItemState, MilestoneState } from './item-state';
import { COLOURS, RUNNING_STATUSES, type Colour, type ItemStatus } from './item-status';
import { cadenceWorkdays, nextReportDue } from './reporting-cadence';

/**
 * The escalation ladder of one item: when each rule of its pinned policy fires, what colour and
 * level the item has, and whether it is at overdue risk (逾期风险). Pure, so the item's workflow
 * plans its durable timers with it and replays it deterministically.
 */

export const RISK_REASONS = ['milestone_late', 'progress_trails', 'no_report', 'extension_pending'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

/** A rule that has fired for one occurrence; the pair is the message's key. */
export interface FiredRule {
  key: string;
  trigger: PolicyRule['trigger'];
  occurrence: string;
  colour: Colour | null;
  level: number;
  at: string;
}

/** A firing the ladder plans: a rule of the policy for one occurrence, at an instant. */
export interface Firing {
  key: string;
  rule: PolicyRule;
  occurrence: string;
  at: number;
}

const DAY_MS = 24 * 3600_000;
const RISK_STATUSES: readonly ItemStatus[] = ['assigned', 'in_progress'];

export const calendarOf = (state: ItemState) => new BusinessCalendar(state.calendar.years);

/** Milliseconds the item stood suspended after `since`: every clock set then moves on by it. */
export function shiftSince(state: ItemState, since: string | null): number {
  const from = since ? Date.parse(since) : 0;
  return state.suspensions.reduce(
    (sum, s) => sum + Math.max(0, Date.parse(s.until) - Math.max(Date.parse(s.since), from)),
    0,
  );
}

/** When the deadline falls due: the end of its day, moved on by the time suspended since it was set. */
export function dueAtOf(state: ItemState): string {
  return new Date(deadlineInstant(state) + shiftSince(state, state.deadlineSetAt)).toISOString();
}

/** The deadline before any suspension: its exact time if one was given, else the end of its day. */
export const deadlineInstant = (state: Pick<ItemState, 'deadline' | 'deadlineAt'>) =>
  state.deadlineAt ? Date.parse(state.deadlineAt) : endOfDeadlineDay(state.deadline).getTime();

/** Whether the deadline was computed from a year without calendar data (Monday–Friday fallback). */
export function deadlineUsesFallback(state: ItemState): boolean {
  const from = state.publishedAt ? shanghaiDate(new Date(state.publishedAt)) : state.deadline;
  return calendarOf(state).rangeUsesFallback(from < state.deadline ? from : state.deadline, state.deadline);
}

// n workdays from a moment end with the n-th workday; zero is the moment itself (a deadline with a
// time, a risk found at noon).
function offsetFrom(rule: PolicyRule, date: string, instant: number, sign: 1 | -1, calendar: BusinessCalendar): number {
  if ('workdays' in rule.offset && rule.offset.workdays === 0) return instant;
  if ('workdays' in rule.offset)
    return endOfDeadlineDay(calendar.addWorkdays(date, sign * rule.offset.workdays)).getTime();
  return instant + sign * durationMs(rule.offset.duration);
}

/** The report currently owed: when it falls due (moved on by suspensions), its date, and that shift. */
export function reportDue(
  state: ItemState,
  calendar = calendarOf(state),
): { at: number; date: string; shift: number } | null {
  if (!state.reportingCadence || !state.reportAnchorAt) return null;
  const due = nextReportDue(state.reportingCadence, new Date(state.reportAnchorAt), calendar).getTime();
  const shift = shiftSince(state, state.reportAnchorAt);
  return { at: due + shift, date: shanghaiDate(new Date(due - 1)), shift };
}

export const milestoneMet = (m: MilestoneState) =>
  m.targetValue === null
    ? m.actualValue !== null && m.actualValue > 0
    : m.actualValue !== null && m.actualValue >= m.targetValue;

const deadlineOccurrence = (state: ItemState) => `deadline:${state.deadline}`;
// The unshifted due time: a suspension moves the timers, not the identity of the report owed.
const reportOccurrence = (due: { at: number; shift: number }) => `report:${new Date(due.at - due.shift).toISOString()}`;

/** Every firing the current anchors plan, fired or not. */
export function plannedFirings(state: ItemState): Firing[] {
  if (!RUNNING_STATUSES.includes(state.status)) return [];
  const calendar = calendarOf(state);
  const firings: Firing[] = [];
  const add = (rule: PolicyRule, occurrence: string, at: number) =>
    firings.push({ key: `${ruleKey(rule)}@${occurrence}`, rule, occurrence, at });
  const deadlineShift = shiftSince(state, state.deadlineSetAt);
  const due = deadlineInstant(state);
  const report = state.status === 'in_progress' ? reportDue(state, calendar) : null;
  for (const rule of state.policy.rules) {
    switch (rule.trigger) {
      case 'before_deadline':
        add(rule, deadlineOccurrence(state), offsetFrom(rule, state.deadline, due, -1, calendar) + deadlineShift);
        break;
      case 'after_deadline':
        add(rule, deadlineOccurrence(state), offsetFrom(rule, state.deadline, due, 1, calendar) + deadlineShift);
        break;
      case 'missed_report':
        if (report)
          add(
            rule,
            reportOccurrence(report),
            offsetFrom(rule, report.date, report.at - report.shift, 1, calendar) + report.shift,
          );
        break;
      case 'milestone_deadline': {
        const shift = shiftSince(state, state.publishedAt);
        for (const m of state.milestones.filter((x) => !milestoneMet(x))) {
          add(
            rule,
            `milestone:${m.id}`,
            offsetFrom(rule, m.deadline, endOfDeadlineDay(m.deadline).getTime(), 1, calendar) + shift,
          );
        }
        break;
      }
      case 'risk':
        if (state.riskSince && RISK_STATUSES.includes(state.status)) {
          add(
            rule,
            deadlineOccurrence(state),
            offsetFrom(rule, shanghaiDate(new Date(state.riskSince)), Date.parse(state.riskSince), 1, calendar),
          );
        }
        break;
    }
  }
  return firings;
}

/**
 * The planned firings that are due and have not fired, earliest first. A warning before the
 * deadline that came due with a later one (an item published or extended late) or only after
 * the deadline passed is superseded: the item is told once, by the latest that still fits.
 */
export function dueFirings(state: ItemState, now: Date): Firing[] {
  const fired = new Set(state.fired.map((f) => f.key));
  const planned = plannedFirings(state);
  const overdue = now.getTime() >= Date.parse(state.dueAt);
  // The latest warning that has come due, fired or not: any earlier one is superseded by it.
  const latestWarning = planned
    .filter((f) => f.rule.trigger === 'before_deadline' && f.at <= now.getTime())
    .reduce((latest, f) => Math.max(latest, f.at), -Infinity);
  return planned
    .filter((f) => f.at <= now.getTime() && !fired.has(f.key))
    .filter((f) => f.rule.trigger !== 'before_deadline' || (!overdue && f.at === latestWarning))
    .sort((a, b) => a.at - b.at);
}

/** The next instant the workflow must wake: a firing, the deadline, or a planned risk check. */
export function nextWakeAt(state: ItemState, now: Date): number | null {
  if (!RUNNING_STATUSES.includes(state.status)) return null;
  const firing = nextFiring(state, now); // what is due now was fired or superseded
  const instants = firing ? [firing.at] : [];
  const dueAt = Date.parse(state.dueAt);
  if (state.colour !== 'red') instants.push(dueAt);
  // Overdue risk is re-judged every night until the deadline (a planned check), and at every report.
  if (RISK_STATUSES.includes(state.status) && now.getTime() < dueAt) {
    instants.push(endOfDeadlineDay(shanghaiDate(now)).getTime());
  }
  return instants.length ? Math.min(...instants) : null;
}

/** Overdue risk is found before the deadline: the reasons an item is at risk now, if any. */
export function judgeRisk(state: ItemState, now: Date): RiskReason[] {
  if (!RISK_STATUSES.includes(state.status) || !state.publishedAt || now.getTime() >= Date.parse(state.dueAt))
    return [];
  const calendar = calendarOf(state);
  const today = shanghaiDate(now);
  const start = shanghaiDate(new Date(state.publishedAt));
  const margin = state.policy.riskMarginPoints;
  const elapsedShare = (until: string) => {
    const total = calendar.workdaysBetween(start, until);
    return total <= 0 ? 100 : Math.min(100, (100 * Math.max(0, calendar.workdaysBetween(start, today))) / total);
  };
  const reasons: RiskReason[] = [];
  const milestoneShift = shiftSince(state, state.publishedAt);
  if (
    state.milestones.some(
      (m) => !milestoneMet(m) && endOfDeadlineDay(m.deadline).getTime() + milestoneShift <= now.getTime(),
    )
  ) {
    reasons.push('milestone_late');
  }
  // Progress trails time; a quantified milestone compares its actual value with the pro-rata target.
  const trails =
    elapsedShare(state.deadline) - state.progressPercent > margin ||
    state.milestones.some(
      (m) =>
        m.targetValue !== null &&
        m.targetValue > 0 &&
        elapsedShare(m.deadline) - (100 * (m.actualValue ?? 0)) / m.targetValue > margin,
    );
  if (trails) reasons.push('progress_trails');
  const cadence = state.reportingCadence;
  if (cadence && state.status === 'in_progress' && state.reportAnchorAt) {
    const anchor = new Date(state.reportAnchorAt);
    const workdays = cadenceWorkdays(cadence);
    const silent =
      workdays !== null
        ? calendar.workdaysBetween(shanghaiDate(anchor), today) > 1.5 * workdays
        : now.getTime() - anchor.getTime() - shiftSince(state, state.reportAnchorAt) >
          1.5 * (nextReportDue(cadence, anchor, calendar).getTime() - anchor.getTime());
    if (silent) reasons.push('no_report');
  }
  if (state.pendingExtension) reasons.push('extension_pending');
  return reasons;
}

/** The firings that still count: of the current deadline, the report now owed, an unmet milestone, a risk still found. */
function liveFirings(state: ItemState): FiredRule[] {
  const report = reportDue(state);
  return state.fired.filter((f) => {
    // A missed report counts while reports are owed (in progress), until the next one comes in.
    if (f.trigger === 'missed_report')
      return state.status === 'in_progress' && report !== null && f.occurrence === reportOccurrence(report);
    if (f.trigger === 'milestone_deadline')
      return state.milestones.some((m) => `milestone:${m.id}` === f.occurrence && !milestoneMet(m));
    if (f.trigger === 'risk') return state.risk.length > 0 && f.occurrence === deadlineOccurrence(state); // the colour follows the risk
    return f.occurrence === deadlineOccurrence(state);
  });
}

const worse = (a: Colour, b: Colour) => (COLOURS.indexOf(a) >= COLOURS.indexOf(b) ? a : b);

/** Colour and level follow from what has fired, the risk found and whether the deadline passed. */
export function colourAndLevel(state: ItemState, now: Date): { colour: Colour; escalationLevel: number } {
  const live = liveFirings(state);
  let colour: Colour = state.risk.length ? 'orange' : 'green';
  for (const f of live) if (f.colour) colour = worse(colour, f.colour);
  if (now.getTime() >= Date.parse(state.dueAt)) colour = 'red';
  return { colour, escalationLevel: Math.max(0, ...live.map((f) => f.level)) };
}

/** What a firing tells: the message key (item, rule, occurrence) and who receives it. */
export interface FiringNotice {
  messageKey: string;
  ruleKey: string;
  trigger: PolicyRule['trigger'];
  occurrence: string;
  colour: Colour | null;
  level: number;
  recipients: Recipient[];
  bulletin: boolean;
  dueAt: string;
  risk: RiskReason[];
}

/** The rule named on the timeline when the chain re-judged risk and colour (at a check, after a command). */
export const RISK_ASSESSMENT = 'risk_assessment';

const eventType = (rule: PolicyRule): 'escalated' | 'report_reminded' | 'warned' =>
  rule.level > 0 ? 'escalated' : rule.trigger === 'missed_report' && !rule.colour ? 'report_reminded' : 'warned';

const firedRule = ({ key, rule, occurrence }: Firing, now: Date): FiredRule => ({
  key,
  trigger: rule.trigger,
  occurrence,
  colour: rule.colour,
  level: rule.level,
  at: now.toISOString(),
});

/** A rule fires: it is recorded, the item takes its colour and level, the timeline says so. */
export function fireRule(
  state: ItemState,
  firing: Firing,
  now: Date,
): { state: ItemState; event: ItemEvent; notice: FiringNotice } {
  const { rule } = firing;
  const record = firedRule(firing, now);
  const next: ItemState = { ...state, fired: [...state.fired, record], version: state.version + 1 };
  Object.assign(next, colourAndLevel(next, now));
  const notice: FiringNotice = {
    messageKey: `${state.itemId}/${firing.key}`,
    ruleKey: ruleKey(rule),
    trigger: rule.trigger,
    occurrence: firing.occurrence,
    colour: rule.colour,
    level: rule.level,
    recipients: rule.recipients,
    bulletin: rule.bulletin,
    dueAt: state.dueAt,
    risk: state.risk,
  };
  const event: ItemEvent = {
    type: eventType(rule),
    at: now.toISOString(),
    actor: null,
    rule: notice.ruleKey,
    fromStatus: state.status,
    toStatus: state.status,
    comment: null,
    data: {
      ...notice,
      plannedAt: new Date(firing.at).toISOString(),
      itemColour: next.colour,
      escalationLevel: next.escalationLevel,
    },
    after: snapshotOf(next),
  };
  return { state: next, event, notice };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Re-judges risk and recomputes colour and level (at a planned check, after a report or any
 * command); returns the change for the timeline, or null when nothing changed.
 */
export function reassess(state: ItemState, now: Date): { state: ItemState; event: ItemEvent } | null {
  if (!RUNNING_STATUSES.includes(state.status)) return null;
  const risk = judgeRisk(state, now);
  const riskSince = risk.length === 0 ? null : (state.riskSince ?? now.toISOString());
  const probe: ItemState = { ...state, risk, riskSince };
  const { colour, escalationLevel } = colourAndLevel(probe, now);
  if (sameSet(risk, state.risk) && colour === state.colour && escalationLevel === state.escalationLevel) return null;
  const next: ItemState = { ...probe, colour, escalationLevel, version: state.version + 1 };
  const type: 'deadline_passed' | 'risk_found' | 'risk_cleared' | 'colour_changed' =
    colour === 'red' && state.colour !== 'red'
      ? 'deadline_passed'
      : !sameSet(risk, state.risk)
        ? risk.length
          ? 'risk_found'
          : 'risk_cleared'
        : 'colour_changed';
  return {
    state: next,
    event: {
      type,
      at: now.toISOString(),
      actor: null,
      rule: RISK_ASSESSMENT,
      fromStatus: state.status,
      toStatus: state.status,
      comment: null,
      data: { colour, escalationLevel, risk, previousColour: state.colour, dueAt: state.dueAt },
      after: snapshotOf(next),
    },
  };
}

/** Days late for messages: the first day late starts when the deadline passes (0 before it). */
export function daysLate(state: ItemState, now: Date): number {
  const late = now.getTime() - Date.parse(state.dueAt);
  return late < 0 ? 0 : Math.floor(late / DAY_MS) + 1;
}

/**
 * The ladder's next step now: the earliest due rule fires, else risk and colour are re-judged;
 * null once it has caught up. The workflow applies step after step; `settle` previews them all.
 */
export function ladderStep(
  state: ItemState,
  now: Date,
): { state: ItemState; event: ItemEvent; notice?: FiringNotice } | null {
  const [firing] = dueFirings(state, now);
  return firing ? fireRule(state, firing, now) : reassess(state, now);
}

/** Where the ladder would stand now if it caught up (what a policy migration would change). */
export function settle(state: ItemState, now: Date): { state: ItemState; fired: string[] } {
  let current = state;
  for (let guard = 0; guard < 100; guard++) {
    const step = ladderStep(current, now);
    if (!step) break;
    current = step.state;
  }
  return { state: current, fired: current.fired.slice(state.fired.length).map((f) => f.key) };
}

/**
 * A past item recorded after the fact (补录): every rule whose moment has passed counts as fired,
 * without a notice, so the item stands at the colour and level it has reached and nobody is flooded.
 */
export function backfill(state: ItemState, now: Date): { state: ItemState; fired: string[] } {
  let current = state;
  for (let [firing] = dueFirings(current, now); firing; [firing] = dueFirings(current, now)) {
    current = { ...current, fired: [...current.fired, firedRule(firing, now)] };
  }
  current = { ...current, ...colourAndLevel(current, now) };
  return { state: current, fired: current.fired.slice(state.fired.length).map((f) => f.key) };
}

/** The next rule due to fire after now, if any (for the board and previews). */
export function nextFiring(state: ItemState, now: Date): Firing | null {
  const fired = new Set(state.fired.map((f) => f.key));
  return plannedFirings(state)
    .filter((f) => !fired.has(f.key) && f.at > now.getTime())
    .reduce<Firing | null>((next, f) => (next === null || f.at < next.at ? f : next), null);
}
