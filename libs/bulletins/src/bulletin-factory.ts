import {
  BusinessCalendar,
  DEFAULT_POLICY,
  decide,
  draftItemState,
  ladderStep,
  nextWakeAt,
  type Actor,
  type CalendarYear,
  type EscalationPolicy,
  type ItemCommand,
  type ItemEvent,
  type ItemState,
  type ReportingCadence,
  snapshotOf,
} from '@duban/domain';
import type { BulletinEvent, BulletinInput, BulletinItem, BulletinUnit } from './bulletin-input';

// Test helpers: item timelines recorded by the domain's own rules (decide, the ladder), as the item's
// workflow records them. Not exported from the library.

/** 2024 as China published it (the packaged calendar-data lib is out of this lib's reach). */
export const YEAR_2024: CalendarYear = {
  year: 2024,
  holidays: [
    '2024-01-01',
    ...['10', '11', '12', '13', '14', '15', '16', '17'].map((d) => `2024-02-${d}`),
    '2024-04-04',
    '2024-04-05',
    '2024-04-06',
    ...['01', '02', '03', '04', '05'].map((d) => `2024-05-${d}`),
    '2024-06-10',
    '2024-09-15',
    '2024-09-16',
    '2024-09-17',
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => `2024-10-${d}`),
  ],
  adjustedWorkdays: [
    '2024-02-04',
    '2024-02-18',
    '2024-04-07',
    '2024-04-28',
    '2024-05-11',
    '2024-09-14',
    '2024-09-29',
    '2024-10-12',
  ],
  source: 'package',
};
export const calendar2024 = new BusinessCalendar([YEAR_2024]);

/** A Shanghai wall-clock time, e.g. `shanghai('2024-04-08T09:00')`, as an ISO instant. */
export const shanghai = (local: string) => new Date(`${local}:00+08:00`).toISOString();

export const UNITS: BulletinUnit[] = [
  { id: 'u-gwh', name: '工委管委会', parentId: null },
  { id: 'u-dcs', name: '督查室', parentId: 'u-gwh' },
  { id: 'u-jfj', name: '经济发展局', parentId: 'u-gwh' },
  { id: 'u-tcj', name: '投资促进局', parentId: 'u-gwh' },
  { id: 'u-tck', name: '投资促进科', parentId: 'u-tcj' },
  { id: 'u-sjj', name: '社会事业局', parentId: 'u-gwh' },
  { id: 'u-yjj', name: '应急管理局', parentId: 'u-gwh' },
];

export const policy = (overrides: Partial<EscalationPolicy> = {}): EscalationPolicy => ({
  ...DEFAULT_POLICY,
  workdayDeadlinesOnly: false,
  version: 1,
  ...overrides,
});
/** The default ladder, but its level-3 rule does not put the item into the bulletin. */
export const policyWithoutBulletin = () =>
  policy({ version: 2, rules: DEFAULT_POLICY.rules.map((r) => (r.level === 3 ? { ...r, bulletin: false } : r)) });

type Role = 'office' | 'handler' | 'head';
export interface Step {
  at: string;
  as: Role;
  command: ItemCommand;
}

export interface ItemScript {
  id: string;
  title: string;
  leadUnitId: string;
  deadline: string;
  category?: string;
  cooperatingUnitIds?: string[];
  supervisingLeader?: string | null;
  policy?: EscalationPolicy;
  reportingCadence?: ReportingCadence | null;
  steps: Step[];
}

// Every unit has a handler and a head; the actor is the one of the lead unit when the step is taken.
const actorFor = (role: Role, state: ItemState): Actor =>
  role === 'office'
    ? { userId: 'user-office', unitId: 'u-dcs', roles: ['office'] }
    : {
        userId: `user-${role}-${state.leadUnitId}`,
        unitId: state.leadUnitId,
        roles: [role === 'head' ? 'unit_head' : 'handler'],
      };

export interface RecordedItem {
  item: BulletinItem;
  /** The events as recorded today: without the state after them. */
  bare: ItemEvent[];
  state: ItemState;
}

/**
 * Plays the script through the domain until `until`: each step is decided, and between steps the
 * escalation ladder fires and re-judges at the instants the workflow would wake.
 */
