import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApiApp, DEMO_PASSWORD, ensureDemoDirectory, type DemoDirectory } from '@duban/api';
import { loadConfig, parsePayloadKeys, type AppConfig } from '@duban/config';
import { SEARCH_ATTRIBUTES } from '@duban/contracts';
import { payloadDataConverter } from '@duban/payload-codec';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';
import { pythonTool } from '@duban/testing';
import { startItemWorker, type RunningWorker } from '@duban/worker';

/** The whole system on real servers: a fresh Postgres database, the Temporal dev server, worker and API. */
export interface Stack {
  config: AppConfig;
  /** The settings as environment variables, for a worker started as a process of its own. */
  environment: Record<string, string>;
  db: DataSource;
  env: TestWorkflowEnvironment;
  worker: RunningWorker | null;
  app: INestApplication;
  baseUrl: string;
  directory: DemoDirectory;
  /** Takes the worker and the Temporal server away, as an outage would; the API and Postgres stay. */
  stopTemporal(): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** More settings (channels, console address). */
  settings?: Record<string, string>;
  /** false: the test runs the worker as a process of its own (to kill it). */
  inProcessWorker?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = await createTestDatabase('duban_e2e');
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  await db.runMigrations();
  const directory = await ensureDemoDirectory(db);
  // The stack's own payload key: its test client (env.client) encodes and decodes like the API.
  const keys = `e2e:${randomBytes(32).toString('base64')}`;
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: pythonTool('temporal') },
      searchAttributes: Object.values(SEARCH_ATTRIBUTES),
    },
    client: { dataConverter: payloadDataConverter(parsePayloadKeys(keys)) },
  });
  const environment = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: env.address,
    NODE_ENV: 'test',
    PAYLOAD_KEYS: keys,
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    ...options.settings,
  };
  const config = loadConfig(environment);
  const worker = options.inProcessWorker === false ? null : await startItemWorker(config);
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  let temporalRunning = true;
  const stopTemporal = async () => {
    if (!temporalRunning) return;
    temporalRunning = false;
    await worker?.stop();
    await env.teardown();
  };
  return {
    config,
    environment,
    db,
    env,
    worker,
    app,
    baseUrl,
    directory,
    stopTemporal,
    stop: async () => {
      await app.close();
      await stopTemporal();
      await db.destroy();
      await database.drop();
    },
  };
}

/** The worker as a process of its own, as production runs it: a test can kill it, and its crash is not the test's. */
export function startWorkerProcess(
  environment: Record<string, string>,
  stdio: StdioOptions = ['ignore', 'ignore', 'inherit'],
): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: resolve(__dirname, '../../..'),
    env: { ...process.env, ...environment, SWC_NODE_PROJECT: 'tsconfig.json' },
    stdio,
  });
}

/**
 * Asks again (every 200 ms, for up to `seconds`) until the probe answers; what the system does after
 * a command, it does eventually. On giving up it says what it waited for and, when `seen` is given,
 * what it saw last.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  seconds: number,
  seen?: () => Promise<unknown>,
): Promise<T> {
  for (const started = Date.now(); Date.now() - started < seconds * 1000;) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  const last = seen ? `; last seen: ${JSON.stringify(await seen().catch((e: Error) => e.message))}` : '';
  throw new Error(`gave up waiting for ${what} after ${seconds} s${last}`);
}

/** A port nobody listens on now: the OS picks it, and it is let go at once. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

const DAY = 24 * 3600_000;
/** The date `offsetDays` from today, as the API takes deadlines. */
export const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A create-item body: led by 经济发展局 with 投资促进局 cooperating, one milestone; override what the test is about. */
export function anItemBody(directory: DemoDirectory, overrides: Record<string, unknown> = {}) {
  return {
    title: '一季度固定资产投资实现“开门红”',
    content: '用好重大项目工作推进机制',
    category: '重大项目',
    source: '2024年第2次工委会议',
    leadUnitId: directory.units.jfj,
    cooperatingUnitIds: [directory.units.tcj],
    supervisingLeaderId: directory.users.leader,
    deadline: isoDate(60),
    reportingCadence: { kind: 'workdays', every: 10 },
    milestones: [{ title: '完成投资 30 亿元', deadline: isoDate(30), targetValue: 30, valueUnit: '亿元' }],
    ...overrides,
  };
}

/** A signed-in client of the HTTP API, as an outside caller sees it. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static async login(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const response = await new ApiClient(baseUrl).request('POST', '/api/auth/login', { username, password });
    if (response.status !== 200)
      throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return new ApiClient(baseUrl, response.body.accessToken);
  }

  /**
   * One request, as a careful client sends it: a write carries an Idempotency-Key (unless the test
   * gives its own), and a 503 saying the item's workflow did not answer in time (a busy machine) is
   * sent again under the same key, as that answer asks, to learn the outcome.
   */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const write = method !== 'GET' && method !== 'HEAD';
    const hasKey = Object.keys(headers).some((h) => h.toLowerCase() === 'idempotency-key');
    const sent =
      write && !hasKey && path.startsWith('/api/items/') ? { ...headers, 'idempotency-key': randomUUID() } : headers;
    for (let attempt = 1; ; attempt++) {
      const response = await this.once(method, path, body, sent);
      const slow = response.status === 503 && /did not answer in time/.test(JSON.stringify(response.body));
      if (!slow || attempt === 4 || sent === headers) return response;
    }
  }

  private async once(method: string, path: string, body: unknown, headers: Record<string, string>) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}, headers?: Record<string, string>) =>
    this.request('POST', path, body, headers);
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
}
