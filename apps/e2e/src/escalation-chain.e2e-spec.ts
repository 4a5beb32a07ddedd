import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { In } from 'typeorm';
import { shanghaiDate } from '@duban/domain';
import { verifyWebhook } from '@duban/notifications';
import { DeliveryEntity, InboxMessageEntity, NotificationEntity } from '@duban/persistence';
import { startHttpReceiver, startSmtpReceiver } from './receivers';
import { ApiClient, startStack, startWorkerProcess, until, type Stack } from './stack';

const WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789';
const DINGTALK_SECRET = 'SECe2e-dingtalk-secret';

describe('the escalation chain end to end: real dev server, Postgres, SMTP and HTTP receivers, a worker killed mid-ladder', () => {
  let stack: Stack;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let http: Awaited<ReturnType<typeof startHttpReceiver>>;
  let worker: ChildProcess | null = null;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    http = await startHttpReceiver(1); // the first webhook call is refused: delivery retries
    stack = await startStack({
      inProcessWorker: false,
      settings: {
        SMTP_URL: smtp.url,
        WEBHOOK_URL: `${http.url}/webhook`,
        WEBHOOK_SECRET,
        WECOM_ROBOT_URL: `${http.url}/wecom?key=robot-key`,
        DINGTALK_ROBOT_URL: `${http.url}/dingtalk?access_token=robot-token`,
        DINGTALK_SECRET,
        CONSOLE_URL: 'https://duban.example.gov.cn',
      },
    });
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await stack?.stop();
    await smtp?.stop();
    await http?.stop();
  });

  it('delivers the whole minute-scale ladder to inbox, e-mail, webhook and both robots, each once, though the worker is killed while timers are due', async () => {
    worker = startWorkerProcess(stack.environment);
    const admin = await ApiClient.login(stack.baseUrl, 'admin');
    const office = await ApiClient.login(stack.baseUrl, 'office');
    const handler = await ApiClient.login(stack.baseUrl, 'tcj-handler');
    const { units, users } = stack.directory;

    // A policy in seconds (ISO 8601 durations), so the whole ladder runs in under three minutes.
    const policy = await admin.post('/api/policies', {
      name: '演示：分钟级督办规则',
      rules: [
        {
          trigger: 'before_deadline',
          offset: { duration: 'PT90S' },
          colour: 'yellow',
          level: 0,
          recipients: ['handler'],
        },
        {
          trigger: 'before_deadline',
          offset: { duration: 'PT60S' },
          colour: 'yellow',
          level: 0,
          recipients: ['handler', 'unit_head'],
        },
        {
          trigger: 'after_deadline',
          offset: { duration: 'PT0S' },
          colour: 'red',
          level: 1,
          recipients: ['unit_head', 'office'],
        },
        {
          trigger: 'after_deadline',
          offset: { duration: 'PT15S' },
          colour: 'red',
          level: 2,
          recipients: ['supervising_leader'],
        },
        {
          trigger: 'after_deadline',
          offset: { duration: 'PT30S' },
          colour: 'red',
          level: 3,
          recipients: ['leadership'],
          bulletin: true,
        },
        { trigger: 'missed_report', offset: { duration: 'PT5S' }, colour: null, level: 0, recipients: ['handler'] },
      ],
    });
    expect(policy.status).toBe(201);
    expect(policy.body.version).toBe(2); // version 1 is the brief's default

    const deadlineAt = new Date(Date.now() + 120_000);
    const draft = await office.post('/api/items', {
      title: '重点项目开工手续办理',
      category: '重大项目',
      leadUnitId: units.tcj,
      supervisingLeaderId: users.leader,
      deadline: shanghaiDate(deadlineAt),
      deadlineAt: deadlineAt.toISOString(),
      reportingCadence: { kind: 'interval', duration: 'PT20S' },
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id;
    expect((await office.post(`/api/items/${id}/publish`, {})).body).toMatchObject({
      policyVersion: 2,
      status: 'assigned',
    });
    expect((await handler.post(`/api/items/${id}/acknowledge`, {})).status).toBe(200);

    const notifications = () =>
      stack.db.getRepository(NotificationEntity).find({ where: { itemId: id }, order: { createdAt: 'ASC' } });
    // The first warning is delivered; then the worker dies while the next timers come due. (A kill in
    // the instant between a channel accepting a message and its row being marked sent would resend
    // it; the Message-ID and X-Duban-Message-Key let a receiver drop that: docs/escalation.md.)
    const unsent = (n: NotificationEntity) =>
      stack.db.getRepository(DeliveryEntity).countBy({ notificationId: n.id, status: In(['pending', 'failed']) });
    await until(
      'the first warning, delivered',
      async () => {
        const [first] = await notifications();
        return first && (await unsent(first)) === 0;
      },
      90,
    );
    worker.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    // Down until the second warning has come due, then back with about a minute to spare before the
    // deadline: a warning that comes due only after the deadline would rightly be superseded.
    await new Promise((r) => setTimeout(r, Math.max(0, deadlineAt.getTime() - 55_000 - Date.now())));
    worker = startWorkerProcess(stack.environment);

    const all = await until(
      'every message of the ladder, delivered',
      async () => {
        const found = await notifications();
        if (found.length < 6) return false;
        const open = await stack.db
          .getRepository(DeliveryEntity)
          .countBy({ notificationId: In(found.map((n) => n.id)), status: In(['pending', 'failed']) });
        return open === 0 && found;
      },
      180,
      async () =>
        Promise.all(
          (await notifications()).map(async (n) => ({
            rule: n.ruleKey,
            deliveries: (await stack.db.getRepository(DeliveryEntity).findBy({ notificationId: n.id })).map(
              (d) => `${d.channel}:${d.status}:${d.lastError ?? ''}`,
            ),
          })),
        ),
    );
    expect(all.map((n) => n.ruleKey).sort()).toEqual(
      [
        'after_deadline:PT0S',
        'after_deadline:PT15S',
        'after_deadline:PT30S',
        'before_deadline:PT60S',
        'before_deadline:PT90S',
        'missed_report:PT5S',
      ].sort(),
    );
    const item = (await office.get(`/api/items/${id}`)).body;
    expect(item).toMatchObject({ colour: 'red', escalationLevel: 3 });

    // Inbox: each person has what the policy addressed to them, once.
    const inboxOf = async (username: string) => {
      const client = await ApiClient.login(stack.baseUrl, username);
      const page = (await client.get('/api/inbox?pageSize=100')).body;
      return page.messages
        .filter((m: { itemId: string }) => m.itemId === id)
        .map((m: { messageKey: string }) => m.messageKey.split('/')[1].split('@')[0])
        .sort();
    };
    expect(await inboxOf('tcj-handler')).toEqual([
      'before_deadline:PT60S',
      'before_deadline:PT90S',
      'missed_report:PT5S',
    ]);
    expect(await inboxOf('tcj-head')).toEqual(['after_deadline:PT0S', 'before_deadline:PT60S']);
    expect(await inboxOf('office')).toEqual(['after_deadline:PT0S']);
    expect(await inboxOf('leader')).toEqual(['after_deadline:PT15S']);
    expect(await inboxOf('leadership')).toEqual(['after_deadline:PT30S']);

    // E-mail: one per message and recipient, in Chinese, with title, unit, deadline and link.
    const keys = new Set(all.map((n) => n.messageKey));
    const mails = smtp.mails.filter((m) => keys.has(m.messageKey));
    const inboxRows = await stack.db
      .getRepository(InboxMessageEntity)
      .countBy({ notificationId: In(all.map((n) => n.id)) });
    expect(mails).toHaveLength(inboxRows);
    expect(new Set(mails.map((m) => `${m.messageKey} ${m.to}`)).size).toBe(mails.length);
    const level3 = mails.find((m) => m.messageKey.includes('after_deadline:PT30S'))!;
    expect(level3.to).toContain('leadership@duban.local');
    expect(level3.subject).toBe('【逾期升级·3级】重点项目开工手续办理');
    expect(level3.text).toContain('牵头单位：投资促进局');
    expect(level3.text).toContain(`https://duban.example.gov.cn/?item=${id}`);

    // Webhook: each message once (after one refused call), signed over timestamp and body.
    const hooks = http.requests.filter((r) => r.path === '/webhook');
    expect(hooks.map((r) => r.headers['x-duban-message-key']).sort()).toEqual([...keys].sort());
    for (const r of hooks) {
      expect(
        verifyWebhook(
          WEBHOOK_SECRET,
          String(r.headers['x-duban-timestamp']),
          r.body,
          String(r.headers['x-duban-signature']),
        ),
      ).toBe(true);
    }
    // WeCom robot: markdown, each message once.
    const wecom = http.requests.filter((r) => r.path === '/wecom');
    expect(wecom).toHaveLength(6);
    expect(wecom.every((r) => r.query.get('key') === 'robot-key' && JSON.parse(r.body).msgtype === 'markdown')).toBe(
      true,
    );
    // DingTalk robot: signed with its secret (timestamp + sign on the query string).
    const dingtalk = http.requests.filter((r) => r.path === '/dingtalk');
    expect(dingtalk).toHaveLength(6);
    for (const r of dingtalk) {
      const expected = createHmac('sha256', DINGTALK_SECRET)
        .update(`${r.query.get('timestamp')}\n${DINGTALK_SECRET}`)
        .digest('base64');
      expect(r.query.get('sign')).toBe(expected);
    }

    // Every firing is on the timeline, and the deliveries are on record once per channel and target.
    const timeline = (await office.get(`/api/items/${id}/timeline`)).body.map((e: { type: string }) => e.type);
    expect(timeline.filter((t: string) => ['warned', 'escalated', 'report_reminded'].includes(t))).toHaveLength(6);
    const deliveries = await stack.db
      .getRepository(DeliveryEntity)
      .findBy({ notificationId: In(all.map((n) => n.id)) });
    expect(deliveries.filter((d) => d.channel === 'webhook').every((d) => d.status === 'sent')).toBe(true);
    expect(deliveries.filter((d) => d.channel !== 'email')).toHaveLength(18);
  }, 400_000); // a real-time ladder of about 100 s, 30 s of it with the worker dead
});
