import { DEMO_PASSWORD } from '@duban/api';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonTool } from '@duban/testing';
import { anItemBody, ApiClient, isoDate, startStack, startWorkerProcess, until, type Stack } from './stack';

// Schemathesis over /api/docs-json, signed in as each role in turn, on the real stack: no request
// answers 5xx, and every request gets an answer. Real ids are fed in so requests get past the 404s.

/** Who fuzzes, in order: the roles that change most (office, admin) last, so the others see items in their states. */
const ROLES: [role: string, username: string][] = [
  ['handler', 'jfj-handler'],
  ['unit head', 'jfj-head'],
  ['leader', 'leader'],
  ['leadership', 'leadership'],
  ['office', 'office'],
  ['admin', 'admin'],
];
/** A request still unanswered after this long counts as a hang. */
const REQUEST_TIMEOUT_S = 20;
/** Schemathesis' time budget per role: it cycles through its phases until the budget is spent. */
const ROLE_SECONDS = Number(process.env.FUZZ_SECONDS_PER_ROLE ?? 15);
/** Per role: schemathesis is stopped after this long (a budget spent, the last requests hanging), and the role fails. */
const RUN_LIMIT_S = ROLE_SECONDS + REQUEST_TIMEOUT_S + 45;
/** Test cases per operation and cycle. */
const MAX_EXAMPLES = Number(process.env.FUZZ_MAX_EXAMPLES ?? 10);
/** Fixed, so a failure in CI runs the same way again; FUZZ_SEED tries another. */
const SEED = process.env.FUZZ_SEED ?? '20240401';

/** A request that broke the rule (a 5xx, no answer), an operation not tested, or schemathesis failing to run. */
interface Finding {
  role: string;
  operation: string;
  problem: string;
  repro?: string;
}

