import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { spool } from './content-meter';
import { contentPath, FileTooLargeError, formatBytes } from './file-store';

/** A source of `chunks` chunks of 16 KiB that counts how many were read. */
function countingSource(chunks: number) {
  const source = { pulled: 0, stream: null as unknown as Readable };
  source.stream = new Readable({
    read() {
      if (source.pulled === chunks) return this.push(null);
      source.pulled++;
      this.push(randomBytes(16 * 1024));
    },
  });
  return source;
}

describe('spool: the bytes streamed into a file, hashed, counted and sampled on the way', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'duban-meter-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("answers the bytes' SHA-256 and size, the same however they were chunked", async () => {
    const bytes = randomBytes(300 * 1024);
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 70_000), bytes.subarray(70_000)];
    const sample = await spool(Readable.from(chunks), join(dir, 'f'), 1024 * 1024);
    expect(sample.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sample.size).toBe(bytes.length);
    // Buffer.equals: Jest's deep equality walks 300 KB byte by byte for seconds.
    expect((await readFile(join(dir, 'f'))).equals(bytes)).toBe(true);
    expect(sample.head.equals(bytes.subarray(0, 64 * 1024))).toBe(true);
    expect(sample.tail.equals(bytes.subarray(-128 * 1024))).toBe(true);
  });

  it('stops reading as soon as the size limit is passed, and leaves no file', async () => {
    const source = countingSource(10_000); // 160 MB if read to the end
    const limit = 1024 * 1024;
    await expect(spool(source.stream, join(dir, 'f'), limit)).rejects.toThrow(FileTooLargeError);
    // The limit is 64 chunks; a few more may be in flight when it is passed, never the whole source.
    expect(source.pulled).toBeGreaterThan(64);
    expect(source.pulled).toBeLessThan(80);
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes exactly the limit', async () => {
    const sample = await spool(countingSource(64).stream, join(dir, 'f'), 1024 * 1024);
    expect(sample.size).toBe(1024 * 1024);
  });

  it('names the limit as people read it', () => {
    expect(new FileTooLargeError(20 * 1024 * 1024).message).toBe('the file is larger than the limit of 20 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});

describe('contentPath: the address of bytes in a store', () => {
  it('is the SHA-256 under two folder levels', () => {
    const sha256 = createHash('sha256').update('督办').digest('hex');
    expect(contentPath(sha256)).toBe(`${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`);
  });

  it('refuses anything but 64 lower-case hex digits, so no name reaches a path', () => {
    expect(() => contentPath('../../etc/passwd')).toThrow();
    expect(() => contentPath('A'.repeat(64))).toThrow();
  });
});
