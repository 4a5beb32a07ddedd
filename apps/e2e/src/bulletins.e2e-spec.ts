import { ScheduleOverlapPolicy } from '@temporalio/client';
import ExcelJS from 'exceljs';
import { BULLETIN_SCHEDULE_ID, BULLETIN_TIMEZONE } from '@duban/contracts';
import { SHEET_NAMES } from '@duban/bulletins';
import { ensureBulletinSchedule } from '@duban/worker';
import { ApiClient, anItemBody, isoDate, startStack, until, type Stack } from './stack';
import { startHttpReceiver, startSmtpReceiver } from './receivers';

// The board and the 督查通报 on the real stack: the dev server, Postgres, the worker and its
// weekly Schedule, the API, and SMTP and webhook receivers standing in for the channels.
describe('the board and bulletins end to end', () => {
  let stack: Stack;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let http: Awaited<ReturnType<typeof startHttpReceiver>>;
  let office: ApiClient;
  let leadership: ApiClient;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    http = await startHttpReceiver();
    stack = await startStack({
      settings: {
        SMTP_URL: smtp.url,
        WEBHOOK_URL: `${http.url}/webhook`,
        WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
        CONSOLE_URL: 'https://duban.example.gov.cn',
      },
    });
    office = await ApiClient.login(stack.baseUrl, 'office');
    leadership = await ApiClient.login(stack.baseUrl, 'leadership');
    // Two published items: one due in two months, one whose deadline is today.
    for (const deadline of [isoDate(60), isoDate(0)]) {
      const created = await office.post('/api/items', anItemBody(stack.directory, { deadline, milestones: [] }));
      expect(created.status).toBe(201);
      expect((await office.post(`/api/items/${created.body.id}/publish`)).status).toBe(200);
    }
  });

  afterAll(async () => {
    await stack?.stop();
    await smtp?.stop();
    await http?.stop();
  });

  it('shows the board to the office and leaders, not to a unit', async () => {
    const board = await office.get('/api/dashboard');
    expect(board.status).toBe(200);
    expect(board.body.totals).toMatchObject({ open: 2, overdue: 0 });
    expect(board.body.units).toEqual([expect.objectContaining({ unitName: '经济发展局' })]);
    const unit = await ApiClient.login(stack.baseUrl, 'jfj-handler');
    expect((await unit.get('/api/dashboard')).status).toBe(403);
    expect((await office.get('/api/dashboard?from=2024-13-01')).status).toBe(400);
  });

  it('makes a bulletin through the API, gives the same one for the same cut-off, and serves both documents', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // the cut-off is taken to the second: after the publishing
    const made = await office.post('/api/bulletins', {});
    const { cutoff } = made.body;
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ created: true, issue: 1, previousCutoff: null });
    expect(made.body.snapshot.totals.open).toBe(2);
    const again = await office.post('/api/bulletins', { cutoff });
    expect([again.status, again.body.id, again.body.created]).toEqual([200, made.body.id, false]);
    expect((await leadership.post('/api/bulletins', {})).status).toBe(403);

    const list = await leadership.get('/api/bulletins');
    expect(list.body.bulletins.map((b: { id: string }) => b.id)).toEqual([made.body.id]);

    const xlsx = await fetch(`${stack.baseUrl}/api/bulletins/${made.body.id}/xlsx`, {
      headers: { authorization: `Bearer ${await tokenOf('office')}` },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(SHEET_NAMES));

    const pdf = await fetch(`${stack.baseUrl}/api/bulletins/${made.body.id}/pdf`, {
      headers: { authorization: `Bearer ${await tokenOf('office')}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    // A unit named reads it (its head got the notice), but the check is the office's and the leaders'.
    const head = await ApiClient.login(stack.baseUrl, 'jfj-head');
    expect((await head.get(`/api/bulletins/${made.body.id}`)).status).toBe(200);
    expect((await head.get(`/api/bulletins/${made.body.id}/check`)).status).toBe(403);
    expect((await head.post('/api/bulletins', {})).status).toBe(403);

    const check = await office.get(`/api/bulletins/${made.body.id}/check`);
    expect(check.body).toEqual({ matches: true, hashMatches: true, differences: [] });
    expect((await office.get('/api/bulletins/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('delivers the notice to leadership and the units named: inbox, mail and webhook, once', async () => {
    const [bulletin] = (await office.get('/api/bulletins')).body.bulletins;
    const key = `bulletin:${bulletin.id}`;
    await until(
      'the webhook to receive the bulletin notice',
      async () => http.requests.some((r) => JSON.parse(r.body).messageKey === key),
      60,
      async () => http.requests.map((r) => r.body.slice(0, 200)),
    );
    await until(
      'the mail to leadership',
      async () => smtp.mails.some((m) => m.to.includes('leadership@')),
      60,
      async () => smtp.mails.map((m) => m.to),
    );
    expect(
      smtp.mails
        .filter((m) => m.messageKey === key)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['jfj-head@duban.local', 'leadership@duban.local']);
    const mail = smtp.mails.find((m) => m.messageKey === key)!;
    expect(mail.subject).toContain('督查通报');
    expect(mail.text).toContain(`https://duban.example.gov.cn/bulletins?open=${bulletin.id}`);
    const inbox = await leadership.get('/api/inbox');
    expect(inbox.body.messages).toEqual(
      expect.arrayContaining([expect.objectContaining({ bulletinId: bulletin.id, itemId: null, trigger: 'bulletin' })]),
    );
    expect(http.requests.filter((r) => JSON.parse(r.body).messageKey === key)).toHaveLength(1);
  });

  it('keeps a weekly Schedule that makes the bulletins of the Mondays it missed, for their own cut-offs', async () => {
    const handle = stack.env.client.schedule.getHandle(BULLETIN_SCHEDULE_ID);
    const schedule = await handle.describe();
    expect(schedule.spec.timezone).toBe(BULLETIN_TIMEZONE);
    expect(schedule.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 9, end: 9, step: 1 }] });
    // The two Mondays of the last fortnight, as if the worker had been away: the schedule backfills them.
    const end = new Date();
    const start = new Date(end.getTime() - 14 * 24 * 3600_000);
    await handle.backfill([{ start, end, overlap: ScheduleOverlapPolicy.ALLOW_ALL }]);
    const mondays = (await until(
      'the schedule to make the bulletins of the last two Mondays',
      async () => {
        const list = (await office.get('/api/bulletins')).body.bulletins as { cutoff: string; madeBy: unknown }[];
        const scheduled = list.filter((b) => b.madeBy === null);
        return scheduled.length >= 2 && scheduled;
      },
      90,
      async () => (await office.get('/api/bulletins')).body,
    )) as { cutoff: string }[];
    for (const { cutoff } of mondays) {
      // Monday 09:00 in Shanghai is 01:00 UTC.
      expect([new Date(cutoff).getUTCDay(), new Date(cutoff).getUTCHours(), new Date(cutoff).getUTCMinutes()]).toEqual([
        1, 1, 0,
      ]);
    }
  });

  it('brings the Schedule to a changed BULLETIN_SCHEDULE at the next start, and setting it twice is harmless', async () => {
    const { client } = stack.env;
    await ensureBulletinSchedule(client.connection, stack.config.TEMPORAL_NAMESPACE, '30 8 * * 5');
    await ensureBulletinSchedule(client.connection, stack.config.TEMPORAL_NAMESPACE, '30 8 * * 5');
    const { spec } = await client.schedule.getHandle(BULLETIN_SCHEDULE_ID).describe();
    expect(spec.calendars).toHaveLength(1);
    expect(spec.calendars?.[0]).toMatchObject({
      hour: [{ start: 8, end: 8, step: 1 }],
      minute: [{ start: 30, end: 30, step: 1 }],
      dayOfWeek: [{ start: 'FRIDAY', end: 'FRIDAY', step: 1 }],
    });
  });

  async function tokenOf(username: string): Promise<string> {
    const response = await new ApiClient(stack.baseUrl).request('POST', '/api/auth/login', {
      username,
      password: 'Duban@2024-demo',
    });
    return response.body.accessToken as string;
  }
});
