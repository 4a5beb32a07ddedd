import { randomUUID } from 'node:crypto';
import { itemCommandUpdate, itemStateQuery, itemWorkflowId } from '@duban/contracts';
import { ItemEntity } from '@duban/persistence';
import { ApiClient, startStack, until, type Stack } from './stack';

const DAY = 24 * 3600_000;
const isoDate = (offsetDays: number) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * DAY).toISOString().slice(0, 10);

// What an outside tester tried: bursts, odd bytes, far dates, unknown ids, commands sent around the API.
describe('no request freezes an item or the API (real Postgres, Temporal dev server, worker)', () => {
  let stack: Stack;
  let office: ApiClient, handler: ApiClient, admin: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    [office, handler, admin] = await Promise.all(
      ['office', 'jfj-handler', 'admin'].map((u) => ApiClient.login(stack.baseUrl, u)),
    );
  });

  afterAll(() => stack?.stop());

  const body = (overrides: Record<string, unknown> = {}) => ({
    title: '重点项目推进',
    category: '重点工作',
    leadUnitId: stack.directory.units.jfj,
    cooperatingUnitIds: [stack.directory.units.tcj],
    deadline: isoDate(60),
    ...overrides,
  });

  async function draft(overrides: Record<string, unknown> = {}) {
    const response = await office.post('/api/items', body(overrides));
    expect(response).toMatchObject({ status: 201 });
    return response.body as { id: string; milestones: { id: string }[] };
  }

  async function inProgress() {
    const item = await draft({ milestones: [{ title: '完成一半', deadline: isoDate(30), targetValue: 50 }] });
    expect((await office.post(`/api/items/${item.id}/publish`)).status).toBe(200);
    expect((await handler.post(`/api/items/${item.id}/acknowledge`)).status).toBe(200);
    return item;
  }

  /** Every request answered within a minute, however busy the machine: a hang is a failure, named. */
  async function answered(what: string, request: Promise<{ status: number }>) {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} got no answer within 60 s`)), 60_000);
    });
    try {
      return { what, ...(await Promise.race([request, hang])) };
    } finally {
      clearTimeout(timer);
    }
  }

  it('answers a burst of 100 draft writes and 26 writes to one draft, and the database stays consistent', async () => {
    const drafts = await Promise.all(Array.from({ length: 12 }, (_, i) => draft({ title: `批量事项 ${i}` })));
    const target = await draft({ title: '被并发修改的事项' });
    const pick = (i: number) => drafts[(i * 7) % drafts.length].id;
    const writes = Array.from({ length: 100 }, (_, i) => {
      switch (i % 4) {
        case 0:
          return answered(`create ${i}`, office.post('/api/items', body({ title: `新建 ${i}` })));
        case 1:
          return answered(`edit ${i}`, office.patch(`/api/items/${pick(i)}`, { title: `修改 ${i}` }));
        case 2:
          return answered(`publish ${i}`, office.post(`/api/items/${pick(i)}/publish`));
        default:
          return answered(`delete ${i}`, office.request('DELETE', `/api/items/${pick(i)}`));
      }
    });
    const onOne = [
      ...Array.from({ length: 25 }, (_, i) =>
        answered(`edit of one ${i}`, office.patch(`/api/items/${target.id}`, { priority: i % 2 ? 'high' : 'normal' })),
      ),
      answered('publish of one', office.post(`/api/items/${target.id}/publish`)),
    ];
    const results = await Promise.all([...writes, ...onOne]);
    const unexpected = results.filter((r) => ![200, 201, 204, 404, 409].includes(r.status));
    expect(unexpected).toEqual([]);

    expect((await new ApiClient(stack.baseUrl).get('/api/health')).body).toMatchObject({ database: 'up' });
    await ApiClient.login(stack.baseUrl, 'office'); // the pool is not exhausted
    const stuck = await stack.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(stuck[0].n).toBe(0);
    // Every publish finished or let go of its draft; every published item is its workflow's state.
    const items = await stack.db.getRepository(ItemEntity).find();
    expect(items.filter((i) => i.status === 'draft' && i.workflowId !== null)).toEqual([]);
    for (const item of items.filter((i) => i.workflowId)) {
      const state = await stack.env.client.workflow.getHandle(item.workflowId!).query(itemStateQuery);
      expect({ id: item.id, status: state.status }).toEqual({ id: item.id, status: item.status });
    }
  });

  it.each([
    [
      'a NUL byte in a progress report',
      (id: string) => handler.post(`/api/items/${id}/progress`, { text: 'a\u0000b', percent: 10 }),
      /text .*control/,
    ],
    [
      'an escape character in a reason',
      (id: string) => office.post(`/api/items/${id}/suspend`, { reason: '\u001b[31m' }),
      /reason .*control/,
    ],
    [
      'a lone surrogate in a comment',
      (id: string) =>
        handler.post(`/api/items/${id}/extensions`, { requestedDeadline: isoDate(90), reason: 'a\ud800' }),
      /reason .*Unicode/,
    ],
    [
      'an extension to the year 9999',
      (id: string) => handler.post(`/api/items/${id}/extensions`, { requestedDeadline: '9999-12-31', reason: '延期' }),
      /requestedDeadline/,
    ],
    [
      'a reassignment to a unit that does not exist',
      (id: string) => office.post(`/api/items/${id}/reassign`, { leadUnitId: randomUUID(), reason: '转办' }),
      /leadUnitId: unit .* does not exist/,
    ],
    [
      'a cooperating unit that does not exist',
      (id: string) =>
        office.post(`/api/items/${id}/reassign`, {
          leadUnitId: stack.directory.units.tcj,
          cooperatingUnitIds: [randomUUID()],
          reason: '转办',
        }),
      /cooperatingUnitIds: unit/,
    ],
    [
      'a milestone value beyond any plan',
      (id: string) =>
        handler.post(`/api/items/${id}/progress`, {
          text: '进展',
          percent: 10,
          milestoneValues: [{ milestoneId: randomUUID(), value: 1e300 }],
        }),
      /value/,
    ],
  ])('refuses %s with a 400 naming the field, and the item keeps working', async (_, send, message) => {
    const item = await inProgress();
    const refused = await send(item.id);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.message)).toMatch(message);
    expect(
      (await handler.post(`/api/items/${item.id}/progress`, { text: '正常报送', percent: 20 })).body,
    ).toMatchObject({
      progressPercent: 20,
    });
  });

  it('refuses deadlines that have passed at publish, extension and deadline change (422), unless the office records a past item', async () => {
    const item = await inProgress();
    const extension = await handler.post(`/api/items/${item.id}/extensions`, {
      requestedDeadline: isoDate(-3),
      reason: '延期',
    });
    expect(extension.status).toBe(422); // also not after the current deadline
    const change = await office.post(`/api/items/${item.id}/deadline`, { deadline: isoDate(-3), reason: '调整' });
    expect(change).toMatchObject({ status: 422, body: { message: expect.stringMatching(/has already passed/) } });

    const past = await draft({ deadline: isoDate(-40), milestones: [] });
    const refused = await office.post(`/api/items/${past.id}/publish`);
    expect(refused).toMatchObject({ status: 422, body: { message: expect.stringMatching(/allowPast/) } });
    // The refusal claims nothing: the draft can still be edited.
    expect((await office.patch(`/api/items/${past.id}`, { priority: 'high' })).status).toBe(200);
    const recorded = await office.post(`/api/items/${past.id}/publish`, { allowPast: true });
    expect(recorded.body).toMatchObject({ status: 'assigned', colour: 'red', escalationLevel: 3 });
    const timeline = (await office.get(`/api/items/${past.id}/timeline`)).body as { type: string }[];
    expect(timeline.map((e) => e.type)).toEqual(['created', 'edited', 'published']);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM notifications WHERE item_id = $1`, [past.id]);
    expect(n).toBe(0); // nobody is flooded with the warnings of moments long past
  });

  it.each([
    ['a title of spaces', { title: ' \u3000 ' }, 400, /title should not be empty/],
    ['a NUL byte in the content', { content: 'a\u0000b' }, 400, /content .*control/],
    ['a deadline in the year 9999', { deadline: '9999-12-31' }, 400, /deadline must be a date/],
    ['an exact time in the year 9999', { deadlineAt: '9999-12-31T10:00:00+08:00' }, 400, /deadlineAt/],
    ['a cooperating unit that does not exist', { cooperatingUnitIds: [randomUUID()] }, 400, /cooperatingUnitIds: unit/],
    [
      'a milestone due after the item',
      { deadline: isoDate(30), milestones: [{ title: '节点', deadline: isoDate(31) }] },
      422,
      /after the item's deadline/,
    ],
    [
      'a report every millisecond',
      { reportingCadence: { kind: 'interval', duration: 'PT0.001S' } },
      400,
      /at least 10 seconds/,
    ],
    [
      'a target beyond any plan',
      { milestones: [{ title: '节点', deadline: isoDate(10), targetValue: 1e300 }] },
      400,
      /targetValue/,
    ],
  ])('refuses a draft with %s', async (_, overrides, status, message) => {
    const response = await office.post('/api/items', body(overrides));
    expect(response.status).toBe(status);
    expect(JSON.stringify(response.body.message)).toMatch(message);
  });

  it.each(['page=1e308', 'page=1e18', 'page=0', 'page=-1', 'page=1.5', 'pageSize=201', 'pageSize=abc'])(
    'refuses the list query %s with a 400',
    async (query) => {
      expect((await office.get(`/api/items?${query}`)).status).toBe(400);
      expect((await office.get(`/api/inbox?${query}`)).status).toBe(400);
    },
  );

  it('flags an item whose change the database refuses, keeps it working, and the admin repairs it', async () => {
    const item = await inProgress();
    const workflowId = itemWorkflowId(item.id);
    // Around the API, as an older workflow may have accepted: a reassignment to a unit that does not exist.
    const { users, units } = stack.directory;
    await stack.env.client.workflow.getHandle(workflowId).executeUpdate(itemCommandUpdate, {
      args: [
        {
          actor: { userId: users.office, unitId: units.dcs, roles: ['office'] },
          command: { type: 'reassign', leadUnitId: randomUUID(), cooperatingUnitIds: [], reason: '转办' },
        },
      ],
    });
    const flagged = await until(
      'the item flagged for attention',
      async () => (await office.get(`/api/items/${item.id}`)).body.attention as string | null,
      30,
    );
    expect(flagged).toMatch(/reassigned/);
    expect((await office.get('/api/items?attention=true')).body.items.map((i: { id: string }) => i.id)).toContain(
      item.id,
    );
    // Later commands are not blocked: the office reassigns to a real unit, promptly.
    const fixed = await office.post(`/api/items/${item.id}/reassign`, { leadUnitId: units.tcj, reason: '改派' });
    expect(fixed.body).toMatchObject({ status: 'assigned', leadUnit: { id: units.tcj } });
    expect((await office.post(`/api/items/${item.id}/repair`)).status).toBe(403); // the admin's command
    const repair = await admin.post(`/api/items/${item.id}/repair`);
    expect(repair.body).toEqual([expect.objectContaining({ eventType: 'reassigned', repaired: true })]);
    expect((await office.get(`/api/items/${item.id}`)).body.attention).toBeNull();
  });
});