export function recordItem(script: ItemScript, until: string): RecordedItem {
  let state = draftItemState(
    {
      itemId: script.id,
      leadUnitId: script.leadUnitId,
      cooperatingUnitIds: script.cooperatingUnitIds ?? [],
      supervisingLeaderId: 'user-leader',
      deadline: script.deadline,
      milestones: [],
      reportingCadence: script.reportingCadence ?? null,
    },
    script.policy ?? policy(),
    { revision: 0, years: [YEAR_2024] },
  );
  const createdAt = script.steps[0]?.at ?? until;
  const events: BulletinEvent[] = [];
  const push = (outcome: { state: ItemState; event: ItemEvent }) => {
    state = outcome.state;
    const { status, colour, escalationLevel, deadline, dueAt, progressPercent, leadUnitId } = state;
    events.push({ ...outcome.event, status, colour, escalationLevel, deadline, dueAt, progressPercent, leadUnitId });
  };
  push({
    state,
    event: {
      type: 'created',
      at: createdAt,
      actor: { userId: 'user-office', unitId: 'u-dcs', role: 'office' },
      rule: null,
      fromStatus: 'draft',
      toStatus: 'draft',
      comment: null,
      data: {},
      after: snapshotOf(state),
    },
  });
  let now = Date.parse(createdAt);
  const settle = (at: number) => {
    for (let step = ladderStep(state, new Date(at)); step; step = ladderStep(state, new Date(at))) push(step);
  };
  const runUntil = (to: number) => {
    for (
      let wake = nextWakeAt(state, new Date(now));
      wake !== null && wake <= to;
      wake = nextWakeAt(state, new Date(now))
    ) {
      if (wake <= now) throw new Error(`the ladder of ${script.id} wakes at ${new Date(wake).toISOString()} again`);
      now = wake;
      settle(now);
    }
    now = to;
  };
  for (const step of script.steps) {
    runUntil(Date.parse(step.at));
    // Readable ids ('u-jfj') instead of uuids: played as admitted, like a recorded history.
    push(decide(state, step.command, actorFor(step.as, state), new Date(step.at), { admitted: true }));
    settle(now); // the workflow runs its ladder right after a command
  }
  runUntil(Date.parse(until));
  const item: BulletinItem = {
    id: script.id,
    title: script.title,
    category: script.category ?? '重点工作',
    leadUnitId: state.leadUnitId,
    cooperatingUnitIds: state.cooperatingUnitIds,
    supervisingLeader: script.supervisingLeader === undefined ? '王建国' : script.supervisingLeader,
    originalDeadline: script.deadline,
    events,
  };
  // As the record held them before events carried the state after them.
  const bare = events.map(
    ({ status, colour, escalationLevel, deadline, dueAt, progressPercent, leadUnitId, after, ...event }) =>
      ({ ...event, after: null }) as unknown as ItemEvent,
  );
  return { item, bare, state };
}

// Steps, by who gives them.
export const publish = (at: string): Step => ({ at, as: 'office', command: { type: 'publish' } });
export const acknowledge = (at: string): Step => ({ at, as: 'handler', command: { type: 'acknowledge' } });
export const report = (at: string, percent: number): Step => ({
  at,
  as: 'handler',
  command: { type: 'report_progress', reportId: `r-${at}`, text: `已完成${percent}%`, percent },
});
/** Completion asked, signed off and approved, an hour apart. */
export const close = (at: string): Step[] => {
  const later = (hours: number) => new Date(Date.parse(at) + hours * 3600_000).toISOString();
  return [
    { at, as: 'handler', command: { type: 'request_completion', summary: '已按要求完成' } },
    { at: later(1), as: 'head', command: { type: 'signoff', decision: 'approve' } },
    { at: later(2), as: 'office', command: { type: 'review', decision: 'approve' } },
  ];
};
/** Published on 1 March 09:00 and acknowledged an hour later. */
export const started = (): Step[] => [publish(shanghai('2024-03-01T09:00')), acknowledge(shanghai('2024-03-01T10:00'))];

/** This week's cut-off (Monday after Qingming; Sunday 7 April was a workday) and the previous one. */
export const CUTOFF = shanghai('2024-04-08T09:00');
export const PREVIOUS_CUTOFF = shanghai('2024-04-01T09:00');
/** How far the record runs: events after the cut-off exist, as they would when a week is backfilled. */
export const RECORD_UNTIL = shanghai('2024-04-20T12:00');

