import { packagedCalendarYears } from '@duban/calendar-data';
import { SEARCH_ATTRIBUTES } from '@duban/contracts';
import { BusinessCalendar, shanghaiDate } from '@duban/domain';
import { ApiClient, startStack, until, type Stack } from './stack';

const DAY = 24 * 3600_000;
const isoDate = (offsetDays: number) => shanghaiDate(new Date(Date.now() + offsetDays * DAY));
const nextYear = Number(shanghaiDate(new Date()).slice(0, 4)) + 1;

const ICS = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//duban//e2e//CN
BEGIN:VEVENT
UID:spring@duban
DTSTART;VALUE=DATE:${nextYear}0206
DTEND;VALUE=DATE:${nextYear}0215
SUMMARY:春节
END:VEVENT
BEGIN:VEVENT
UID:work@duban
DTSTART;VALUE=DATE:${nextYear}0220
DTEND;VALUE=DATE:${nextYear}0221
SUMMARY:春节调休上班
END:VEVENT
END:VCALENDAR`;

describe('calendar, policies, migration, inbox and delay attribution over HTTP (real dev server, worker, Postgres)', () => {
  let stack: Stack;
  let admin: ApiClient, office: ApiClient, handler: ApiClient, otherHandler: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    [admin, office, handler, otherHandler] = await Promise.all(
      ['admin', 'office', 'kjj-handler', 'yjj-handler'].map((u) => ApiClient.login(stack.baseUrl, u)),
    );
  });

  afterAll(() => stack?.stop());

  async function publish(overrides: Record<string, unknown> = {}) {
    const draft = await office.post('/api/items', {
      title: '老旧小区综合整治',
      category: '民生实事',
      leadUnitId: stack.directory.units.kjj,
      supervisingLeaderId: stack.directory.users.leader,
      deadline: isoDate(90),
      ...overrides,
    });
    expect(draft.status).toBe(201);
    // Several tests set a deadline in the past: such an item is recorded after the fact (补录).
    const published = await office.post(`/api/items/${draft.body.id}/publish`, { allowPast: true });
    expect(published.status).toBe(200);
    return published.body;
  }

  describe('the business calendar', () => {
    it('serves the packaged years and flags a year without data as fallback', async () => {
      const packaged = (await handler.get('/api/calendar/2026')).body;
      expect(packaged).toMatchObject({ year: 2026, source: 'package' });
      expect(packaged.holidays).toContain('2026-02-17');
      expect(packaged.adjustedWorkdays).toContain('2026-02-14');
      expect((await handler.get('/api/calendar/2035')).body).toMatchObject({ source: 'fallback', holidays: [] });
    });

    it('refuses a change from anyone but an admin, and bad dates with the field named', async () => {
      expect((await office.put(`/api/calendar/${nextYear}`, { holidays: [], adjustedWorkdays: [] })).status).toBe(403);
      const bad = await admin.put(`/api/calendar/${nextYear}`, {
        holidays: [`${nextYear}-02-30`],
        adjustedWorkdays: [],
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain(`holidays: ${nextYear}-02-30 is not a date`);
      expect((await admin.put('/api/calendar/1999', { holidays: [], adjustedWorkdays: [] })).status).toBe(400);
      expect((await admin.put(`/api/calendar/${nextYear}`, { ics: 'not a calendar' })).status).toBe(400);
    });

    it("flags deadlines in a year without data, and takes the office's own entry from an ICS file", async () => {
      const before = await publish({ deadline: `${nextYear}-03-31` });
      expect(before).toMatchObject({ calendarFallback: true });

      const loaded = await admin.put(`/api/calendar/${nextYear}`, { ics: ICS });
      expect(loaded.status).toBe(200);
      expect(loaded.body.source).toBe('office');
      expect(loaded.body.holidays).toEqual(
        [6, 7, 8, 9, 10, 11, 12, 13, 14].map((d) => `${nextYear}-02-${String(d).padStart(2, '0')}`),
      );
      expect(loaded.body.adjustedWorkdays).toEqual([`${nextYear}-02-20`]);
      expect((await handler.get(`/api/calendar/${nextYear}`)).body).toMatchObject({
        source: 'office',
        revision: loaded.body.revision,
      });

      const after = await publish({ deadline: `${nextYear}-03-31` });
      expect(after).toMatchObject({ calendarFallback: false, calendarRevision: loaded.body.revision });
      // The item published before keeps the calendar it pinned.
      expect((await office.get(`/api/items/${before.id}`)).body).toMatchObject({ calendarFallback: true });
    });
  });

  describe('versioned policies and the explicit migration of open items', () => {
    it("keeps the brief's default as version 1 and lets only an admin add versions", async () => {
      expect((await handler.get('/api/policies')).status).toBe(403);
      const [v1] = (await admin.get('/api/policies')).body;
      expect(v1).toMatchObject({ version: 1, riskMarginPoints: 25 });
      expect(v1.rules).toHaveLength(8);
      const bad = await admin.post('/api/policies', {
        name: 'x',
        rules: [{ trigger: 'before_deadline', offset: { duration: 'P1M' }, level: 0, recipients: ['handler'] }],
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toContain('duration must be an ISO 8601 duration');
      const repeated = await admin.post('/api/policies', {
        name: 'x',
        rules: [1, 2].map(() => ({
          trigger: 'after_deadline',
          offset: { workdays: 1 },
          colour: 'red',
          level: 1,
          recipients: ['office'],
        })),
      });
      expect(repeated.status).toBe(400);
      expect(JSON.stringify(repeated.body.message)).toContain('repeats the rule after_deadline:1wd');
    });

    it('previews what moving open items would change without changing anything, then moves them on request', async () => {
      const item = await publish({ deadline: isoDate(20) });
      expect(item).toMatchObject({ policyVersion: 1, colour: 'green' });
      // A stricter policy: warn 30 workdays ahead, so the item would turn yellow at once.
      const stricter = await admin.post('/api/policies', {
        name: '从严督办规则',
        rules: [
          { trigger: 'before_deadline', offset: { workdays: 30 }, colour: 'yellow', level: 0, recipients: ['handler'] },
          {
            trigger: 'after_deadline',
            offset: { workdays: 0 },
            colour: 'red',
            level: 1,
            recipients: ['unit_head', 'office'],
          },
        ],
      });
      expect(stricter.status).toBe(201);
      const version = stricter.body.version;

      expect((await handler.post('/api/policies/migration', { policyVersion: version })).status).toBe(403);
      const preview = await office.post('/api/policies/migration', { policyVersion: version, dryRun: true });
      expect(preview.status).toBe(200);
      const change = preview.body.find((c: { itemId: string }) => c.itemId === item.id);
      expect(change).toMatchObject({
        from: { policyVersion: 1, colour: 'green' },
        to: { policyVersion: version, colour: 'yellow' },
        changesColour: true,
        changesLevel: false,
        changesDeadline: false,
        firesAtOnce: [`before_deadline:30wd@deadline:${item.deadline}`],
        outcome: 'previewed',
      });
      expect((await office.get(`/api/items/${item.id}`)).body).toMatchObject({ policyVersion: 1, colour: 'green' });

      const moved = await office.post('/api/policies/migration', { policyVersion: version, dryRun: false });
      expect(moved.status).toBe(200);
      expect(moved.body.find((c: { itemId: string }) => c.itemId === item.id).outcome).toBe('migrated');
      const view = await until(
        'the warning',
        async () => {
          const found = (await office.get(`/api/items/${item.id}`)).body;
          return found.colour === 'yellow' && found;
        },
        5,
      );
      expect(view).toMatchObject({ policyVersion: version, colour: 'yellow' });
      // Projected to the workflow's search attributes too, for `temporal workflow list --query`.
      const described = await stack.env.client.workflow.getHandle(`supervision-item-${item.id}`).describe();
      expect(described.typedSearchAttributes.get(SEARCH_ATTRIBUTES.colour)).toBe('yellow');
      expect(described.typedSearchAttributes.get(SEARCH_ATTRIBUTES.escalationLevel)).toBe(0);
      const types = (await office.get(`/api/items/${item.id}/timeline`)).body.map((e: { type: string }) => e.type);
      expect(types).toEqual(expect.arrayContaining(['policy_migrated', 'warned']));

      // The warning is in the handler's inbox, unread, until marked read; nobody else may mark it.
      const inbox = (await handler.get('/api/inbox?unread=true')).body;
      const message = inbox.messages.find((m: { itemId: string }) => m.itemId === item.id);
      expect(message.subject).toBe('【督办预警】老旧小区综合整治');
      expect((await handler.get('/api/inbox?locale=en')).body.messages[0].subject).toMatch(/^\[Deadline near\]/);
      expect((await otherHandler.post(`/api/inbox/${message.id}/read`)).status).toBe(404);
      expect((await handler.post(`/api/inbox/${message.id}/read`)).status).toBe(204);
      expect((await handler.get('/api/inbox?unread=true')).body.unread).toBe(inbox.unread - 1);
      expect((await handler.post('/api/inbox/read-all')).status).toBe(204);
      expect((await handler.get('/api/inbox')).body.unread).toBe(0);
      // The to-do half: the lead unit's handler owes this item its work.
      expect((await handler.get('/api/inbox')).body.todos).toContainEqual(
        expect.objectContaining({ itemId: item.id, action: 'acknowledge' }),
      );
    });
  });

  it("sends a firing after a reassignment to the new lead unit's people", async () => {
    const item = await publish({ deadline: isoDate(120) });
    const reassigned = await office.post(`/api/items/${item.id}/reassign`, {
      leadUnitId: stack.directory.units.yhj,
      cooperatingUnitIds: [],
      reason: '职能调整',
    });
    expect(reassigned.status).toBe(200);
    const earlier = await admin.post('/api/policies', {
      name: '提前预警',
      rules: [
        { trigger: 'before_deadline', offset: { workdays: 200 }, colour: 'yellow', level: 0, recipients: ['handler'] },
      ],
    });
    expect(
      (await office.post('/api/policies/migration', { policyVersion: earlier.body.version, dryRun: false })).status,
    ).toBe(200);
    const newHandler = await ApiClient.login(stack.baseUrl, 'yhj-handler');
    const inboxOf = async (client: ApiClient) =>
      (await client.get('/api/inbox?pageSize=100')).body.messages.filter(
        (m: { itemId: string }) => m.itemId === item.id,
      );
    const received = await until(
      "the new lead unit's message",
      async () => {
        const found = await inboxOf(newHandler);
        return found.length > 0 && found;
      },
      5,
    );
    expect(received).toHaveLength(1);
    expect(await inboxOf(handler)).toEqual([]); // kjj-handler: the old lead unit is told nothing
  });

  it('refuses a deadline on a day off with 422 when the policy asks for workdays, and saves a policy twice only once', async () => {
    const versions = (await admin.get('/api/policies')).body;
    const { rules, riskMarginPoints } = versions.find((p: { version: number }) => p.version === 1);
    const strict = await admin.post('/api/policies', {
      name: '工作日时限',
      rules,
      riskMarginPoints,
      workdayDeadlinesOnly: true,
    });
    expect(strict.status).toBe(201);
    expect(
      (await admin.post('/api/policies', { name: '工作日时限', rules, riskMarginPoints, workdayDeadlinesOnly: true }))
        .body.version,
    ).toBe(strict.body.version);
    const sunday = (() => {
      for (let d = 10; ; d++) if (new Date(`${isoDate(d)}T00:00:00Z`).getUTCDay() === 0) return isoDate(d);
    })();
    const refused = await office.post('/api/items', {
      title: '周日截止',
      category: '重点工作',
      leadUnitId: stack.directory.units.kjj,
      deadline: sunday,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain(`deadline: ${sunday} is not a workday`);
    const calendar = new BusinessCalendar(packagedCalendarYears());
    const workday = calendar.addWorkdays(isoDate(30), 1);
    const item = await publish({ deadline: workday });
    const change = await office.post(`/api/items/${item.id}/deadline`, { deadline: sunday, reason: '调整' });
    expect(change.status).toBe(422);
  });

  it('lets the office change the deadline, re-planning the ladder: an overdue item turns green again', async () => {
    // Back to the brief's ladder as the newest version (the tests above saved others).
    const versions = (await admin.get('/api/policies')).body;
    const { name, rules, riskMarginPoints } = versions.find((p: { version: number }) => p.version === 1);
    expect((await admin.post('/api/policies', { name, rules, riskMarginPoints })).status).toBe(201);
    const item = await publish({ deadline: isoDate(-2) });
    const view = await until(
      'level 1',
      async () => {
        const found = (await office.get(`/api/items/${item.id}`)).body;
        return found.escalationLevel >= 1 && found;
      },
      5,
    );
    expect(view).toMatchObject({ colour: 'red', escalationLevel: 1 });
    expect((await handler.post(`/api/items/${item.id}/deadline`, { deadline: isoDate(60), reason: 'x' })).status).toBe(
      403,
    );
    expect((await office.post(`/api/items/${item.id}/deadline`, { deadline: isoDate(60) })).status).toBe(400);
    const changed = await office.post(`/api/items/${item.id}/deadline`, {
      deadline: isoDate(60),
      reason: '工委会议调整完成时限',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ deadline: isoDate(60), colour: 'green', escalationLevel: 0 });
    const timeline = (await office.get(`/api/items/${item.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ type: 'deadline_changed', comment: '工委会议调整完成时限' });
  });

  it("charges the days a cooperating unit's confirmation is awaited to that unit, and lists the confirmation as its to-do", async () => {
    const { units } = stack.directory;
    const item = await publish({ deadline: isoDate(-10), cooperatingUnitIds: [units.yjj] });
    expect((await handler.post(`/api/items/${item.id}/acknowledge`)).status).toBe(200);
    expect(
      (await handler.post(`/api/items/${item.id}/confirmations`, { unitId: units.tcj, note: '请确认' })).status,
    ).toBe(400);
    const asked = await handler.post(`/api/items/${item.id}/confirmations`, {
      unitId: units.yjj,
      note: '请确认排水管网配套资金',
    });
    expect(asked.status).toBe(200);
    let view = (await office.get(`/api/items/${item.id}`)).body;
    expect(view.awaitingConfirmation).toEqual([units.yjj]);
    // The time since the request (today, if a workday) is charged to the cooperating unit; before it, to the lead unit.
    const todayIsWorkday = new BusinessCalendar(packagedCalendarYears()).isWorkday(shanghaiDate(new Date()));
    expect(view.delayAttribution.map((d: { party: string; unitId?: string }) => [d.party, d.unitId ?? null])).toEqual([
      ['lead_unit', null],
      ...(todayIsWorkday ? [['cooperating_unit', units.yjj]] : []),
    ]);
    const coopTodos = (await otherHandler.get('/api/inbox')).body.todos;
    expect(coopTodos).toContainEqual(expect.objectContaining({ itemId: item.id, action: 'confirm' }));
    expect((await handler.post(`/api/items/${item.id}/confirmations/confirm`, {})).status).toBe(403); // the lead unit cannot confirm for it
    expect(
      (await otherHandler.post(`/api/items/${item.id}/confirmations/confirm`, { comment: '资金已落实' })).status,
    ).toBe(200);
    view = (await office.get(`/api/items/${item.id}`)).body;
    expect(view.awaitingConfirmation).toEqual([]);
    expect(
      (await otherHandler.get('/api/inbox')).body.todos.filter((t: { itemId: string }) => t.itemId === item.id),
    ).toEqual([]);
  });

  it('charges each late workday to the party that held the item (责任倒查)', async () => {
    const deadline = isoDate(-12);
    const item = await publish({ deadline });
    const view = (await office.get(`/api/items/${item.id}`)).body;
    const calendar = new BusinessCalendar(packagedCalendarYears());
    const late = calendar.workdaysBetween(deadline, shanghaiDate(new Date()));
    expect(late).toBeGreaterThan(0);
    expect(view.delayAttribution).toEqual([{ party: 'lead_unit', workdays: late, dates: expect.any(Array) }]);
  });
});