describe('the API under schemathesis, as every role', () => {
  let stack: Stack;
  let work: string;
  // The worker runs as a process of its own, as in production: a crash there is a finding, not the test's end.
  let worker: ChildProcess;
  let workerErrors = '';
  let workerDied: string | undefined;

  beforeAll(async () => {
    stack = await startStack({ inProcessWorker: false });
    worker = startWorkerProcess(stack.environment, ['ignore', 'pipe', 'pipe']);
    let polling = false;
    worker.stdout!.on('data', (chunk: Buffer) => (polling ||= chunk.toString().includes('polling')));
    worker.stderr!.on('data', (chunk) => (workerErrors = (workerErrors + chunk).slice(-4000)));
    worker.on('exit', (code, signal) => (workerDied = signal ? `killed by ${signal}` : `exit code ${code}`));
    await until('the worker process to poll its task queue', async () => polling || workerDied, 120);
    if (workerDied) throw new Error(`the worker died as it started (${workerDied}): ${workerErrors}`);
    work = mkdtempSync(join(tmpdir(), 'duban-fuzz-'));
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await stack?.stop();
    if (work && !process.env.FUZZ_KEEP) rmSync(work, { recursive: true, force: true });
  });

  it(
    'answers every generated request, and none with a 5xx',
    async () => {
      const started = Date.now();
      const ids = await realIds(stack);
      const tokens = new Map<string, string>();
      for (const [role, username] of ROLES) tokens.set(role, await token(stack.baseUrl, username));
      writeFileSync(join(work, 'schemathesis.toml'), config(ids));

      const findings: Finding[] = [];
      const notes: Finding[] = [];
      const summaries: string[] = [];
      for (const [role] of ROLES) {
        const events = join(work, `${role.replace(' ', '-')}.ndjson`);
        const run = await schemathesis(work, stack.baseUrl, tokens.get(role)!, events);
        const report = readEvents(events, role);
        summaries.push(
          `${role}: ${report.requests} requests, ${report.findings.length} findings, exit ${run.code ?? run.signal} in ${run.seconds} s`,
        );
        findings.push(...report.findings);
        notes.push(...report.notes);
        // Exit 1 is "failures found"; anything else is schemathesis itself failing.
        if (run.timedOut || (run.code !== 0 && run.code !== 1) || !report.completed) {
          findings.push({
            role,
            operation: '(the whole run)',
            problem: run.timedOut
              ? `schemathesis still running after ${RUN_LIMIT_S} s`
              : `schemathesis exited ${run.code ?? run.signal}${report.completed ? '' : ', its run not completed'}`,
            repro: run.output.slice(-3000),
          });
        }
      }
      // And the API still answers afterwards: nothing it was sent froze it.
      const health = await fetch(`${stack.baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) })
        .then(async (r) => `${r.status} ${await r.text()}`)
        .catch((error: Error) => `no answer within 10 s (${error.message})`);
      if (!health.startsWith('200')) {
        findings.push({ role: '(after all roles)', operation: 'GET /api/health', problem: health });
      }
      if (workerDied) {
        findings.push({
          role: '(during the run)',
          operation: 'the worker',
          problem: `died: ${workerDied}`,
          repro: workerErrors,
        });
      }
      console.log(
        `schemathesis (seed ${SEED}), ${Math.round((Date.now() - started) / 1000)} s:\n  ${summaries.join('\n  ')}`,
      );
      if (notes.length) console.log(`Python's own faults (not the API's; no request lost):\n${show(notes)}`);
      if (findings.length)
        console.log(`5xx answers, requests without an answer, operations not tested:\n${show(findings)}`);
      expect(distinct(findings).map(([what, { length }]) => `${what} (×${length})`)).toEqual([]);
    },
    15 * 60_000,
  );

  function schemathesis(cwd: string, baseUrl: string, bearer: string, events: string) {
    const args = [
      '--config-file',
      join(cwd, 'schemathesis.toml'),
      'run',
      `${baseUrl}/api/docs-json`,
      '--header',
      `Authorization: Bearer ${bearer}`,
      '--checks',
      'not_a_server_error',
      '--phases',
      'examples,coverage,fuzzing',
      '--max-time',
      String(ROLE_SECONDS),
      '--max-examples',
      String(MAX_EXAMPLES),
      '--request-timeout',
      String(REQUEST_TIMEOUT_S),
      // One thread: with two, CPython 3.11.7's ast (gh-106905) now and then aborts an operation's tests.
      '--workers',
      '1',
      '--seed',
      SEED,
      '--generation-database',
      'none',
      '--no-shrink',
      '--no-color',
      '--report',
      'ndjson',
      '--report-ndjson-path',
      events,
    ];
    const began = Date.now();
    return new Promise<{
      code: number | null;
      signal: string | null;
      output: string;
      seconds: number;
      timedOut: boolean;
    }>((done) => {
      let output = '';
      let timedOut = false;
      const child = spawn(pythonTool('schemathesis'), args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
      child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
      const limit = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), RUN_LIMIT_S * 1000);
      child.on('exit', (code, signal) => {
        clearTimeout(limit);
        done({ code, signal, output, seconds: Math.round((Date.now() - began) / 1000), timedOut });
      });
    });
  }
});

/** Findings grouped by role, operation and the first line of the problem. */
function distinct(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.role}: ${f.operation}: ${f.problem.split('\n')[0].slice(0, 200)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups];
}

/** Each kind of finding once, with how often it came and the first request that showed it. */
const show = (findings: Finding[]) =>
  distinct(findings)
    .map(
      ([what, [first, ...more]]) =>
        `── ${what}${more.length ? ` (×${more.length + 1})` : ''}${first.repro ? `\n${first.repro}` : ''}`,
    )
    .join('\n\n');

async function token(baseUrl: string, username: string): Promise<string> {
  const response = await new ApiClient(baseUrl).post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}

interface RealIds {
  items: string[];
  extensions: string[];
  milestones: string[];
  units: string[];
  users: string[];
  messages: string[];
}

/** Items in several states (and their extension, milestones, inbox messages), made through the API. */
async function realIds(stack: Stack): Promise<RealIds> {
  const { units, users } = stack.directory;
  const login = (username: string) => ApiClient.login(stack.baseUrl, username);
  const [office, handler, head] = await Promise.all(['office', 'jfj-handler', 'jfj-head'].map(login));
  const ok = async (what: string, response: Promise<{ status: number; body: any }>) => {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
    return body;
  };
  const item = (title: string) =>
    ok(`create ${title}`, office.post('/api/items', anItemBody(stack.directory, { title })));
  const command = (client: ApiClient, id: string, name: string, body: unknown = {}) =>
    ok(`${name} ${id}`, client.post(`/api/items/${id}/${name}`, body));

  const draft = await item('草稿事项');
  const assigned = await item('已交办事项');
  await command(office, assigned.id, 'publish');
  const inProgress = await item('办理中事项');
  await command(office, inProgress.id, 'publish');
  await command(handler, inProgress.id, 'acknowledge');
  const extended = await item('申请延期事项');
  await command(office, extended.id, 'publish');
  await command(handler, extended.id, 'acknowledge');
  const extension = await command(handler, extended.id, 'extensions', {
    requestedDeadline: isoDate(90),
    reason: '审批未完成',
  });
  const awaiting = await item('待签收办结事项');
  await command(office, awaiting.id, 'publish');
  await command(handler, awaiting.id, 'acknowledge');
  await command(handler, awaiting.id, 'completion', { summary: '全部开工' });
  const closed = await item('已办结事项');
  await command(office, closed.id, 'publish');
  await command(handler, closed.id, 'acknowledge');
  await command(handler, closed.id, 'completion', { summary: '全部开工' });
  await command(head, closed.id, 'signoff', { decision: 'approve' });
  await command(office, closed.id, 'review', { decision: 'approve' });
  const suspended = await item('暂缓事项');
  await command(office, suspended.id, 'publish');
  await command(office, suspended.id, 'suspend', { reason: '政策调整' });

  const all = [draft, assigned, inProgress, extended, awaiting, closed, suspended];
  const messages: string[] = [];
  for (const client of [handler, head, office]) {
    const inbox = await ok('inbox', client.get('/api/inbox'));
    messages.push(...inbox.messages.map((m: { id: string }) => m.id));
  }
  return {
    items: all.map((i) => i.id),
    extensions: [extension.pendingExtension.id],
    milestones: all.map((i) => i.milestones[0].id),
    units: Object.values(units),
    users: Object.values(users),
    messages,
  };
}

/**
 * The schemathesis config: dictionaries of the real ids, drawn for a parameter most of the time
 * (the rest stay generated, so unknown ids are tried too).
 */
function config(ids: RealIds): string {
  const list = (values: (string | number)[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const bind = (dictionary: string) => `{ dictionary = "${dictionary}", probability = 0.8 }`;
  const operation = (pathRegex: string, parameters: Record<string, string>) =>
    [
      '[[operations]]',
      `include-path-regex = ${JSON.stringify(pathRegex)}`,
      `parameters = { ${Object.entries(parameters)
        .map(([key, dictionary]) => `${JSON.stringify(key)} = ${bind(dictionary)}`)
        .join(', ')} }`,
    ].join('\n');
  return [
    `[dictionaries]`,
    `items = { values = ${list(ids.items)} }`,
    `extensions = { values = ${list(ids.extensions)} }`,
    `milestones = { values = ${list(ids.milestones)} }`,
    `units = { values = ${list(ids.units)} }`,
    `users = { values = ${list(ids.users)} }`,
    `messages = { values = ${list(ids.messages.length ? ids.messages : ids.items)} }`,
    `years = { values = ${list([2024, 2025, 2026, new Date().getFullYear()])} }`,
    '',
    // Body references anywhere: units, users, milestones.
    `[parameters]`,
    `"body.leadUnitId" = ${bind('units')}`,
    `"body.unitId" = ${bind('units')}`,
    `"body.cooperatingUnitIds[*]" = ${bind('units')}`,
    `"body.supervisingLeaderId" = ${bind('users')}`,
    `"body.parentId" = ${bind('units')}`,
    `"body.milestoneValues[*].milestoneId" = ${bind('milestones')}`,
    '',
    operation('^/api/items/\\{id\\}', { 'path.id': 'items', 'path.extensionId': 'extensions' }),
    operation('^/api/users/\\{id\\}', { 'path.id': 'users' }),
    operation('^/api/units/\\{id\\}', { 'path.id': 'units' }),
    operation('^/api/inbox/\\{id\\}', { 'path.id': 'messages' }),
    operation('^/api/calendar/\\{year\\}', { 'path.year': 'years' }),
    '',
  ].join('\n');
}

interface Interaction {
  request: { method: string; uri: string; headers: Record<string, string[]>; body?: { $base64: string } };
  response: { status_code: number; content?: { $base64: string }; elapsed: number } | null;
}

/**
 * Schemathesis' NDJSON events: every request it sent with the answer it got (none when it got
 * none: a timeout or a dropped connection), and the operations it could not test.
 */
function readEvents(
  path: string,
  role: string,
): { requests: number; completed: boolean; findings: Finding[]; notes: Finding[] } {
  const findings: Finding[] = [];
  const notes: Finding[] = [];
  let requests = 0;
  let completed = false;
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const event = JSON.parse(line);
    if (event.EngineFinished) completed = true;
    const recorder = event.ScenarioFinished?.recorder;
    for (const { request, response } of Object.values<Interaction>(recorder?.interactions ?? {})) {
      requests++;
      if (!response) {
        findings.push({ role, operation: recorder.label, problem: 'no answer', repro: curl(request) });
      } else if (response.status_code >= 500) {
        const body = response.content ? Buffer.from(response.content.$base64, 'base64').toString() : '';
        const problem = `${response.status_code} ${body.slice(0, 300)}`;
        findings.push({ role, operation: recorder.label, problem, repro: curl(request) });
      }
    }
    // An error beside the requests leaves an operation untested (an InvalidSchema: the OpenAPI document
    // is wrong), which fails the test too; only the interpreter's own faults are mere notes.
    const error = event.NonFatalError ?? event.FatalError;
    if (error) {
      const { type = 'error', message = JSON.stringify(error) } = error.value ?? error.exception ?? {};
      const finding = { role, operation: error.label ?? '(the run)', problem: `not tested: ${type}: ${message}` };
      (type === 'SystemError' ? notes : findings).push(finding);
    }
  }
  return { requests, completed, findings, notes };
}

/** A curl line that sends the request again, byte for byte; the caller's token goes in $TOKEN. */
function curl(request: Interaction['request']): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const headers = Object.entries(request.headers).flatMap(([name, values]) =>
    name.toLowerCase() === 'authorization'
      ? ['-H "Authorization: Bearer $TOKEN"']
      : values.map((value) => `-H ${quote(`${name}: ${value}`)}`),
  );
  const command = `curl -X ${request.method} ${headers.join(' ')}`;
  if (!request.body) return `    ${command} ${quote(request.uri)}`;
  const text = Buffer.from(request.body.$base64, 'base64').toString();
  return [
    `    body: ${JSON.stringify(text).slice(0, 500)}`,
    `    echo ${request.body.$base64} | base64 -d | ${command} --data-binary @- ${quote(request.uri)}`,
  ].join('\n');
}
