import { DEMO_PASSWORD } from '@duban/api';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { pythonTool } from '@duban/testing';
import { anItemBody, ApiClient, startStack, until, type Stack } from './stack';

const { EventType } = temporal.api.enums.v1;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const UI_ORIGIN = 'http://127.0.0.1:8233';

/** The real `temporal` CLI, as someone who reaches the Temporal frontend would use it. */
function temporalCli(stack: Stack, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      pythonTool('temporal'),
      [...args, '--address', stack.env.address, '--command-timeout', '60s'],
      { timeout: 90_000 },
      (error, stdout, stderr) => done({ code: error ? ((error.code as number) ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('Temporal payloads: commands only the API can send, on the real dev server, worker and Postgres', () => {
  let stack: Stack;
  let office: ApiClient, leadHandler: ApiClient, admin: ApiClient, anonymous: ApiClient;
  let raw: Client; // no codec: what anyone reading Temporal's store sees

  beforeAll(async () => {
    stack = await startStack({ settings: { TEMPORAL_UI_ORIGIN: UI_ORIGIN } });
    [office, leadHandler, admin] = await Promise.all(
      ['office', 'jfj-handler', 'admin'].map((username) => ApiClient.login(stack.baseUrl, username)),
    );
    anonymous = new ApiClient(stack.baseUrl);
    raw = new Client({ connection: stack.env.connection });
  });

  afterAll(() => stack?.stop());

  const marker = () => `MARK-${randomUUID().slice(0, 8)}`;
  async function draft(title = `一季度固定资产投资 ${marker()}`) {
    const response = await office.post('/api/items', anItemBody(stack.directory, { title }));
    expect(response.status).toBe(201);
    return response.body as { id: string; title: string };
  }
  async function published() {
    const item = await draft();
    expect((await office.post(`/api/items/${item.id}/publish`)).status).toBe(200);
    return item;
  }
  const events = async (workflowId: string, runId?: string): Promise<HistoryEvent[]> =>
    (await raw.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
  const acceptedUpdateIds = (history: HistoryEvent[]) =>
    history
      .filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)
      .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.meta!.updateId);
  const officeActor = () => ({
    userId: stack.directory.users.office,
    unitId: stack.directory.units.dcs,
    roles: ['office'],
  });

  it('refuses a forged Update from the temporal CLI, keeps no trace of it, and takes the next real command at once', async () => {
    const item = await published();
    const workflowId = `supervision-item-${item.id}`;
    const before = await events(workflowId);

    const started = Date.now();
    const forged = await temporalCli(stack, [
      ...['workflow', 'update', 'execute', '--workflow-id', workflowId, '--name', 'itemCommand'],
      ...['--update-id', 'forged-cancel'],
      ...['--input', JSON.stringify({ actor: officeActor(), command: { type: 'cancel', reason: 'forged' } })],
    ]);
    expect(forged.code).not.toBe(0);
    expect(forged.stderr).toMatch(/unable to update workflow/);
    expect(Date.now() - started).toBeLessThan(30_000); // refused, not left hanging on a failing workflow task

    const command = Date.now();
    const acknowledged = await leadHandler.post(`/api/items/${item.id}/acknowledge`, { comment: '已签收' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.status).toBe('in_progress');
    expect(Date.now() - command).toBeLessThan(10_000);

    const after = await events(workflowId);
    expect(acceptedUpdateIds(after)).not.toContain('forged-cancel');
    expect(acceptedUpdateIds(after)).toHaveLength(acceptedUpdateIds(before).length + 1); // the acknowledge alone
    const types = after.map((e) => e.eventType);
    expect(types).not.toContain(EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED);
    expect(types).not.toContain(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_REJECTED);
    const timeline = (await office.get(`/api/items/${item.id}/timeline`)).body as { type: string }[];
    expect(timeline.map((e) => e.type)).not.toContain('cancelled');
  });

  it('refuses a real request copied from the history: in another item, and in the same item under a new update id', async () => {
    const [source, target] = [await published(), await published()];
    const sourceId = `supervision-item-${source.id}`;
    // The office's publish of the source item, as Temporal stores it: encrypted, authenticated.
    const accepted = (await events(sourceId)).find(
      (e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
    )!;
    const payload = accepted.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.args!.payloads![0];
    const copied = [
      ...Object.entries(payload.metadata!).flatMap(([key, value]) => [
        '--input-meta',
        `${key}=${Buffer.from(value).toString()}`,
      ]),
      ...['--input-base64', '--input', Buffer.from(payload.data!).toString('base64')],
    ];
    const send = (workflowId: string, updateId: string) =>
      temporalCli(stack, [
        ...['workflow', 'update', 'execute', '--workflow-id', workflowId, '--name', 'itemCommand'],
        ...['--update-id', updateId, ...copied],
      ]);

    const elsewhere = await send(`supervision-item-${target.id}`, 'copied-elsewhere');
    const again = await send(sourceId, 'copied-again');
    expect(elsewhere.code).not.toBe(0);
    expect(again.code).not.toBe(0);
    expect(acceptedUpdateIds(await events(`supervision-item-${target.id}`))).not.toContain('copied-elsewhere');
    expect(acceptedUpdateIds(await events(sourceId))).not.toContain('copied-again');
    expect((await leadHandler.post(`/api/items/${target.id}/acknowledge`)).status).toBe(200);
  });

  it('keeps item data out of the history in clear: only the search attributes are readable', async () => {
    const item = await published();
    const comment = `已签收 ${marker()}`;
    expect((await leadHandler.post(`/api/items/${item.id}/acknowledge`, { comment })).status).toBe(200);
    const history = await events(`supervision-item-${item.id}`);
    const bytes = (list: HistoryEvent[]) =>
      Buffer.from(temporal.api.history.v1.History.encode({ events: list }).finish()).toString('utf8');
    const all = bytes(history);
    expect(all).toContain(item.id); // the workflow id is not a secret
    for (const secret of [
      item.title,
      comment,
      stack.directory.units.tcj,
      stack.directory.users.leader,
      'acknowledge',
    ]) {
      expect(all).not.toContain(secret);
    }
    // The lead unit is a search attribute, indexed in clear for the Temporal UI; nowhere else.
    const withoutSearchAttributes = history.map((e) => ({
      ...e,
      upsertWorkflowSearchAttributesEventAttributes: undefined,
    }));
    expect(all).toContain(stack.directory.units.jfj);
    expect(bytes(withoutSearchAttributes)).not.toContain(stack.directory.units.jfj);
  });

  it('ends a workflow started outside the API at once, and the real publish of that item then starts its own', async () => {
    const item = await draft();
    const workflowId = `supervision-item-${item.id}`;
    const forged = await temporalCli(stack, [
      ...['workflow', 'start', '--type', 'supervisionItemWorkflow', '--task-queue', 'duban-items'],
      ...['--workflow-id', workflowId, '--input', JSON.stringify({ state: { itemId: item.id, status: 'assigned' } })],
    ]);
    expect(forged.code).toBe(0);
    const failed = await until(
      'the forged run to fail',
      async () => {
        const { status } = await raw.workflow.getHandle(workflowId).describe();
        return status.name === 'FAILED' ? status : undefined;
      },
      30,
    );
    expect(failed.name).toBe('FAILED');
    const failure = (await events(workflowId)).find(
      (e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
    )!;
    expect(failure.workflowExecutionFailedEventAttributes!.failure!.applicationFailureInfo!.type).toBe(
      'unauthenticated_input',
    );

    const publish = await office.post(`/api/items/${item.id}/publish`);
    expect(publish.status).toBe(200);
    expect(publish.body.status).toBe('assigned');
    expect((await leadHandler.post(`/api/items/${item.id}/acknowledge`)).body.status).toBe('in_progress');
  });

  it('terminates a forged run that still holds the workflow id when the real publish comes', async () => {
    const item = await draft();
    const workflowId = `supervision-item-${item.id}`;
    // A start delay keeps the forged run open without a workflow task: the publish joins it (USE_EXISTING).
    const forged = await temporalCli(stack, [
      ...['workflow', 'start', '--type', 'supervisionItemWorkflow', '--task-queue', 'duban-items'],
      ...['--workflow-id', workflowId, '--start-delay', '1h', '--input', '{}'],
    ]);
    expect(forged.code).toBe(0);
    const forgedRun = (await raw.workflow.getHandle(workflowId).describe()).runId;

    const publish = await office.post(`/api/items/${item.id}/publish`);
    expect(publish.status).toBe(200);
    expect(publish.body.status).toBe('assigned');
    expect((await raw.workflow.getHandle(workflowId, forgedRun).describe()).status.name).toBe('TERMINATED');
    const current = await stack.env.client.workflow.getHandle(workflowId).describe();
    expect(current.runId).not.toBe(forgedRun);
    expect(current.memo).toEqual({ startedBy: 'duban-api' });
  });

  describe('the codec endpoint for the Temporal Web UI', () => {
    const toJson = (p: temporal.api.common.v1.IPayload) => ({
      metadata: Object.fromEntries(
        Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
      ),
      data: Buffer.from(p.data ?? []).toString('base64'),
    });
    const fromJson = (p: { data: string }) => JSON.parse(Buffer.from(p.data, 'base64').toString('utf8'));
    let body: { payloads: ReturnType<typeof toJson>[] };
    let itemId: string;

    beforeAll(async () => {
      itemId = (await published()).id;
      const started = (await events(`supervision-item-${itemId}`))[0];
      const input = started.workflowExecutionStartedEventAttributes!.input!.payloads![0];
      const plaintext = { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{"forged":true}') };
      body = { payloads: [toJson(input), toJson(plaintext)] };
    });

    it('decodes for the office and admins; a payload that fails authentication shows as such', async () => {
      for (const client of [office, admin]) {
        const response = await client.post('/api/temporal-codec/decode', body);
        expect(response.status).toBe(200);
        const [input, forged] = response.body.payloads.map(fromJson);
        expect(input.state.itemId).toBe(itemId);
        expect(forged).toEqual({ $unauthenticated: 'not encrypted' });
      }
    });

    it('answers 401 without a token and 403 to a unit handler; encodes for nobody', async () => {
      expect((await anonymous.post('/api/temporal-codec/decode', body)).status).toBe(401);
      expect((await leadHandler.post('/api/temporal-codec/decode', body)).status).toBe(403);
      expect((await office.post('/api/temporal-codec/encode', body)).status).toBe(403);
      expect(
        (await office.post('/api/temporal-codec/decode', { payloads: [{ metadata: {}, data: '%%' }] })).status,
      ).toBe(400);
    });

    it('lets the Temporal UI origin, and no other, call it from a browser', async () => {
      const preflight = (origin: string) =>
        fetch(`${stack.baseUrl}/api/temporal-codec/decode`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization,content-type,x-namespace',
          },
        });
      const allowed = await preflight(UI_ORIGIN);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      const other = await preflight('http://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('serves the temporal CLI: workflow show decodes through it with an office token', async () => {
      const token = (await office.post('/api/auth/login', { username: 'office', password: DEMO_PASSWORD })).body
        .accessToken;
      const show = async (...codec: string[]) => {
        const shown = await temporalCli(stack, [
          ...['workflow', 'show', '--workflow-id', `supervision-item-${itemId}`, '--output', 'json'],
          ...['--codec-endpoint', `${stack.baseUrl}/api/temporal-codec`, ...codec],
        ]);
        if (shown.code !== 0) return { ...shown, input: undefined };
        const [started] = JSON.parse(shown.stdout).events;
        const [input] = started.workflowExecutionStartedEventAttributes.input.payloads;
        return { ...shown, input: JSON.parse(Buffer.from(input.data, 'base64').toString('utf8')) };
      };
      const decoded = await show('--codec-auth', `Bearer ${token}`);
      expect(decoded.code).toBe(0);
      expect(decoded.input.state.cooperatingUnitIds).toEqual([stack.directory.units.tcj]);
      // Without the token the endpoint answers 401, and the CLI shows nothing.
      const denied = await show();
      expect(denied.code).not.toBe(0);
      expect(denied.stdout + denied.stderr).not.toContain(stack.directory.units.tcj);
    });
  });
});
