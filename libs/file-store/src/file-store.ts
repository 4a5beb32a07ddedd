import type { Readable } from 'node:stream';

/** Bytes stored once under their SHA-256 (hex, lower case): the same bytes put twice are one file. */
export interface StoredFile {
  sha256: string;
  size: number;
}

/** What a put saw of the bytes, for a check by content before they are kept. */
export interface ContentSample extends StoredFile {
  /** The first bytes (up to 64 KiB). */
  head: Buffer;
  /** The last bytes (up to 128 KiB): where a ZIP keeps its table of contents. */
  tail: Buffer;
}

export interface PutOptions {
  /** More bytes than this abort the put while streaming; nothing is kept. */
  maxBytes?: number;
  /**
   * Called once every byte has been read and hashed, before the file becomes visible: throwing
   * refuses it and nothing is kept. Returns what the caller wants back (e.g. the type found).
   */
  admit?: (sample: ContentSample) => void | Promise<void>;
}

/** A content-addressed store: in a directory, or in any S3-compatible bucket. */
export interface FileStore {
  /** Streams the bytes in, hashing and counting as they pass; answers their address. */
  put(source: Readable, options?: PutOptions): Promise<StoredFile>;
  /** Streams the bytes out; FileNotFoundError when the store does not hold them. */
  open(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
}

export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the file is larger than the limit of ${formatBytes(limit)}`);
    this.name = 'FileTooLargeError';
  }
}

export class FileNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`the store holds no file ${sha256}`);
    this.name = 'FileNotFoundError';
  }
}

/** The store itself could not be reached or refused to work (not the caller's fault): try again later. */
export class FileStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileStoreUnavailableError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

/** A store address is exactly 64 lower-case hex digits: nothing else reaches a path or a key. */
export function requireSha256(sha256: string): string {
  if (!SHA256.test(sha256)) throw new FileNotFoundError(sha256);
  return sha256;
}

/** Where a file lives inside a store: ab/cd/abcd…, so no folder holds too many files. */
export function contentPath(sha256: string): string {
  requireSha256(sha256);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** 20 MB, 512 KB, 900 B: limits told as people read them (binary multiples, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
