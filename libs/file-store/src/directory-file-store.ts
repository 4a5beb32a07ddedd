import { randomUUID } from 'node:crypto';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { spool } from './content-meter';
import { contentPath, FileNotFoundError, type FileStore, type PutOptions, type StoredFile } from './file-store';

/**
 * Files under a directory by their SHA-256 (root/ab/cd/<sha256>). A put writes a temporary file
 * in root/tmp and renames it into place, so a killed process never leaves half a file under a
 * final name; leftovers in root/tmp are only ever partial uploads.
 */
export class DirectoryFileStore implements FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(source: Readable, { maxBytes, admit }: PutOptions = {}): Promise<StoredFile> {
    // The same file system as the final names: the rename below is atomic.
    const temp = join(this.root, 'tmp', `${randomUUID()}.part`);
    await mkdir(dirname(temp), { recursive: true });
    try {
      const sample = await spool(source, temp, maxBytes);
      await admit?.(sample);
      const target = this.pathOf(sample.sha256);
      if (!(await exists(target))) {
        await mkdir(dirname(target), { recursive: true });
        // Two puts of the same bytes may both get here: either rename leaves the same bytes.
        await rename(temp, target);
      }
      return { sha256: sample.sha256, size: sample.size };
    } finally {
      await rm(temp, { force: true });
    }
  }

  async open(sha256: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(sha256), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(sha256);
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return await exists(this.pathOf(sha256));
    } catch {
      return false; // not an address at all
    }
  }

  private pathOf(sha256: string): string {
    return join(this.root, contentPath(sha256));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
