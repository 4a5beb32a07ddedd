import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const weed = resolve(__dirname, '../../../.tools/venv/bin/weed');

/** A real S3-compatible server (SeaweedFS) of the test's own: its ports, folder, identity and bucket. */
export interface SeaweedS3 {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** A client signed in as the test's identity, to look into the bucket. */
  client: S3Client;
  stop(): Promise<void>;
}

/**
 * Starts `weed server -s3` (pinned from PyPI by scripts/bootstrap-temporal.sh) on free ports with a
 * temporary folder and an S3 identity, creates the bucket, and waits until an object can be written.
 */
export async function startSeaweedS3(bucket = 'duban-files', waitSeconds = 90): Promise<SeaweedS3> {
  if (!existsSync(weed)) throw new Error(`${weed} is missing: run scripts/bootstrap-temporal.sh (npm test does it)`);
  const dir = await mkdtemp(join(tmpdir(), 'duban-seaweedfs-'));
  const [master, masterGrpc, volume, volumeGrpc, filer, filerGrpc, s3, s3Grpc] = await freePorts(8);
  const identity = { accessKeyId: 'duban-test', secretAccessKey: 'duban-test-secret-key' };
  await writeFile(
    join(dir, 's3.json'),
    JSON.stringify({
      identities: [
        {
          name: 'duban',
          credentials: [{ accessKey: identity.accessKeyId, secretKey: identity.secretAccessKey }],
          actions: ['Admin', 'Read', 'Write', 'List', 'Tagging'],
        },
      ],
    }),
  );
  await mkdir(join(dir, 'data'));
  const logPath = join(dir, 'weed.log');
  const log = openSync(logPath, 'a');
  const server = spawn(
    weed,
    [
      'server',
      '-ip=127.0.0.1',
      '-ip.bind=127.0.0.1',
      `-dir=${join(dir, 'data')}`,
      `-master.port=${master}`,
      `-master.port.grpc=${masterGrpc}`,
      '-master.volumeSizeLimitMB=32',
      `-volume.port=${volume}`,
      `-volume.port.grpc=${volumeGrpc}`,
      '-volume.max=32',
      '-filer',
      `-filer.port=${filer}`,
      `-filer.port.grpc=${filerGrpc}`,
      `-filer.localSocket=${join(dir, 'filer.sock')}`,
      '-s3',
      `-s3.port=${s3}`,
      `-s3.port.grpc=${s3Grpc}`,
      `-s3.localSocket=${join(dir, 's3.sock')}`,
      '-s3.port.iceberg=0',
      '-s3.port.lance=0',
      `-s3.config=${join(dir, 's3.json')}`,
    ],
    { stdio: ['ignore', log, log], env: { ...process.env, TMPDIR: dir } },
  );
  closeSync(log);
  let exited: string | null = null;
  const exit = new Promise<void>((done) =>
    server.once('exit', (code, signal) => {
      exited = `exited (${signal ?? code})`;
      done();
    }),
  );
  const endpoint = `http://127.0.0.1:${s3}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: identity,
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const stop = async () => {
    client.destroy();
    // weed's graceful stop waits on its own gRPC streams for long; the folder is thrown away anyway.
    if (!exited) {
      server.kill('SIGKILL');
      await exit;
    }
    await rm(dir, { recursive: true, force: true });
    // Its gRPC sockets go to /tmp whatever TMPDIR says.
    await Promise.all(
      [`master-grpc-${masterGrpc}`, `volume-grpc-${volumeGrpc}`, `s3-grpc-${s3Grpc}`, `filer-grpc-${filerGrpc}`].map(
        (name) => rm(`/tmp/seaweedfs-${name}.sock`, { force: true }),
      ),
    );
  };

  // Ready when the bucket takes an object: the volume server has to join the master first.
  let lastError = '';
  for (const started = Date.now(); Date.now() - started < waitSeconds * 1000;) {
    if (exited) break;
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: Error) => {
        if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
      });
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'ready-probe', Body: 'ready' }));
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'ready-probe' }));
      return { endpoint, region: 'us-east-1', bucket, ...identity, client, stop };
    } catch (error) {
      lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  const tail = readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
  await stop();
  throw new Error(
    `gave up waiting for SeaweedFS to take an object at ${endpoint} after ${waitSeconds} s` +
      ` (${exited ?? 'still running'}); last answer: ${lastError}\nits log ends:\n${tail}`,
  );
}

/** Ports nobody listens on now, distinct: all held open at once, then let go. */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
    }
    return servers.map((s) => (s.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  }
}