/** The seeded plan: one item for every case the bulletin tells apart (expectations in the spec). */
export function seededScripts(): ItemScript[] {
  const s = shanghai;
  return [
    {
      id: 'i01',
      title: '推进营商环境优化提升行动',
      leadUnitId: 'u-jfj',
      deadline: '2024-06-28',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 60),
        {
          at: s('2024-03-20T10:00'),
          as: 'office',
          command: { type: 'change_deadline', deadline: '2024-05-31', reason: '工委会议要求提前完成' },
        },
      ],
    },
    {
      id: 'i02',
      title: '一季度经济运行分析报告',
      leadUnitId: 'u-jfj',
      deadline: '2024-04-10',
      steps: [...started(), report(s('2024-03-04T10:00'), 90)],
    },
    {
      id: 'i03',
      title: '重点项目征地拆迁攻坚',
      category: '重大项目',
      leadUnitId: 'u-tcj',
      cooperatingUnitIds: ['u-jfj'],
      deadline: '2024-03-20',
      steps: [...started(), report(s('2024-03-04T10:00'), 50), ...close(s('2024-04-12T10:00'))],
    },
    {
      id: 'i04',
      title: '老旧小区改造年度任务',
      category: '民生实事',
      leadUnitId: 'u-sjj',
      deadline: '2024-03-19',
      policy: policyWithoutBulletin(),
      steps: [...started(), report(s('2024-03-04T10:00'), 30)],
    },
    {
      id: 'i05',
      title: '安全生产隐患排查整治',
      category: '安全隐患整改',
      leadUnitId: 'u-yjj',
      deadline: '2024-05-31',
      steps: started(),
    },
    {
      id: 'i06',
      title: '企业服务专员制度落地',
      leadUnitId: 'u-jfj',
      deadline: '2024-04-30',
      steps: [...started(), report(s('2024-03-04T10:00'), 70), ...close(s('2024-04-02T10:00'))],
    },
    {
      id: 'i07',
      title: '招商引资签约项目落地',
      category: '重大项目',
      leadUnitId: 'u-tcj',
      deadline: '2024-03-25',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 80),
        ...close(s('2024-03-29T10:00')).slice(0, 2),
        { at: s('2024-04-02T10:00'), as: 'office', command: { type: 'review', decision: 'approve' } },
      ],
    },
    {
      id: 'i08',
      title: '义务教育学位扩容',
      category: '民生实事',
      leadUnitId: 'u-sjj',
      deadline: '2024-03-29',
      steps: [...started(), report(s('2024-03-04T10:00'), 80), ...close(s('2024-03-27T10:00'))],
    },
    {
      id: 'i09',
      title: '滨江绿道建设',
      category: '民生实事',
      leadUnitId: 'u-sjj',
      deadline: '2024-03-29',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 80),
        { at: s('2024-03-25T10:00'), as: 'office', command: { type: 'suspend', reason: '等待规划调整审批' } },
      ],
    },
    {
      id: 'i10',
      title: '旧工业区改造前期研究',
      leadUnitId: 'u-jfj',
      deadline: '2024-04-30',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 80),
        { at: s('2024-04-02T10:00'), as: 'office', command: { type: 'cancel', reason: '并入片区规划统筹推进' } },
      ],
    },
    {
      id: 'i11',
      title: '应急物资储备库建设',
      leadUnitId: 'u-yjj',
      deadline: '2024-03-29',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 80),
        {
          at: s('2024-03-25T10:00'),
          as: 'handler',
          command: {
            type: 'request_extension',
            extensionId: 'x11',
            requestedDeadline: '2024-04-30',
            reason: '设备到货延迟',
          },
        },
        {
          at: s('2024-03-26T10:00'),
          as: 'office',
          command: { type: 'decide_extension', extensionId: 'x11', decision: 'approve' },
        },
      ],
    },
    {
      id: 'i12',
      title: '园区数字化管理平台上线',
      leadUnitId: 'u-jfj',
      cooperatingUnitIds: ['u-tcj'],
      deadline: '2024-04-03',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 60),
        {
          at: s('2024-03-27T10:00'),
          as: 'office',
          command: { type: 'reassign', leadUnitId: 'u-tcj', cooperatingUnitIds: ['u-jfj'], reason: '职能调整' },
        },
        acknowledge(s('2024-03-27T14:00')),
      ],
    },
    {
      id: 'i13',
      title: '河道综合治理',
      leadUnitId: 'u-sjj',
      deadline: '2024-06-28',
      reportingCadence: { kind: 'workdays', every: 5 },
      steps: [publish(s('2024-03-01T09:00')), acknowledge(s('2024-03-25T09:00')), report(s('2024-03-25T10:00'), 40)],
    },
    {
      id: 'i16',
      title: '防汛应急预案修订',
      leadUnitId: 'u-yjj',
      deadline: '2024-04-03',
      steps: [
        ...started(),
        report(s('2024-03-04T10:00'), 90),
        { at: s('2024-03-27T10:00'), as: 'office', command: { type: 'suspend', reason: '等待上级新规出台' } },
        { at: s('2024-04-01T10:00'), as: 'office', command: { type: 'resume', reason: '新规已出台' } },
      ],
    },
    { id: 'i14', title: '草拟中的事项', leadUnitId: 'u-jfj', deadline: '2024-06-28', steps: [] },
    {
      id: 'i15',
      title: '截止日后交办的事项',
      leadUnitId: 'u-jfj',
      deadline: '2024-06-28',
      steps: [publish(s('2024-04-09T09:00'))],
    },
  ];
}

export function seededRecord(until = RECORD_UNTIL): RecordedItem[] {
  return seededScripts().map((script) => recordItem(script, until));
}

export function bulletinInput(items: BulletinItem[], overrides: Partial<BulletinInput> = {}): BulletinInput {
  return {
    number: { year: 2024, issue: 12 },
    cutoff: CUTOFF,
    previousCutoff: PREVIOUS_CUTOFF,
    issuer: '工委管委会督查室',
    units: UNITS,
    items,
    calendar: calendar2024,
    ...overrides,
  };
}
