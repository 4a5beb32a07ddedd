import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileTooLargeError, type ContentSample } from './file-store';

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 128 * 1024;

/**
 * Passes bytes through unchanged while hashing, counting and sampling them; fails the stream the
 * moment more than maxBytes went by, so an oversized upload is never read to its end.
 */
export class ContentMeter extends Transform {
  private readonly hash = createHash('sha256');
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;
  private size = 0;

  constructor(private readonly maxBytes = Infinity) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    this.size += bytes.length;
    if (this.size > this.maxBytes) return callback(new FileTooLargeError(this.maxBytes));
    this.hash.update(bytes);
    if (this.headLength < HEAD_BYTES) {
      const part = bytes.subarray(0, HEAD_BYTES - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    this.tail.push(bytes);
    this.tailLength += bytes.length;
    while (this.tailLength - this.tail[0].length >= TAIL_BYTES) this.tailLength -= this.tail.shift()!.length;
    callback(null, bytes);
  }

  /** What went by; call once, after the stream finished. */
  sample(): ContentSample {
    return {
      sha256: this.hash.digest('hex'),
      size: this.size,
      head: Buffer.concat(this.head),
      tail: Buffer.concat(this.tail).subarray(-TAIL_BYTES),
    };
  }
}

/**
 * Streams the source into a new file at `path` (flushed to disk before it closes) and answers what
 * went by. On any failure, the size limit included, the partial file is removed.
 */
export async function spool(source: Readable, path: string, maxBytes?: number): Promise<ContentSample> {
  const meter = new ContentMeter(maxBytes);
  try {
    await pipeline(source, meter, createWriteStream(path, { flags: 'wx', flush: true }));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return meter.sample();
}
