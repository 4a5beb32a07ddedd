import { DEFAULT_POLICY, durationMs, policyProblems, ruleKey, type PolicyRule } from './escalation-policy';

const rule = (overrides: Partial<PolicyRule> = {}): PolicyRule => ({
  trigger: 'after_deadline',
  offset: { workdays: 3 },
  colour: 'red',
  level: 2,
  recipients: ['supervising_leader'],
  bulletin: false,
  ...overrides,
});

describe('escalation policies', () => {
  it("holds the brief's default ladder as a valid policy", () => {
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
    expect(DEFAULT_POLICY.rules.map(ruleKey)).toEqual([
      'before_deadline:5wd',
      'before_deadline:2wd',
      'after_deadline:0wd',
      'after_deadline:3wd',
      'after_deadline:10wd',
      'missed_report:2wd',
      'missed_report:5wd',
      'risk:0wd',
    ]);
    expect(DEFAULT_POLICY.riskMarginPoints).toBe(25);
  });

  it('reads exact ISO 8601 durations and refuses lengths that vary', () => {
    expect(durationMs('PT10M')).toBe(600_000);
    expect(durationMs('P1DT2H')).toBe(26 * 3600_000);
    expect(durationMs('P1W')).toBe(7 * 24 * 3600_000);
    expect(durationMs('PT0S')).toBe(0);
    expect(() => durationMs('P1M')).toThrow(/fixed length/);
    expect(() => durationMs('10 minutes')).toThrow();
  });

  it.each([
    [{ trigger: 'whenever' as never }, 'rules[0].trigger'],
    [{ offset: { workdays: 1, duration: 'PT1M' } as never }, 'rules[0].offset needs either'],
    [{ offset: { workdays: -1 } }, 'rules[0].offset.workdays'],
    [{ offset: { duration: 'P1M' } }, 'rules[0].offset.duration'],
    [{ level: 4 }, 'rules[0].level'],
    [{ recipients: ['mayor' as never] }, 'rules[0].recipients'],
    [{ colour: 'purple' as never }, 'rules[0].colour'],
    [{ trigger: 'before_deadline', level: 1 } as Partial<PolicyRule>, 'level must be 0 before the deadline'],
  ])('names what is wrong with a rule: %j', (overrides, message) => {
    expect(policyProblems({ name: 'p', riskMarginPoints: 25, rules: [rule(overrides)] }).join('\n')).toContain(message);
  });

  it('refuses a repeated rule, an empty ladder and a margin out of range', () => {
    expect(policyProblems({ name: 'p', riskMarginPoints: 25, rules: [rule(), rule()] })).toEqual([
      'rules[1] repeats the rule after_deadline:3wd',
    ]);
    expect(policyProblems({ name: 'p', riskMarginPoints: 25, rules: [] })).toEqual([
      'rules must hold at least one rule',
    ]);
    expect(policyProblems({ name: ' ', riskMarginPoints: 101, rules: [rule()] })).toEqual([
      'name is required',
      'riskMarginPoints must be from 0 to 100',
    ]);
  });

  it("refuses a plan's day-off rule it does not know, and keeping day-off deadlines under a workday-only policy", () => {
    const base = { name: 'p', riskMarginPoints: 25, rules: [rule()] };
    expect(policyProblems({ ...base, deadlineOnDayOff: 'refuse' })).toEqual([]);
    expect(policyProblems({ ...base, deadlineOnDayOff: 'next_workday' as never })).toEqual([
      'deadlineOnDayOff must be one of previous_workday, refuse, allow',
    ]);
    expect(policyProblems({ ...base, workdayDeadlinesOnly: true, deadlineOnDayOff: 'allow' })).toEqual([
      'deadlineOnDayOff cannot be allow while workdayDeadlinesOnly asks for deadlines on workdays',
    ]);
    expect(DEFAULT_POLICY.deadlineOnDayOff).toBe('previous_workday');
  });
});
