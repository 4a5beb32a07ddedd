// The demo: the directory of units and users, and items in every state, colour and escalation
// level (green on track, yellow near the deadline, orange at risk, red at levels 1 to 3), driven
// through the HTTP API exactly as users would. Runs once: a database with items is kept.
import { DataSource } from 'typeorm';
import { packagedCalendarYears } from '@duban/calendar-data';
import { BusinessCalendar, shanghaiDate } from '@duban/domain';
import { ItemEntity } from '@duban/persistence';
import { DEMO_PASSWORD, ensureDemoDirectory } from './demo-directory';

type Json = Record<string, any>;
const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * DAY).toISOString().slice(0, 10);
// Deadlines counted in workdays, so every level shows on any day of the year, holidays included.
const inWorkdays = (n: number) =>
  new BusinessCalendar(packagedCalendarYears()).addWorkdays(shanghaiDate(new Date()), n);

export async function seedDemo(db: DataSource, baseUrl: string): Promise<{ seeded: boolean }> {
  const { units, users } = await ensureDemoDirectory(db);
  if ((await db.getRepository(ItemEntity).count()) > 0) return { seeded: false };

  const tokens = new Map<string, string>();
  const as = async (username: string) => {
    if (!tokens.has(username)) {
      const { accessToken } = await call('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
      tokens.set(username, accessToken);
    }
    return tokens.get(username)!;
  };
  async function call(method: string, path: string, body?: unknown, username?: string): Promise<Json> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(username ? { authorization: `Bearer ${await as(username)}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Json;
    if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
  const command = (id: string, action: string, username: string, body: unknown = {}) =>
    call('POST', `/api/items/${id}/${action}`, body, username);

  const item = (
    title: string,
    lead: keyof typeof units,
    coop: (keyof typeof units)[],
    deadline: string,
    extra: Json = {},
  ) =>
    call(
      'POST',
      '/api/items',
      {
        title,
        content: extra.content ?? title,
        category: extra.category ?? '重点工作',
        source: '2024年第2次工委会议（2024-01-12）',
        leadUnitId: units[lead],
        cooperatingUnitIds: coop.map((c) => units[c]),
        supervisingLeaderId: users.leader,
        deadline,
        reportingCadence: extra.cadence ?? { kind: 'monthly', day: 25 },
        milestones: extra.milestones ?? [],
        ...(extra.deadlineAt ? { deadlineAt: extra.deadlineAt } : {}),
      },
      'office',
    );
  const head = (unit: string) => `${unit}-head`;
  const handler = (unit: string) => `${unit}-handler`;
  const toInProgress = async (id: string, unit: string, publish: Json = {}) => {
    await command(id, 'publish', 'office', publish);
    await command(id, 'acknowledge', handler(unit), { comment: '已签收' });
  };

  // draft
  await item('链主企业招商联动', 'tcj', ['jfj'], inDays(120), { cadence: { kind: 'workdays', every: 10 } });
  await item('2025年度重点工作分工方案起草', 'jfj', [], inDays(45));
  // assigned
  const assigned = await item('《若干措施》政策宣传全覆盖', 'yhj', ['jfj', 'tcj'], inDays(60));
  await command(assigned.id, 'publish', 'office');
  // in progress, on track, with a quantified milestone reported
  const investment = await item('一季度固定资产投资实现“开门红”', 'jfj', ['tcj'], inDays(50), {
    category: '重大项目',
    cadence: { kind: 'workdays', every: 10 },
    milestones: [{ title: '完成固定资产投资', deadline: inDays(30), targetValue: 100, valueUnit: '亿元' }],
  });
  await toInProgress(investment.id, 'jfj');
  await command(investment.id, 'progress', handler('jfj'), {
    text: '已开工重大项目 12 个，完成投资 42 亿元',
    percent: 45,
    milestoneValues: [{ milestoneId: investment.milestones[0].id, value: 42 }],
  });
  await command(investment.id, 'progress', handler('tcj'), { text: '完成要素保障对接 8 次', percent: 60 });
  // in progress and due seconds after the seed: it turns red at level 1 live, telling the unit head and the office
  const dueSoon = new Date(Date.now() + 10_000);
  const safety = await item('春节前安全生产隐患排查整治', 'yjj', ['kjj'], shanghaiDate(dueSoon), {
    category: '安全隐患整改',
    cadence: { kind: 'workdays', every: 5 },
    deadlineAt: dueSoon.toISOString(),
  });
  await toInProgress(safety.id, 'yjj');
  // in progress, deadline near (yellow: the warning 2 workdays before has gone to handler and head)
  const permit = await item('重点项目环评审批提速', 'tcj', ['yhj'], inWorkdays(2), { category: '领导批示' });
  await toInProgress(permit.id, 'tcj');
  await command(permit.id, 'progress', handler('tcj'), { text: '环评报告已通过专家评审，待批复', percent: 85 }); // not behind: yellow, not orange
  // recorded after the fact (补录), 15 workdays overdue: red at level 3 without the messages of moments long past
  const drainage = await item('汛前排水管网清淤', 'kjj', ['yjj'], inWorkdays(-15), { category: '安全隐患整改' });
  await toInProgress(drainage.id, 'kjj', { allowPast: true });
  // recorded after the fact, assigned and 5 workdays overdue (red, level 2): never acknowledged
  const late = await item('重点企业用地需求摸排', 'kjj', [], inWorkdays(-5));
  await command(late.id, 'publish', 'office', { allowPast: true });
  // in progress with a pending extension request (orange: overdue risk)
  const school = await item('新增中小学学位（民生实事）', 'sjj', ['kjj'], inDays(20), { category: '民生实事' });
  await toInProgress(school.id, 'sjj');
  await command(school.id, 'extensions', handler('sjj'), {
    requestedDeadline: inDays(80),
    reason: '竣工验收需待消防审批',
  });
  // awaiting sign-off
  const land = await item('2024年度国有建设用地供应计划落地', 'kjj', ['jfj'], inDays(90));
  await toInProgress(land.id, 'kjj');
  await command(land.id, 'completion', handler('kjj'), { summary: '供地计划已全部落实', evidence: ['供地清单.xlsx'] });
  // under review
  const service = await item('企业服务包全覆盖', 'yhj', ['tcj'], inDays(30));
  await toInProgress(service.id, 'yhj');
  await command(service.id, 'completion', handler('yhj'), { summary: '服务包覆盖 1200 家企业' });
  await command(service.id, 'signoff', head('yhj'), { decision: 'approve', comment: '同意报送' });
  // closed and rated; closed not yet rated
  for (const [title, rate] of [
    ['政务服务“一网通办”', true],
    ['园区道路修缮', false],
  ] as const) {
    const done = await item(title, 'jfj', [], inDays(15));
    await toInProgress(done.id, 'jfj');
    await command(done.id, 'completion', handler('jfj'), { summary: '已完成' });
    await command(done.id, 'signoff', head('jfj'), { decision: 'approve' });
    await command(done.id, 'review', 'office', { decision: 'approve', comment: '同意办结' });
    if (rate) await command(done.id, 'rating', 'office', { grade: 'excellent', comment: '成效显著' });
  }
  // suspended
  const suspended = await item('人才公寓配建', 'sjj', [], inDays(70));
  await toInProgress(suspended.id, 'sjj');
  await command(suspended.id, 'suspend', 'office', { reason: '等待市级规划批复' });
  // cancelled
  const cancelled = await item('老旧厂房改造试点', 'kjj', [], inDays(40));
  await command(cancelled.id, 'publish', 'office');
  await command(cancelled.id, 'cancel', 'office', { reason: '并入城市更新专项' });
  return { seeded: true };
}
