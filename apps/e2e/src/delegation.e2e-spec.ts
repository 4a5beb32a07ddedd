import { ApiClient, anItemBody, startStack, type Stack } from './stack';

const HOUR = 3600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

// Out-of-office delegation on the real stack: a unit head delegates sign-off to a colleague for a
// period; the colleague signs off within it (the timeline and the audit trail name both), and not
// before it starts nor after it is revoked.
describe('out-of-office delegation of sign-off', () => {
  let stack: Stack;
  let office: ApiClient;
  let head: ApiClient;
  let handler: ApiClient;
  let otherHead: ApiClient;
  let admin: ApiClient;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    [office, head, handler, otherHead, admin] = await Promise.all(
      ['office', 'jfj-head', 'jfj-handler', 'tcj-head', 'admin'].map((u) => ApiClient.login(stack.baseUrl, u)),
    );
    ids = stack.directory.users;
  });

  afterAll(() => stack?.stop());

  /** An item of 经济发展局 waiting for its head's sign-off. */
  async function awaitingSignoff(): Promise<string> {
    const { id } = (await office.post('/api/items', anItemBody(stack.directory))).body;
    expect((await office.post(`/api/items/${id}/publish`)).status).toBe(200);
    expect((await handler.post(`/api/items/${id}/acknowledge`)).status).toBe(200);
    const completion = await handler.post(`/api/items/${id}/completion`, { summary: '已完成', evidence: ['附件1'] });
    expect(completion.body.status).toBe('awaiting_signoff');
    return id;
  }
  const signoffOffered = async (id: string) =>
    (await handler.get(`/api/items/${id}`)).body.actions.some((a: { type: string }) => a.type === 'signoff');
  const signoffTodo = async (id: string) =>
    (await handler.get('/api/inbox')).body.todos.some(
      (t: { itemId: string; action: string }) => t.itemId === id && t.action === 'sign_off',
    );
  const returnIt = (id: string) =>
    handler.post(`/api/items/${id}/signoff`, { decision: 'return', comment: '代为退回' });

  it('lets the delegate sign off within the period, naming both on the timeline and in the audit trail', async () => {
    const id = await awaitingSignoff();
    expect(await signoffOffered(id)).toBe(false);
    expect((await returnIt(id)).status).toBe(403);

    const delegated = await head.post('/api/delegations', {
      delegateId: ids['jfj-handler'],
      startsAt: at(-60_000),
      endsAt: at(HOUR),
      reason: '出差',
    });
    expect(delegated.status).toBe(201);
    expect(delegated.body).toMatchObject({
      delegator: { id: ids['jfj-head'] },
      delegate: { id: ids['jfj-handler'] },
      active: true,
    });
    expect(await signoffOffered(id)).toBe(true);
    expect(await signoffTodo(id)).toBe(true);

    const returned = await returnIt(id);
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('in_progress');

    const timeline = (await office.get(`/api/items/${id}/timeline`)).body;
    const entry = timeline.find((e: { type: string }) => e.type === 'returned_by_unit_head');
    expect(entry.actor).toMatchObject({
      userId: ids['jfj-handler'],
      displayName: '经发局 赵磊',
      role: 'unit_head',
      onBehalfOf: { userId: ids['jfj-head'], displayName: '经发局局长 钱进' },
    });
    const audit = await stack.db.query(
      `SELECT action, actor_username, on_behalf_of_username FROM audit_entries
        WHERE object_id = $1 AND result = 'ok' AND action IN ('item.signoff', 'timeline.returned_by_unit_head') ORDER BY seq`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'timeline.returned_by_unit_head', actor_username: 'jfj-handler', on_behalf_of_username: 'jfj-head' },
      { action: 'item.signoff', actor_username: 'jfj-handler', on_behalf_of_username: 'jfj-head' },
    ]);
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, problems: [] });

    // Revoked, it ends at once.
    await handler.post(`/api/items/${id}/completion`, { summary: '补充后再报', evidence: ['附件2'] });
    expect((await head.request('DELETE', `/api/delegations/${delegated.body.id}`)).status).toBe(204);
    expect(await signoffOffered(id)).toBe(false);
    expect(await signoffTodo(id)).toBe(false);
    expect((await returnIt(id)).status).toBe(403);
    const listed = (await head.get('/api/delegations')).body;
    expect(listed.find((d: { id: string }) => d.id === delegated.body.id)).toMatchObject({ active: false });
  });

  it('refuses the delegate outside the period', async () => {
    const id = await awaitingSignoff();
    const later = await admin.post('/api/delegations', {
      delegatorId: ids['jfj-head'],
      delegateId: ids['jfj-handler'],
      startsAt: at(HOUR),
      endsAt: at(2 * HOUR),
    });
    expect(later.status).toBe(201);
    expect(await signoffOffered(id)).toBe(false);
    expect((await returnIt(id)).status).toBe(403);
  });

  it('takes a delegation only from a unit head (or an admin), to a colleague of the same unit', async () => {
    const period = { startsAt: at(0), endsAt: at(HOUR) };
    const cases = [
      [handler, { delegateId: ids['jfj-head'], ...period }, 403], // a handler delegates nothing
      [otherHead, { delegateId: ids['jfj-handler'], ...period }, 422], // another unit's colleague
      [head, { delegateId: ids['jfj-head'], ...period }, 422], // itself
      [head, { delegateId: ids['jfj-handler'], startsAt: at(HOUR), endsAt: at(0) }, 422], // ends before it starts
      [head, { delegateId: ids['jfj-handler'], delegatorId: ids['tcj-head'], ...period }, 403], // for another head
    ] as const;
    const statuses = [];
    for (const [client, body] of cases) statuses.push((await client.post('/api/delegations', body)).status);
    expect(statuses).toEqual(cases.map(([, , status]) => status));
    // Another unit's head cannot revoke this unit's delegation: it does not see it.
    const mine = await head.post('/api/delegations', { delegateId: ids['jfj-handler'], ...period });
    expect((await otherHead.request('DELETE', `/api/delegations/${mine.body.id}`)).status).toBe(404);
    expect((await otherHead.get('/api/delegations')).body.map((d: { id: string }) => d.id)).not.toContain(mine.body.id);
  });
  it("offers a head its unit's active colleagues to name, and an admin every active user with the heads marked", async () => {
    const names = (people: { displayName: string }[]) => people.map((p) => p.displayName);
    const forHead = await head.get('/api/delegations/colleagues');
    expect(forHead.status).toBe(200);
    expect(names(forHead.body)).toEqual(['经发局 赵磊']);
    expect(names((await otherHead.get('/api/delegations/colleagues')).body)).toEqual(['投促局 孙悦']);
    expect((await handler.get('/api/delegations/colleagues')).status).toBe(403);
    const forAdmin = (await admin.get('/api/delegations/colleagues')).body;
    expect(forAdmin).toEqual(
      expect.arrayContaining([
        { id: ids['jfj-head'], displayName: '经发局局长 钱进', unitId: stack.directory.units.jfj, unitHead: true },
        { id: ids['jfj-handler'], displayName: '经发局 赵磊', unitId: stack.directory.units.jfj, unitHead: false },
      ]),
    );
  });
});
