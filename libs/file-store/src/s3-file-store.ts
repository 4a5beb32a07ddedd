import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { spool } from './content-meter';
import {
  contentPath,
  FileNotFoundError,
  FileStoreUnavailableError,
  type FileStore,
  type PutOptions,
  type StoredFile,
} from './file-store';

export interface S3FileStoreOptions {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn, https://oss-cn-beijing.aliyuncs.com, http://minio:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** bucket in the path (http://host/bucket/key), as MinIO and SeaweedFS expect, instead of in the host name. */
  forcePathStyle: boolean;
  /** Where an upload waits, hashed and checked, before it goes to the bucket (default: the OS's temp folder). */
  spoolDir?: string;
}

/**
 * Files in an S3-compatible bucket under their SHA-256 (key ab/cd/<sha256>). An upload is spooled to
 * a local temporary file first: its address is known, its size limit and type checked, before a
 * single byte reaches the bucket, so a refused or broken upload leaves no object behind.
 */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly options: S3FileStoreOptions) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // S3-compatible services differ in the newer checksum trailers; we send our own SHA-256 instead.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
    });
  }

  async put(source: Readable, { maxBytes, admit }: PutOptions = {}): Promise<StoredFile> {
    const temp = join(this.options.spoolDir ?? tmpdir(), `duban-upload-${randomUUID()}.part`);
    try {
      const sample = await spool(source, temp, maxBytes);
      await admit?.(sample);
      if (!(await this.has(sample.sha256))) {
        await this.call('store', () =>
          this.client.send(
            new PutObjectCommand({
              Bucket: this.options.bucket,
              Key: contentPath(sample.sha256),
              Body: createReadStream(temp),
              ContentLength: sample.size,
              ContentType: 'application/octet-stream',
              // The service checks the bytes it received against the hash we computed.
              ChecksumSHA256: Buffer.from(sample.sha256, 'hex').toString('base64'),
            }),
          ),
        );
      }
      return { sha256: sample.sha256, size: sample.size };
    } finally {
      await rm(temp, { force: true });
    }
  }

  async open(sha256: string): Promise<Readable> {
    const response = await this.call('read', () =>
      this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: contentPath(sha256) })),
    ).catch((error: unknown) => {
      throw isNotFound(error) ? new FileNotFoundError(sha256) : error;
    });
    return response.Body as Readable;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.call('look up', () =>
        this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: contentPath(sha256) })),
      );
      return true;
    } catch (error) {
      if (isNotFound(error) || error instanceof FileNotFoundError) return false;
      throw error;
    }
  }

  /** A failure of the service (unreachable, refused credentials, no bucket) is told as such; a missing key is not one. */
  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (isNotFound(error) || error instanceof FileNotFoundError) throw error;
      // An answer without a body (HEAD) has no error code: its status says what happened.
      const status = error instanceof S3ServiceException ? `HTTP ${error.$metadata.httpStatusCode} ` : '';
      const reason = error instanceof Error ? `${status}${error.name}: ${error.message}` : String(error);
      throw new FileStoreUnavailableError(
        `the S3 store (${this.options.endpoint}, bucket ${this.options.bucket}) could not ${what} a file: ${reason}`,
        { cause: error },
      );
    }
  }
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  // HEAD answers have no body, so no error code: only the status says "not found".
  return error.name === 'NoSuchKey' || (error.name === 'NotFound' && error.$metadata.httpStatusCode === 404);
}
