import { temporal } from '@temporalio/proto';
import { shanghaiDate } from '@duban/domain';
import { ItemEntity, ProgressReportEntity, TimelineEventEntity } from '@duban/persistence';
import { anItemBody, ApiClient, isoDate, startStack, until, type Stack } from './stack';

const { EventType } = temporal.api.enums.v1;

describe('the item lifecycle over HTTP, on the real dev server, worker and Postgres', () => {
  let stack: Stack;
  let office: ApiClient, leadHandler: ApiClient, leadHead: ApiClient, coopHandler: ApiClient, otherHandler: ApiClient;
  let leader: ApiClient, admin: ApiClient, anonymous: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    const login = (username: string) => ApiClient.login(stack.baseUrl, username);
    [office, leadHandler, leadHead, coopHandler, otherHandler, leader, admin] = await Promise.all(
      ['office', 'jfj-handler', 'jfj-head', 'tcj-handler', 'yjj-handler', 'leader', 'admin'].map(login),
    );
    anonymous = new ApiClient(stack.baseUrl);
  });

  afterAll(() => stack?.stop());

  /** A draft led by 经济发展局 with 投资促进局 cooperating; override what the test is about. */
  async function draft(overrides: Record<string, unknown> = {}) {
    const response = await office.post('/api/items', anItemBody(stack.directory, overrides));
    expect(response.status).toBe(201);
    return response.body;
  }

  async function published(overrides: Record<string, unknown> = {}) {
    const item = await draft(overrides);
    expect((await office.post(`/api/items/${item.id}/publish`)).status).toBe(200);
    return item;
  }

  async function inProgress(overrides: Record<string, unknown> = {}) {
    const item = await published(overrides);
    expect((await leadHandler.post(`/api/items/${item.id}/acknowledge`)).status).toBe(200);
    return item;
  }

  const historyLength = async (itemId: string) =>
    (await stack.env.client.workflow.getHandle(`supervision-item-${itemId}`).fetchHistory()).events!.length;

  it('takes an item from draft to closed, through both return paths, with everything on the timeline', async () => {
    const item = await draft();
    expect(item).toMatchObject({ status: 'draft', colour: 'green', leadUnit: { name: '经济发展局' } });
    const edited = await office.patch(`/api/items/${item.id}`, { priority: 'high' });
    expect(edited.body.priority).toBe('high');

    const publish = await office.post(`/api/items/${item.id}/publish`);
    expect(publish.body).toMatchObject({ status: 'assigned' });
    // Publishing twice does not start a second workflow.
    expect((await office.post(`/api/items/${item.id}/publish`)).status).toBe(409);
    const runs = await stack.env.client.workflow.list({ query: `WorkflowId = "supervision-item-${item.id}"` });
    let count = 0;
    for await (const _ of runs) count++;
    expect(count).toBe(1);

    const id = item.id;
    expect((await leadHandler.post(`/api/items/${id}/acknowledge`, { comment: '已签收' })).body.status).toBe(
      'in_progress',
    );
    const milestoneId = item.milestones[0].id;
    const report = await leadHandler.post(`/api/items/${id}/progress`, {
      text: '已开工 12 个项目',
      percent: 40,
      milestoneValues: [{ milestoneId, value: 12.5 }],
    });
    expect(report.body).toMatchObject({ progressPercent: 40, milestones: [{ actualValue: 12.5 }] });
    expect(
      (await coopHandler.post(`/api/items/${id}/progress`, { text: '配合完成要素保障', percent: 90 })).body
        .progressPercent,
    ).toBe(40);

    const complete = () =>
      leadHandler.post(`/api/items/${id}/completion`, { summary: '全部开工', evidence: ['附件1'] });
    expect((await complete()).body.status).toBe('awaiting_signoff');
    expect(
      (await leadHead.post(`/api/items/${id}/signoff`, { decision: 'return', comment: '佐证材料不全' })).body.status,
    ).toBe('in_progress');
    await complete();
    expect((await leadHead.post(`/api/items/${id}/signoff`, { decision: 'approve' })).body.status).toBe('under_review');
    expect(
      (await office.post(`/api/items/${id}/review`, { decision: 'return', comment: '投资额口径需核实' })).body.status,
    ).toBe('in_progress');
    await complete();
    await leadHead.post(`/api/items/${id}/signoff`, { decision: 'approve' });
    const closed = await office.post(`/api/items/${id}/review`, { decision: 'approve', comment: '同意办结' });
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect(closed.body.signedOffAt).not.toBeNull();
    expect(
      (await office.post(`/api/items/${id}/rating`, { grade: 'excellent', comment: '成效显著' })).body.ratingGrade,
    ).toBe('excellent');

    const timeline = (await leader.get(`/api/items/${id}/timeline`)).body.map((e: { type: string }) => e.type);
    expect(timeline).toEqual([
      'created',
      'edited',
      'published',
      'acknowledged',
      'progress_reported',
      'progress_reported',
      'completion_requested',
      'returned_by_unit_head',
      'completion_requested',
      'signed_off',
      'returned_by_office',
      'completion_requested',
      'signed_off',
      'closed',
      'rated',
    ]);
    expect(await stack.db.getRepository(ProgressReportEntity).countBy({ itemId: id })).toBe(2);
  });

  it('moves the deadline and re-plans when the office approves an extension', async () => {
    const item = await inProgress({ deadline: isoDate(10), milestones: [] });
    const requested = await leadHandler.post(`/api/items/${item.id}/extensions`, {
      requestedDeadline: isoDate(40),
      reason: '审批未完成',
    });
    expect(requested.body.pendingExtension).toMatchObject({ requestedDeadline: isoDate(40), status: 'pending' });
    const extensionId = requested.body.pendingExtension.id;
    const decided = await office.post(`/api/items/${item.id}/extensions/${extensionId}/decision`, {
      decision: 'approve',
    });
    expect(decided.body).toMatchObject({ deadline: isoDate(40), pendingExtension: null });
    expect(decided.body.dueAt).toBe(`${isoDate(41)}T00:00:00.000+08:00`);
    const state = await stack.env.client.workflow.getHandle(`supervision-item-${item.id}`).query('itemState');
    expect(state).toMatchObject({ deadline: isoDate(40) });
  });

  it('stops the clock while suspended and moves the due time by the time suspended on resume', async () => {
    const item = await inProgress();
    const before = (await office.get(`/api/items/${item.id}`)).body.dueAt;
    expect((await office.post(`/api/items/${item.id}/suspend`, { reason: '等待上级批复' })).body.status).toBe(
      'suspended',
    );
    expect((await leadHandler.post(`/api/items/${item.id}/progress`, { text: 'x', percent: 10 })).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const resumed = await office.post(`/api/items/${item.id}/resume`);
    expect(resumed.body.status).toBe('in_progress');
    expect(new Date(resumed.body.dueAt).getTime() - new Date(before).getTime()).toBeGreaterThanOrEqual(1200);
  });

  it('reassigns to a new lead unit that must acknowledge afresh, and cancels with a reason', async () => {
    const { units } = stack.directory;
    const item = await inProgress();
    const moved = await office.post(`/api/items/${item.id}/reassign`, {
      leadUnitId: units.yjj,
      cooperatingUnitIds: [units.jfj],
      reason: '职责调整',
    });
    expect(moved.body).toMatchObject({ status: 'assigned', leadUnit: { id: units.yjj } });
    expect((await leadHandler.post(`/api/items/${item.id}/acknowledge`)).status).toBe(403);
    expect((await otherHandler.post(`/api/items/${item.id}/acknowledge`)).body.status).toBe('in_progress');
    const cancelled = await office.post(`/api/items/${item.id}/cancel`, { reason: '任务取消' });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await office.post(`/api/items/${item.id}/resume`)).status).toBe(409);
  });

  it('turns an item red with escalation level 1 when its deadline passes', async () => {
    // Due at an exact time a few seconds ahead: the ladder's timer fires live on the dev server.
    const due = new Date(Date.now() + 4_000);
    const item = await published({ deadline: shanghaiDate(due), deadlineAt: due.toISOString(), milestones: [] });
    const view = await until(
      'level 1 after the deadline passed',
      async () => {
        const found = (await office.get(`/api/items/${item.id}`)).body;
        return found.escalationLevel >= 1 && found;
      },
      30,
    );
    expect(view).toMatchObject({ colour: 'red', escalationLevel: 1 });
    const overdue = (await office.get(`/api/items?overdue=true&pageSize=200`)).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(overdue).toContain(item.id);
    const types = (await office.get(`/api/items/${item.id}/timeline`)).body.map((e: { type: string }) => e.type);
    expect(types).toContain('escalated');
    // Published seconds before its deadline: only the latest warning went out; the earlier one is superseded.
    const timeline = (await office.get(`/api/items/${item.id}/timeline`)).body;
    const warnings = timeline.filter((e: any) => e.type === 'warned' && e.data.trigger === 'before_deadline');
    expect(warnings.map((e: any) => e.rule)).toEqual(['before_deadline:2wd']);
  });

  it('answers a repeated command with the same Idempotency-Key once', async () => {
    const item = await inProgress();
    const send = () =>
      leadHandler.post(
        `/api/items/${item.id}/progress`,
        { text: '同一报告', percent: 20 },
        { 'Idempotency-Key': 'report-1' },
      );
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    expect(await stack.db.getRepository(ProgressReportEntity).countBy({ itemId: item.id })).toBe(1);
  });

  it('shows a unit only the items it leads or cooperates on', async () => {
    const item = await published();
    expect((await otherHandler.get(`/api/items/${item.id}`)).status).toBe(404);
    expect((await coopHandler.get(`/api/items/${item.id}`)).status).toBe(200);
    const listed = (await otherHandler.get('/api/items?pageSize=200')).body.items.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(item.id);
    expect((await otherHandler.get(`/api/items/${item.id}/timeline`)).status).toBe(404);
  });

  describe('bad requests: the right 4xx, and nothing changes', () => {
    let item: { id: string; milestones: { id: string }[] };
    let snapshot: () => Promise<unknown>;

    beforeAll(async () => {
      item = await inProgress();
      snapshot = async () => ({
        item: await stack.db.getRepository(ItemEntity).findOneByOrFail({ id: item.id }),
        events: await stack.db.getRepository(TimelineEventEntity).countBy({ itemId: item.id }),
        reports: await stack.db.getRepository(ProgressReportEntity).countBy({ itemId: item.id }),
        history: await historyLength(item.id),
      });
    });

    type BadRequest = {
      name: string;
      request: () => Promise<{ status: number; body: any }>;
      status: number;
      message?: RegExp;
    };
    const cases: BadRequest[] = [
      {
        name: 'sign-off while in progress (wrong state)',
        request: () => leadHead.post(`/api/items/${item.id}/signoff`, { decision: 'approve' }),
        status: 409,
      },
      {
        name: 'review while in progress (wrong state)',
        request: () => office.post(`/api/items/${item.id}/review`, { decision: 'approve' }),
        status: 409,
      },
      {
        name: 'acknowledge twice (wrong state)',
        request: () => leadHandler.post(`/api/items/${item.id}/acknowledge`),
        status: 409,
      },
      {
        name: 'rate an open item (wrong state)',
        request: () => office.post(`/api/items/${item.id}/rating`, { grade: 'good' }),
        status: 409,
      },
      {
        name: 'edit a published item',
        request: () => office.patch(`/api/items/${item.id}`, { title: 'x' }),
        status: 409,
      },
      {
        name: 'completion from a cooperating unit (wrong unit)',
        request: () => coopHandler.post(`/api/items/${item.id}/completion`, { summary: 's' }),
        status: 403,
      },
      {
        name: 'suspend by a handler (wrong role)',
        request: () => leadHandler.post(`/api/items/${item.id}/suspend`, { reason: 'r' }),
        status: 403,
      },
      {
        name: 'progress from an unrelated unit (not visible)',
        request: () => otherHandler.post(`/api/items/${item.id}/progress`, { text: 't', percent: 1 }),
        status: 404,
      },
      {
        name: 'create an item as a handler (wrong role)',
        request: () => leadHandler.post('/api/items', { title: 't' }),
        status: 403,
      },
      {
        name: 'progress without text (missing field)',
        request: () => leadHandler.post(`/api/items/${item.id}/progress`, { percent: 10 }),
        status: 400,
        message: /text/,
      },
      {
        name: 'progress over 100 percent',
        request: () => leadHandler.post(`/api/items/${item.id}/progress`, { text: 't', percent: 120 }),
        status: 400,
        message: /percent/,
      },
      {
        name: 'progress on an unknown milestone',
        request: () =>
          leadHandler.post(`/api/items/${item.id}/progress`, {
            text: 't',
            percent: 10,
            milestoneValues: [{ milestoneId: '00000000-0000-4000-8000-000000000000', value: 1 }],
          }),
        status: 400,
        message: /milestone/,
      },
      {
        name: 'extension to an earlier date (rule)',
        request: () =>
          leadHandler.post(`/api/items/${item.id}/extensions`, { requestedDeadline: isoDate(20), reason: 'r' }),
        status: 422,
        message: /later/,
      },
      {
        name: 'extension to an impossible date',
        request: () =>
          leadHandler.post(`/api/items/${item.id}/extensions`, { requestedDeadline: '2026-02-30', reason: 'r' }),
        status: 400,
        message: /requestedDeadline/,
      },
      {
        name: 'decision on an unknown extension',
        request: () =>
          office.post(`/api/items/${item.id}/extensions/00000000-0000-4000-8000-000000000000/decision`, {
            decision: 'approve',
          }),
        status: 409,
      },
      {
        name: 'return without a reason',
        request: () => office.post(`/api/items/${item.id}/suspend`, {}),
        status: 400,
        message: /reason/,
      },
      {
        name: 'an unknown item',
        request: () => office.get('/api/items/00000000-0000-4000-8000-000000000000'),
        status: 404,
      },
      {
        name: 'a malformed item id',
        request: () => office.post('/api/items/not-a-uuid/acknowledge'),
        status: 400,
        message: /uuid/,
      },
      {
        name: 'malformed JSON',
        request: () => leadHandler.request('POST', `/api/items/${item.id}/progress`, '{"text": "t", ', {}),
        status: 400,
        message: /JSON/,
      },
      {
        name: 'an extra field',
        request: () => leadHandler.post(`/api/items/${item.id}/progress`, { text: 't', percent: 10, status: 'closed' }),
        status: 400,
        message: /status/,
      },
      {
        name: 'a draft with an unknown decision value',
        request: () => leadHead.post(`/api/items/${item.id}/signoff`, { decision: 'maybe' }),
        status: 400,
        message: /decision/,
      },
      { name: 'no token', request: () => anonymous.post(`/api/items/${item.id}/acknowledge`), status: 401 },
      {
        name: 'a non-admin creating a user',
        request: () =>
          office.post('/api/users', {
            username: 'x1',
            displayName: 'x',
            password: 'password1',
            unitId: item.id,
            roles: ['handler'],
          }),
        status: 403,
      },
    ];

    it.each(cases)('$name', async ({ request, status, message }) => {
      const before = await snapshot();
      const response = await request();
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({
        statusCode: status,
        error: expect.any(String),
        message: expect.anything(),
      });
      if (message) expect(JSON.stringify(response.body.message)).toMatch(message);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('describes every route in the OpenAPI document and answers health', async () => {
    const spec = (await anonymous.get('/api/docs-json')).body;
    for (const path of [
      '/api/items/{id}/signoff',
      '/api/items/{id}/extensions/{extensionId}/decision',
      '/api/units/{id}',
      '/api/me',
      '/api/health',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect((await anonymous.get('/api/health')).body).toEqual({ status: 'ok', database: 'up', temporal: 'up' });
    expect((await admin.get('/api/users')).status).toBe(200);
    void EventType;
  });
});
