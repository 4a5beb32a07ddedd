import { DEMO_PASSWORD } from '@duban/api';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AUDIT_ANCHOR_SCHEDULE_ID } from '@duban/contracts';
import { ApiClient, startStack, until, type Stack } from './stack';

const DAY = 24 * 3600_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

interface EntryRow {
  seq: number;
  actor_id: string | null;
  actor_username: string | null;
  unit_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  status: number | null;
  message: string | null;
  client_address: string | null;
  request_id: string | null;
  details: Record<string, any>;
}

describe('the audit trail and the access log over HTTP, on the real stack', () => {
  let stack: Stack;
  let admin: ApiClient, office: ApiClient, handler: ApiClient, head: ApiClient, anonymous: ApiClient;
  const logLines: string[] = [];
  let restoreStdout: () => void;

  beforeAll(async () => {
    // The access log goes to stdout as JSON lines; keep a copy of what is written there.
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
    restoreStdout = () => (process.stdout.write = write);
    stack = await startStack({ settings: { LOG_LEVEL: 'info' } });
    const login = (username: string) => ApiClient.login(stack.baseUrl, username);
    [admin, office, handler, head] = await Promise.all(['admin', 'office', 'jfj-handler', 'jfj-head'].map(login));
    anonymous = new ApiClient(stack.baseUrl);
  });

  afterAll(async () => {
    restoreStdout?.();
    await stack?.stop();
  });

  /** The entry a request left, found by the request id its answer carried. */
  const entryOf = async (response: { headers: Headers }): Promise<EntryRow> => {
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const rows: EntryRow[] = await stack.db.query(`SELECT * FROM audit_entries WHERE request_id = $1`, [requestId]);
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  async function draft() {
    const { units } = stack.directory;
    const response = await office.post('/api/items', {
      title: '审计事项',
      category: '重点工作',
      leadUnitId: units.jfj,
      deadline: isoDate(60),
    });
    expect(response.status).toBe(201);
    return response;
  }

  it('records logins, commands, refusals and admin changes with actor, action, object, result, address and request id', async () => {
    const { users, units } = stack.directory;
    const local = /^(::ffff:)?127\.0\.0\.1$/;

    const failed = await anonymous.request(
      'POST',
      '/api/auth/login',
      { username: 'office', password: 'not-Duban-9x' },
      { 'x-request-id': 'e2e-login-failed-0001' },
    );
    expect(failed.status).toBe(401);
    expect(failed.headers.get('x-request-id')).toBe('e2e-login-failed-0001');
    expect(await entryOf(failed)).toMatchObject({
      actor_id: null,
      actor_username: 'office',
      action: 'auth.login',
      object_type: 'user',
      result: 'refused',
      status: 401,
      message: 'unknown user or wrong password',
      client_address: expect.stringMatching(local),
      request_id: 'e2e-login-failed-0001',
      details: { body: { username: 'office', password: '[redacted]' } },
    });
    const succeeded = await anonymous.post('/api/auth/login', { username: 'office', password: DEMO_PASSWORD });
    expect(await entryOf(succeeded)).toMatchObject({
      actor_id: users.office,
      actor_username: 'office',
      unit_id: units.dcs,
      action: 'auth.login',
      object_id: users.office,
      result: 'ok',
      status: 200,
    });

    // A command: its entry, and the timeline event it produced, sealed by an entry of its own.
    const created = await draft();
    const itemId = created.body.id;
    expect(await entryOf(created)).toMatchObject({
      actor_id: users.office,
      unit_id: units.dcs,
      action: 'item.create',
      object_type: 'item',
      object_id: itemId,
      result: 'ok',
      status: 201,
      client_address: expect.stringMatching(local),
    });
    const published = await office.post(`/api/items/${itemId}/publish`, {}, { 'idempotency-key': 'publish-audit-1' });
    expect(await entryOf(published)).toMatchObject({
      action: 'item.publish',
      object_id: itemId,
      result: 'ok',
      details: { method: 'POST', path: `/api/items/${itemId}/publish`, idempotencyKey: 'publish-audit-1' },
    });
    const sealed: EntryRow[] = await stack.db.query(
      `SELECT * FROM audit_entries WHERE object_id = $1 AND timeline_event_id IS NOT NULL ORDER BY seq`,
      [itemId],
    );
    expect(sealed.map((e) => [e.action, e.actor_username])).toEqual([
      ['timeline.created', 'office'],
      ['timeline.published', 'office'],
    ]);

    // Refused: by the workflow's rules (nothing to sign off yet), by a role check, by validation.
    await handler.post(`/api/items/${itemId}/acknowledge`);
    const review = await office.post(`/api/items/${itemId}/review`, { decision: 'approve' });
    expect(review.status).toBe(409);
    expect(await entryOf(review)).toMatchObject({
      actor_id: users.office,
      unit_id: units.dcs,
      action: 'item.review',
      object_id: itemId,
      result: 'refused',
      status: 409,
      message: review.body.message,
      details: { body: { decision: 'approve' } },
    });
    const byRole = await handler.post('/api/users', { username: 'x' });
    expect(await entryOf(byRole)).toMatchObject({
      action: 'user.create',
      result: 'refused',
      status: 403,
      message: 'this needs one of the roles: admin',
    });
    const badId = await head.post('/api/items/not-a-uuid/signoff', { decision: 'approve' });
    expect(await entryOf(badId)).toMatchObject({ action: 'item.signoff', result: 'refused', status: 400 });

    // Users, units, policies and the calendar.
    const userChange = await admin.patch(`/api/users/${users['jfj-handler']}`, {
      roles: ['handler', 'unit_head'],
      password: 'Reset-by-admin-77',
      active: true,
    });
    expect(userChange.status).toBe(200);
    // The reset ended the handler's sessions: it signs in again with the new password.
    handler = await ApiClient.login(stack.baseUrl, 'jfj-handler', 'Reset-by-admin-77');
    const userEntry = await entryOf(userChange);
    expect(userEntry).toMatchObject({
      actor_id: users.admin,
      actor_username: 'admin',
      action: 'user.update',
      object_type: 'user',
      object_id: users['jfj-handler'],
      result: 'ok',
      details: { body: { roles: ['handler', 'unit_head'], password: '[redacted]', active: true } },
    });
    const unitChange = await admin.post('/api/units', { name: '审计科', parentId: units.jfj });
    expect(await entryOf(unitChange)).toMatchObject({
      action: 'unit.create',
      object_type: 'unit',
      object_id: unitChange.body.id,
      result: 'ok',
    });
    const policyChange = await admin.post('/api/policies', {
      name: '审计规则',
      rules: [{ trigger: 'after_deadline', offset: { workdays: 1 }, colour: 'red', level: 1, recipients: ['office'] }],
    });
    expect(policyChange.status).toBe(201);
    expect(await entryOf(policyChange)).toMatchObject({
      actor_id: users.admin,
      action: 'policy.create',
      object_type: 'policy',
      result: 'ok',
      details: { body: { name: '审计规则' } },
    });
    const calendarChange = await admin.put('/api/calendar/2031', { holidays: ['2031-01-01'], adjustedWorkdays: [] });
    expect(await entryOf(calendarChange)).toMatchObject({
      action: 'calendar.put',
      object_type: 'calendar',
      object_id: '2031',
      result: 'ok',
    });

    // No password ever reaches the trail.
    const [{ leaked }] = await stack.db.query(
      `SELECT count(*)::int AS leaked FROM audit_entries WHERE details::text ~ 'not-Duban-9x|Reset-by-admin-77|Duban@2024'`,
    );
    expect(leaked).toBe(0);
  });

  it('stays one linear chain under a burst of 50 concurrent commands from the API and the worker', async () => {
    const itemId = (await draft()).body.id;
    await office.post(`/api/items/${itemId}/publish`);
    await handler.post(`/api/items/${itemId}/acknowledge`);
    const [{ before }] = await stack.db.query(`SELECT max(seq)::int AS before FROM audit_entries`);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 ? draft() : handler.post(`/api/items/${itemId}/progress`, { text: `第${i}次报送`, percent: i }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    const seqs: number[] = (await stack.db.query(`SELECT seq::int AS seq FROM audit_entries ORDER BY seq`)).map(
      (r: { seq: number }) => r.seq,
    );
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    // Each of the 50 left its request's entry and its timeline event's.
    expect(seqs.length - before).toBeGreaterThanOrEqual(100);
    const verified = await admin.get('/api/audit/verify');
    expect(verified.body).toMatchObject({ ok: true, problems: [], entries: seqs.length });
  });

  it('exports a period as xlsx and as csv (UTF-8 with a BOM), every entry once', async () => {
    const today = isoDate(0);
    const tomorrow = isoDate(1);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM audit_entries`);

    const xlsx = await fetch(`${stack.baseUrl}/api/audit/export?from=${today}&to=${tomorrow}&format=xlsx`, {
      headers: { authorization: (await bearer('admin')).authorization },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('审计日志')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['序号', '时间（北京时间）', '操作人', '操作', '结果', '请求ID', '哈希']),
    );
    expect(sheet.actualRowCount - 1).toBeGreaterThanOrEqual(count);
    const xlsxRows = sheet.getSheetValues().slice(2) as unknown[][];
    const failedLogin = xlsxRows.find((row) => row[14] === 'e2e-login-failed-0001')!;
    expect(failedLogin.slice(1, 13)).toEqual(
      expect.arrayContaining(['office', 'auth.login', '拒绝', 401, 'unknown user or wrong password']),
    );

    const csv = await fetch(`${stack.baseUrl}/api/audit/export?from=${today}&to=${tomorrow}&format=csv`, {
      headers: { authorization: (await bearer('admin')).authorization },
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    expect(records.length).toBeGreaterThanOrEqual(count);
    expect(records.map((r) => Number(r['序号']))).toEqual([...records.keys()].map((i) => i + 1));
    expect(records.find((r) => r['请求ID'] === 'e2e-login-failed-0001')).toMatchObject({
      操作人: 'office',
      操作: 'auth.login',
      结果: '拒绝',
      状态码: '401',
    });
    expect(JSON.parse(records[0]['详情'])).toEqual(expect.any(Object));

    const refused = await office.get(`/api/audit/export?from=${today}&to=${today}`);
    expect(refused.status).toBe(403);
    const bad = await admin.get(`/api/audit/export?from=${tomorrow}&to=${today}&format=csv`);
    expect(bad).toMatchObject({ status: 400, body: { message: 'from must come before to' } });
    const badFormat = await admin.get(`/api/audit/export?from=${today}&to=${today}&format=pdf`);
    expect(badFormat.status).toBe(400);
    // Who exported is on the trail too.
    const [exported] = await stack.db.query(
      `SELECT details FROM audit_entries WHERE action = 'audit.export' AND result = 'ok' ORDER BY seq LIMIT 1`,
    );
    expect(exported.details.query).toEqual({ from: today, to: tomorrow, format: 'xlsx' });
  });

  async function bearer(username: string) {
    const response = await anonymous.post('/api/auth/login', { username, password: DEMO_PASSWORD });
    return { authorization: `Bearer ${response.body.accessToken}` };
  }

  it('answers with X-Request-Id and writes one JSON access-log line per request, secrets out of the path', async () => {
    const given = await anonymous.request('GET', '/api/health?token=s3cr3t-value&x=1', undefined, {
      'x-request-id': 'e2e-health-0001',
    });
    expect(given.headers.get('x-request-id')).toBe('e2e-health-0001');
    const malformed = await anonymous.request('GET', '/api/health', undefined, { 'x-request-id': 'bad id; drop' });
    expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const docs = await anonymous.get('/api/docs-json');
    expect(docs.headers.get('x-request-id')).toBeTruthy();
    const me = await office.get('/api/me');

    const lines = await until(
      'the access-log lines of both requests',
      async () => {
        const parsed = logLines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
        const health = parsed.find((l) => l.requestId === 'e2e-health-0001');
        const mine = parsed.find((l) => l.requestId === me.headers.get('x-request-id'));
        return health && mine && { health, mine };
      },
      10,
    );
    expect(lines.health).toMatchObject({
      level: 'info',
      requestId: 'e2e-health-0001',
      req: { method: 'GET', path: '/api/health?token=[redacted]&x=1' },
      res: { status: expect.any(Number) },
      durationMs: expect.any(Number),
      msg: 'request completed',
    });
    expect(lines.mine).toMatchObject({ userId: stack.directory.users.office, res: { status: 200 } });
    expect(logLines.join('\n')).not.toContain('s3cr3t-value');
  });

  it('keeps a daily Temporal Schedule for the anchor; a run anchors the chain head', async () => {
    const schedule = stack.env.client.schedule.getHandle(AUDIT_ANCHOR_SCHEDULE_ID);
    const description = await schedule.describe();
    expect(description.spec).toMatchObject({ timezone: 'Asia/Shanghai' });
    expect(description.spec.calendars?.[0]).toMatchObject({
      hour: [{ start: 0, end: 0, step: 1 }],
      minute: [{ start: 5, end: 5, step: 1 }],
    });
    await schedule.trigger();
    const anchor = await until(
      'the anchor written by the scheduled workflow',
      async () => (await admin.get('/api/audit/anchors')).body[0],
      60,
    );
    const [entry] = await stack.db.query(`SELECT hash FROM audit_entries WHERE seq = $1`, [anchor.seq]);
    expect(anchor.hash).toBe(entry.hash);
    expect((await office.post('/api/audit/anchors')).status).toBe(403);
    expect((await admin.post('/api/audit/anchors')).status).toBe(201);
  });

  it('verify (admin only) names what was changed in SQL: a timeline row rewritten, history recomputed past an anchor', async () => {
    expect((await office.get('/api/audit/verify')).status).toBe(403);
    const [{ head }] = await stack.db.query(`SELECT max(seq)::int AS head FROM audit_entries`);
    const anchor = (await admin.post('/api/audit/anchors')).body;
    expect(anchor.seq).toBeGreaterThanOrEqual(head);
    // As a superuser would: a sign-off handed to someone else, and a back-dated event.
    const [event] = await stack.db.query(
      `SELECT t.id::text AS id, a.seq::int AS seq FROM timeline_events t JOIN audit_entries a ON a.timeline_event_id = t.id
        WHERE t.type = 'published' ORDER BY t.id LIMIT 1`,
    );
    await stack.db.transaction(async (em) => {
      await em.query(`SET LOCAL session_replication_role = replica`);
      await em.query(`UPDATE timeline_events SET actor_id = $1, at = at - interval '2 days' WHERE id = $2`, [
        stack.directory.users.admin,
        event.id,
      ]);
      // The failed login rewritten as a success, and every hash after it recomputed: a chain whole in itself.
      await em.query(`UPDATE audit_entries SET result = 'ok', status = 200 WHERE request_id = 'e2e-login-failed-0001'`);
      await em.query(`
        DO $$ DECLARE e audit_entries; prev text;
        BEGIN
          FOR e IN SELECT * FROM audit_entries ORDER BY seq LOOP
            e.prev_hash := coalesce(prev, repeat('0', 64)); e.hash := audit_entry_hash(e);
            UPDATE audit_entries SET prev_hash = e.prev_hash, hash = e.hash WHERE seq = e.seq;
            prev := e.hash;
          END LOOP;
        END $$`);
    });
    const report = (await admin.get('/api/audit/verify')).body;
    expect(report.ok).toBe(false);
    // Every anchor taken before no longer matches; the chain itself is whole.
    const anchors = (await admin.get('/api/audit/anchors')).body.length;
    expect(report.problems.map((p: { kind: string }) => p.kind)).toEqual([
      ...Array(anchors).fill('anchor'),
      'timeline_altered',
    ]);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'anchor', seq: anchor.seq, message: expect.stringMatching(/was rewritten$/) }),
        expect.objectContaining({
          kind: 'timeline_altered',
          seq: event.seq,
          timelineEventId: event.id,
          message: expect.stringContaining(`actor_id is "${stack.directory.users.admin}"`),
        }),
      ]),
    );
    const [verifyEntry] = await stack.db.query(
      `SELECT actor_username, result FROM audit_entries WHERE action = 'audit.verify' ORDER BY seq DESC LIMIT 1`,
    );
    expect(verifyEntry).toEqual({ actor_username: 'admin', result: 'ok' });
  });
});
