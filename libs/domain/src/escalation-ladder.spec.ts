import { actors, anItemState } from '@duban/testing';
import {
  colourAndLevel,
  dueFirings,
  fireRule,
  judgeRisk,
  nextWakeAt,
  plannedFirings,
  reassess,
  settle,
  shiftSince,
} from './escalation-ladder';
import { decide } from './item-commands';
import type { ItemState } from './item-state';
import { nextReportDue } from './reporting-cadence';
import { BusinessCalendar } from './business-calendar';

// Labour Day 2026 (packaged): 1–5 May off, Saturday 9 May worked in lieu.
const running = (overrides: Partial<ItemState> = {}) =>
  anItemState({
    status: 'in_progress',
    deadline: '2026-05-08',
    dueAt: '2026-05-08T16:00:00.000Z',
    publishedAt: '2026-04-01T01:00:00.000Z',
    deadlineSetAt: '2026-04-01T01:00:00.000Z',
    reportAnchorAt: '2026-04-01T01:00:00.000Z',
    ...overrides,
  });
const at = (iso: string) => new Date(iso);
const plan = (state: ItemState) =>
  Object.fromEntries(plannedFirings(state).map((f) => [f.key, new Date(f.at).toISOString()]));

describe('the escalation ladder (pure)', () => {
  it('plans the default ladder by the business calendar, across the Labour Day holiday', () => {
    expect(plan(running())).toEqual({
      'before_deadline:5wd@deadline:2026-05-08': '2026-04-28T16:00:00.000Z', // 7, 6 May, 30, 29, 28 Apr
      'before_deadline:2wd@deadline:2026-05-08': '2026-05-06T16:00:00.000Z',
      'after_deadline:0wd@deadline:2026-05-08': '2026-05-08T16:00:00.000Z',
      'after_deadline:3wd@deadline:2026-05-08': '2026-05-12T16:00:00.000Z', // Sat 9 (worked), Mon 11, Tue 12
      'after_deadline:10wd@deadline:2026-05-08': '2026-05-21T16:00:00.000Z',
    });
  });

  it('fires a rule once: after firing it is neither due nor planned to wake for', () => {
    const state = running();
    const now = at('2026-05-07T00:00:00Z');
    const [warning] = dueFirings(state, now);
    expect(warning.key).toBe('before_deadline:2wd@deadline:2026-05-08'); // the 5-workday warning is superseded
    const fired = fireRule(state, warning, now);
    expect(fired.state).toMatchObject({ colour: 'yellow', escalationLevel: 0 });
    expect(fired.notice).toMatchObject({
      messageKey: `${state.itemId}/before_deadline:2wd@deadline:2026-05-08`,
      recipients: ['handler', 'unit_head'],
    });
    expect(dueFirings(fired.state, now)).toEqual([]);
    expect(nextWakeAt(fired.state, now)).toBe(Date.parse('2026-05-07T16:00:00.000Z')); // tonight's risk check
  });

  it('sends no warning before a deadline that has already passed, and climbs every level that is due', () => {
    const { state, fired } = settle(running({ progressPercent: 100 }), at('2026-05-22T00:00:00Z'));
    expect(fired).toEqual([
      'after_deadline:0wd@deadline:2026-05-08',
      'after_deadline:3wd@deadline:2026-05-08',
      'after_deadline:10wd@deadline:2026-05-08',
    ]);
    expect(state).toMatchObject({ colour: 'red', escalationLevel: 3 });
  });

  it('re-plans every timer from an approved extension and clears the old colour and level', () => {
    const { state: late } = settle(running({ progressPercent: 100 }), at('2026-05-13T00:00:00Z'));
    expect(late).toMatchObject({ colour: 'red', escalationLevel: 2 });
    const pending = {
      ...late,
      pendingExtension: {
        id: '40000000-0000-4000-8000-000000000009',
        requestedDeadline: '2026-06-30',
        reason: 'r',
        requestedBy: 'u',
        requestedAt: late.publishedAt!,
      },
    };
    const { state: extended } = decide(
      pending,
      { type: 'decide_extension', extensionId: '40000000-0000-4000-8000-000000000009', decision: 'approve' },
      actors.office,
      at('2026-05-13T01:00:00Z'),
    );
    expect(extended).toMatchObject({ colour: 'green', escalationLevel: 0, dueAt: '2026-06-30T16:00:00.000Z' });
    expect(Object.keys(plan(extended))).toContain('after_deadline:3wd@deadline:2026-06-30');
  });

  it("keeps a missed report's identity through a suspension, so its reminder is not sent twice", () => {
    const cadenced = running({ progressPercent: 60, reportingCadence: { kind: 'workdays', every: 5 } });
    // Due five workdays after 1 Apr (Qingming, 4–6 Apr, skipped): end of 9 Apr; 催报 two workdays later, end of 13 Apr.
    const { state: reminded, fired } = settle(cadenced, at('2026-04-14T00:00:00Z'));
    // No report for 1.5 cadences is also an overdue risk: its heads-up goes out the moment it is found.
    expect(fired).toEqual(['missed_report:2wd@report:2026-04-09T16:00:00.000Z', 'risk:0wd@deadline:2026-05-08']);
    const suspended = {
      ...reminded,
      suspensions: [{ since: '2026-04-14T00:00:00.000Z', until: '2026-04-16T00:00:00.000Z' }],
    };
    expect(dueFirings(suspended, at('2026-04-16T01:00:00Z'))).toEqual([]);
    // The orange step (five workdays late, end of 16 Apr) moves on by the two days suspended.
    expect(plan(suspended)['missed_report:5wd@report:2026-04-09T16:00:00.000Z']).toBe('2026-04-18T16:00:00.000Z');
  });

  it('stops counting a missed report once the work is handed in for sign-off', () => {
    const cadenced = running({ progressPercent: 60, reportingCadence: { kind: 'workdays', every: 5 } });
    const { state: late } = settle(cadenced, at('2026-04-17T00:00:00Z')); // five workdays late: orange
    expect(late.colour).toBe('orange');
    const handedIn = decide(
      late,
      { type: 'request_completion', summary: '已完成' },
      actors.leadHandler,
      at('2026-04-17T01:00:00Z'),
    ).state;
    expect(reassess(handedIn, at('2026-04-17T01:00:00Z'))?.state.colour).toBe('green');
  });

  it('moves every timer by the part of a suspension after its clock was set', () => {
    const state = running({ suspensions: [{ since: '2026-04-10T00:00:00.000Z', until: '2026-04-12T00:00:00.000Z' }] });
    expect(shiftSince(state, '2026-04-01T00:00:00.000Z')).toBe(48 * 3600_000);
    expect(shiftSince(state, '2026-04-11T00:00:00.000Z')).toBe(24 * 3600_000);
    expect(shiftSince(state, '2026-04-13T00:00:00.000Z')).toBe(0);
    expect(plan(state)['after_deadline:0wd@deadline:2026-05-08']).toBe('2026-05-10T16:00:00.000Z');
  });

  describe('overdue risk (逾期风险)', () => {
    // 1 Apr to 8 May 2026 holds 24 workdays; by 20 Apr, 13 of them (54%) have gone.
    const now = at('2026-04-20T02:00:00Z');

    it('is found when progress trails the elapsed share of workdays by more than the margin', () => {
      expect(judgeRisk(running({ progressPercent: 20 }), now)).toEqual(['progress_trails']);
      expect(judgeRisk(running({ progressPercent: 30 }), now)).toEqual([]);
      expect(
        judgeRisk(running({ progressPercent: 40, policy: { ...running().policy, riskMarginPoints: 10 } }), now),
      ).toEqual(['progress_trails']);
    });

    it('compares a quantified milestone with its pro-rata target', () => {
      const milestone = { id: 'm', deadline: '2026-04-30', targetValue: 100, actualValue: 30 };
      expect(judgeRisk(running({ progressPercent: 60, milestones: [milestone] }), now)).toEqual(['progress_trails']);
      expect(judgeRisk(running({ progressPercent: 60, milestones: [{ ...milestone, actualValue: 50 }] }), now)).toEqual(
        [],
      );
    });

    it('is found when a milestone is late, no report came for 1.5 cadences, or an extension is pending', () => {
      const late = { id: 'm', deadline: '2026-04-15', targetValue: null, actualValue: null };
      expect(judgeRisk(running({ progressPercent: 60, milestones: [late] }), now)).toEqual(['milestone_late']);
      expect(
        judgeRisk(running({ progressPercent: 60, reportingCadence: { kind: 'workdays', every: 5 } }), now),
      ).toEqual(['no_report']);
      expect(
        judgeRisk(running({ progressPercent: 60, reportingCadence: { kind: 'workdays', every: 10 } }), now),
      ).toEqual([]);
      const pendingExtension = {
        id: '40000000-0000-4000-8000-000000000009',
        requestedDeadline: '2026-06-30',
        reason: 'r',
        requestedBy: 'u',
        requestedAt: '2026-04-19T00:00:00Z',
      };
      expect(judgeRisk(running({ progressPercent: 60, pendingExtension }), now)).toEqual(['extension_pending']);
    });

    it('turns the item orange when found and green when a report clears it, though its heads-up went out', () => {
      const found = reassess(running({ progressPercent: 10 }), now)!;
      expect(found.event.type).toBe('risk_found');
      expect(found.state).toMatchObject({ colour: 'orange', risk: ['progress_trails'], riskSince: now.toISOString() });
      const [headsUp] = dueFirings(found.state, now);
      expect(headsUp.key).toBe('risk:0wd@deadline:2026-05-08');
      const told = fireRule(found.state, headsUp, now).state;
      const reported = decide(
        told,
        { type: 'report_progress', reportId: '30000000-0000-4000-8000-000000000002', text: '过半', percent: 55 },
        actors.leadHandler,
        now,
      ).state;
      const cleared = reassess(reported, now)!;
      expect(cleared.event.type).toBe('risk_cleared');
      expect(cleared.state).toMatchObject({ colour: 'green', risk: [], riskSince: null });
      expect(colourAndLevel(cleared.state, now)).toEqual({ colour: 'green', escalationLevel: 0 });
    });
  });

  it('fires a milestone rule for an unmet milestone past its date, and forgets it once met', () => {
    const rule = {
      trigger: 'milestone_deadline' as const,
      offset: { workdays: 1 },
      colour: 'orange' as const,
      level: 0,
      recipients: ['unit_head' as const],
      bulletin: false,
    };
    const milestone = { id: 'm1', deadline: '2026-04-30', targetValue: 30, actualValue: 10 };
    const state = running({
      progressPercent: 60,
      milestones: [milestone],
      policy: { ...running().policy, rules: [rule] },
    });
    // The day after 30 Apr is a holiday: one workday after is Wednesday 6 May.
    expect(plan(state)).toEqual({ 'milestone_deadline:1wd@milestone:m1': '2026-05-06T16:00:00.000Z' });
    const now = at('2026-05-07T00:00:00Z');
    const { state: after, fired } = settle(state, now);
    expect(fired).toEqual(['milestone_deadline:1wd@milestone:m1']);
    expect(after.colour).toBe('orange');
    expect(after.risk).toContain('milestone_late');
    const met = { ...after, milestones: [{ ...milestone, actualValue: 30 }] };
    expect(plan(met)).toEqual({});
    expect(colourAndLevel({ ...met, risk: [] }, now).colour).toBe('green');
  });

  it('puts a monthly report on its day, or the last day of a short month', () => {
    const calendar = new BusinessCalendar([]);
    const due = (anchor: string, day: number) =>
      nextReportDue({ kind: 'monthly', day }, at(anchor), calendar).toISOString();
    expect(due('2026-01-20T02:00:00Z', 25)).toBe('2026-01-25T16:00:00.000Z');
    expect(due('2026-01-26T02:00:00Z', 25)).toBe('2026-02-25T16:00:00.000Z');
    expect(due('2026-01-31T02:00:00Z', 31)).toBe('2026-02-28T16:00:00.000Z');
  });
});
