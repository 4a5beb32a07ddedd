import { ItemEntity, ProgressReportEntity, UnitEntity, UserEntity } from '@duban/persistence';
import { anItemBody, ApiClient, startStack, type Stack } from './stack';

// Idempotency-Keys on the real stack: a repeated key with the same request answers the first
// result and writes nothing more; the key with another request answers 422 and writes nothing.
describe('Idempotency-Key on commands, drafts and admin writes', () => {
  let stack: Stack;
  let office: ApiClient;
  let handler: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    [office, handler, admin] = await Promise.all(
      ['office', 'jfj-handler', 'admin'].map((u) => ApiClient.login(stack.baseUrl, u)),
    );
  });

  afterAll(() => stack?.stop());

  const key = (k: string) => ({ 'Idempotency-Key': k });
  const replayed = (r: { headers: Headers }) => r.headers.get('idempotent-replayed');

  it('answers a repeated command once, and refuses the key with another body (422), applying nothing', async () => {
    const draft = await office.post('/api/items', anItemBody(stack.directory));
    await office.post(`/api/items/${draft.body.id}/publish`);
    expect((await handler.post(`/api/items/${draft.body.id}/acknowledge`)).status).toBe(200);
    const report = (body: object) => handler.post(`/api/items/${draft.body.id}/progress`, body, key('report-7'));

    const first = await report({ text: '完成三成', percent: 30 });
    const again = await report({ percent: 30, text: '完成三成' }); // the same body, its keys in another order
    const other = await report({ text: '完成五成', percent: 50 });

    expect([first.status, again.status, other.status]).toEqual([200, 200, 422]);
    expect(again.body).toEqual(first.body);
    expect(replayed(again)).toBe('true');
    expect(other.body.message).toMatch(/Idempotency-Key came before with another request/);
    const reports = await stack.db.getRepository(ProgressReportEntity).findBy({ itemId: draft.body.id });
    expect(reports.map((r) => r.percent)).toEqual([30]);
  });

  it('creates a draft once under a key, and refuses the key with another draft', async () => {
    const body = anItemBody(stack.directory, { title: '幂等的草稿' });
    const first = await office.post('/api/items', body, key('draft-1'));
    const again = await office.post('/api/items', body, key('draft-1'));
    const other = await office.post('/api/items', { ...body, title: '另一个草稿' }, key('draft-1'));

    expect([first.status, again.status, other.status]).toEqual([201, 201, 422]);
    expect(again.body.id).toBe(first.body.id);
    const items = stack.db.getRepository(ItemEntity);
    expect(await items.countBy({ title: '幂等的草稿' })).toBe(1);
    expect(await items.countBy({ title: '另一个草稿' })).toBe(0);
  });

  it("keeps an admin's writes (users, units) to one under a key, across routes too", async () => {
    const user = {
      username: 'idem-user',
      displayName: '幂等用户',
      password: 'Lantern-Harbor-7319',
      unitId: stack.directory.units.jfj,
      roles: ['handler'],
    };
    const created = await admin.post('/api/users', user, key('admin-1'));
    const again = await admin.post('/api/users', user, key('admin-1'));
    expect([created.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(created.body);
    expect(await stack.db.getRepository(UserEntity).countBy({ username: 'idem-user' })).toBe(1);
    // The same key on another route is another request.
    const unit = await admin.post('/api/units', { name: '幂等科' }, key('admin-1'));
    expect(unit.status).toBe(422);

    const renamed = await admin.patch(`/api/units/${stack.directory.units.tzk}`, { name: '投资促进一科' });
    expect(renamed.status).toBe(200);
    const units = stack.db.getRepository(UnitEntity);
    const made = await admin.post('/api/units', { name: '幂等科' }, key('unit-1'));
    const twice = await admin.post('/api/units', { name: '幂等科' }, key('unit-1'));
    expect([made.status, twice.status, replayed(twice)]).toEqual([201, 201, 'true']);
    expect(await units.countBy({ name: '幂等科' })).toBe(1);
  });

  it('frees the key of a refused request, so a corrected one goes through', async () => {
    const refused = await admin.post('/api/units', { name: '' }, key('unit-2'));
    const corrected = await admin.post('/api/units', { name: '更正后的科' }, key('unit-2'));
    expect([refused.status, corrected.status]).toEqual([400, 201]);
  });

  it('keeps keys per user: the same key from another user is its own', async () => {
    const body = anItemBody(stack.directory, { title: '各自的键' });
    const mine = await office.post('/api/items', body, key('shared-key'));
    const theirs = await admin.post('/api/units', { name: '各自的科' }, key('shared-key'));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
  });
});
