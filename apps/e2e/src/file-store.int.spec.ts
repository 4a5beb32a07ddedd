import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  contentPath,
  DirectoryFileStore,
  FileNotFoundError,
  FileStoreUnavailableError,
  FileTooLargeError,
  S3FileStore,
  type FileStore,
} from '@duban/file-store';
import { fileStoreFor } from '@duban/api';
import { loadConfig } from '@duban/config';
import { startSeaweedS3, type SeaweedS3 } from '@duban/testing';

/** A store under test, and ways to look behind it. */
interface Harness {
  store: FileStore;
  /** Every file or object the store holds. */
  stored(): Promise<string[]>;
  /** Temporary files an upload left behind. */
  leftovers(): Promise<string[]>;
  stop(): Promise<void>;
}

const MB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The bytes as a stream of 64 KiB chunks, as an upload arrives. */
const streamOf = (bytes: Buffer) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
    })(),
  );
const readAll = async (stream: Readable) => Buffer.concat(await stream.toArray());

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function directoryHarness(): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'duban-files-'));
  return {
    store: new DirectoryFileStore(root),
    stored: async () => (await files(root)).filter((f) => !f.startsWith(join(root, 'tmp'))),
    leftovers: () => files(join(root, 'tmp')),
    stop: () => rm(root, { recursive: true, force: true }),
  };
}

// One SeaweedFS server for the file (they take seconds to start), each user with a bucket of its own.
let seaweed: Promise<SeaweedS3> | undefined;
const sharedSeaweed = () => (seaweed ??= startSeaweedS3());
afterAll(async () => (await seaweed)?.stop());

async function aBucket(name: string): Promise<SeaweedS3> {
  const server = await sharedSeaweed();
  await server.client.send(new CreateBucketCommand({ Bucket: name }));
  return { ...server, bucket: name };
}

async function s3Harness(): Promise<Harness> {
  const server = await aBucket('duban-contract');
  const spoolDir = await mkdtemp(join(tmpdir(), 'duban-spool-'));
  const { client, bucket } = server;
  return {
    store: new S3FileStore({ ...server, forcePathStyle: true, spoolDir }),
    stored: async () =>
      ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!),
    leftovers: () => files(spoolDir),
    stop: () => rm(spoolDir, { recursive: true, force: true }),
  };
}

/** One contract, two stores: what the API relies on holds for the directory and for S3 alike. */
describe.each([
  ['a directory', directoryHarness],
  ['an S3 bucket (a real SeaweedFS server)', s3Harness],
])('the file store in %s', (_where, makeHarness) => {
  let harness: Harness;
  let store: FileStore;
  beforeAll(async () => {
    harness = await makeHarness();
    store = harness.store;
  });
  afterAll(() => harness?.stop());

  it('keeps bytes under their SHA-256 and gives them back byte for byte, streamed', async () => {
    const bytes = randomBytes(5 * MB + 123);
    const stored = await store.put(streamOf(bytes), { maxBytes: 20 * MB });
    expect(stored).toEqual({ sha256: sha256(bytes), size: bytes.length });
    expect((await readAll(await store.open(stored.sha256))).equals(bytes)).toBe(true);
    expect(await store.has(stored.sha256)).toBe(true);
    expect(await harness.stored()).toEqual([expect.stringContaining(stored.sha256)]);
  });

  it('stores the same bytes once, however often and however they are sent', async () => {
    const bytes = randomBytes(300 * 1024);
    const before = (await harness.stored()).length;
    const first = await store.put(streamOf(bytes));
    const second = await store.put(Readable.from([bytes]));
    expect(second).toEqual(first);
    expect(await harness.stored()).toHaveLength(before + 1);
  });

  it('takes the same bytes sent at once by many as one file, intact', async () => {
    const bytes = randomBytes(2 * MB);
    const before = (await harness.stored()).length;
    const results = await Promise.all(Array.from({ length: 6 }, () => store.put(streamOf(bytes))));
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha256(bytes)]));
    expect(await harness.stored()).toHaveLength(before + 1);
    expect((await readAll(await store.open(sha256(bytes)))).equals(bytes)).toBe(true);
    expect(await harness.leftovers()).toEqual([]);
  });

  it('aborts at the size limit while streaming, leaving no file and no object', async () => {
    const before = await harness.stored();
    const bytes = randomBytes(3 * MB);
    await expect(store.put(streamOf(bytes), { maxBytes: MB })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await harness.stored()).toEqual(before);
    expect(await harness.leftovers()).toEqual([]);
    expect(await store.has(sha256(bytes))).toBe(false);
  });

  it('keeps nothing that the check by content refuses, nor what a broken upload sent', async () => {
    const before = await harness.stored();
    const refused = store.put(streamOf(randomBytes(100_000)), {
      admit: () => {
        throw new Error('not accepted');
      },
    });
    await expect(refused).rejects.toThrow('not accepted');
    const broken = new Readable({
      read() {
        this.push(randomBytes(64 * 1024));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(broken)).rejects.toThrow('connection reset');
    expect(await harness.stored()).toEqual(before);
    expect(await harness.leftovers()).toEqual([]);
  });

  it('says when it does not hold an address', async () => {
    const unknown = sha256(Buffer.from('never stored'));
    await expect(store.open(unknown)).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await store.has(unknown)).toBe(false);
    await expect(store.open('../../etc/passwd')).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('shows the check by content the bytes before they are kept', async () => {
    let seen = '';
    const stored = await store.put(Readable.from([Buffer.from('进度说明')]), {
      admit: (sample) => {
        seen = sample.head.toString();
      },
    });
    expect(seen).toBe('进度说明');
    expect(await text(await store.open(stored.sha256))).toBe('进度说明');
  });
});

describe('the S3 store when the service is not there for it', () => {
  it('tells a refused identity and an unreachable service apart from a missing file, quickly', async () => {
    const server = await sharedSeaweed();
    const wrongSecret = new S3FileStore({ ...server, secretAccessKey: 'not-the-secret', forcePathStyle: true });
    await expect(wrongSecret.put(Readable.from([Buffer.from('x')]))).rejects.toThrow(FileStoreUnavailableError);
    await expect(wrongSecret.open(sha256(Buffer.from('x')))).rejects.toThrow(/HTTP 403/);
    const started = Date.now();
    // Port 1: nothing listens there, the connection is refused at once.
    const gone = new S3FileStore({ ...server, endpoint: 'http://127.0.0.1:1', forcePathStyle: true });
    await expect(gone.open(sha256(Buffer.from('x')))).rejects.toThrow(FileStoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('the API with S3_* settings', () => {
  it('keeps its files in that bucket', async () => {
    const server = await aBucket('duban-configured');
    const store = fileStoreFor(
      loadConfig({
        DATABASE_URL: 'postgres://unused',
        S3_ENDPOINT: server.endpoint,
        S3_REGION: server.region,
        S3_BUCKET: server.bucket,
        S3_ACCESS_KEY_ID: server.accessKeyId,
        S3_SECRET_ACCESS_KEY: server.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
      }),
    );
    const bytes = Buffer.from('督办事项佐证材料');
    const stored = await store.put(Readable.from([bytes]));
    const keys = (await server.client.send(new ListObjectsV2Command({ Bucket: server.bucket }))).Contents ?? [];
    expect(keys.map((o) => o.Key)).toEqual([contentPath(stored.sha256)]);
    expect((await readAll(await store.open(stored.sha256))).equals(bytes)).toBe(true);
  });
});
