import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Outside production the signing secret belongs to the installation: `npm start` writes 48 random
 * bytes once (readable by its owner only) and the API reads them whenever JWT_SECRET is unset.
 */
export function ensureJwtSecretFile(path: string): string {
  const file = resolve(path);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      // wx: never overwrite a secret another process has just written.
      writeFileSync(file, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  return file;
}

/** The secret in the file, or undefined when there is no file. */
export function readJwtSecretFile(path: string): string | undefined {
  const file = resolve(path);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}
