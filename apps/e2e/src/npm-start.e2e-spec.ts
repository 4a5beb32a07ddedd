import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiClient, freePort, until } from './stack';

// scripts/start.ts (what `npm start` runs once the dependencies are there) on ports and a data
// directory of its own: when one part dies, or on Ctrl-C, nothing it started is left running.
const root = resolve(__dirname, '../../..');
const PARTS = ['postgres', 'temporal', 'worker', 'api', 'console'] as const;

interface Started {
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

describe('npm start, as a process', () => {
  const data = mkdtempSync(join(tmpdir(), 'duban-start-'));
  chmodSync(data, 0o755); // Postgres runs as its own user when we are root
  let ports: Record<'pg' | 'temporal' | 'temporalUi' | 'api' | 'web', number>;
  let running: Started | undefined;
  let pids: Record<string, number> = {};

  beforeAll(async () => {
    const [pg, temporal, temporalUi, api, web] = await freePorts(5);
    ports = { pg, temporal, temporalUi, api, web };
  });

  afterAll(async () => {
    // Only when a test failed: leave nothing behind.
    if (running?.process.exitCode === null && running.process.signalCode === null) {
      running.process.kill('SIGKILL');
    }
    for (const pid of Object.values(pids)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(data, { recursive: true, force: true });
  });

  function start(): Started {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DUBAN_DATA_DIR: data,
      DUBAN_PG_PORT: String(ports.pg),
      DUBAN_TEMPORAL_PORT: String(ports.temporal),
      DUBAN_TEMPORAL_UI_PORT: String(ports.temporalUi),
      API_PORT: String(ports.api),
      WEB_PORT: String(ports.web),
      NODE_ENV: 'development',
      SWC_NODE_PROJECT: 'tsconfig.json',
    };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    running = { process: child, output: () => output, exited };
    return running;
  }

  /** Up: the API healthy, the console and the Temporal UI listening, every part's pid written down. */
  async function up(started: Started, seconds: number): Promise<void> {
    await until(
      'the API health, the console and the Temporal UI',
      async () => {
        if (started.process.exitCode !== null) throw new Error(`start.ts exited ${started.process.exitCode}`);
        const healthy = await fetch(`http://127.0.0.1:${ports.api}/api/health`)
          .then((r) => r.ok)
          .catch(() => false);
        return healthy && (await portOpen(ports.web)) && (await portOpen(ports.temporalUi));
      },
      seconds,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; start.ts said:\n${started.output().slice(-4000)}`);
    });
    const file = join(data, 'run/pids.json');
    pids = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(pids).sort()).toEqual(['start', ...PARTS].sort());
  }

  /** Nothing left: start.ts gone, no port of ours open, no pid of ours alive. */
  async function nothingLeft(): Promise<void> {
    const open = [];
    for (const [name, port] of Object.entries(ports)) if (await portOpen(port)) open.push(`${name} :${port}`);
    const living = Object.entries(pids).filter(([, pid]) => alive(pid));
    expect({ open, living }).toEqual({ open: [], living: [] });
  }

  it('stops everything, Temporal and Postgres included, when the worker is killed, and says so', async () => {
    const started = start();
    await up(started, 240); // the first start creates the database
    process.kill(pids.worker, 'SIGKILL');
    const exit = await within(started.exited, 60, () => `start.ts still running:\n${started.output().slice(-4000)}`);
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(started.output()).toMatch(/worker died \(killed by SIGKILL\)/);
    await nothingLeft();
  }, 330_000);

  it('stops everything on Ctrl-C and exits 0', async () => {
    const started = start();
    await up(started, 120);
    // Wait for the whole start (the banner) so the Ctrl-C meets a running system, not a starting one.
    await until('the banner', async () => started.output().includes('is running'), 60);
    // The demo's item that falls due seconds after the seed tells the office, linking to the item
    // in the console where it runs (its port moved by WEB_PORT).
    const office = await ApiClient.login(`http://127.0.0.1:${ports.api}`, 'office');
    const link = await until(
      "the office's first message",
      async () => (await office.get('/api/inbox')).body.messages?.[0]?.link as string | undefined,
      90,
      async () => (await office.get('/api/inbox')).body,
    );
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${ports.web}/\\?item=[0-9a-f-]{36}$`));
    started.process.kill('SIGINT');
    const exit = await within(started.exited, 60, () => `start.ts still running:\n${started.output().slice(-4000)}`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(started.output()).not.toMatch(/ died /);
    expect(existsSync(join(data, 'run/pids.json'))).toBe(false);
    await nothingLeft();
  }, 330_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => (socket.end(), done(true)));
    socket.on('error', () => done(false));
  });
}

/** Distinct free ports. */
async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function within<T>(promise: Promise<T>, seconds: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`after ${seconds} s: ${what()}`)), seconds * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
