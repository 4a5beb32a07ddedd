import { scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { hash, parseOptions, verify, type Algorithm } from '@node-rs/argon2';

/** OWASP's argon2id parameters (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. */
export const ARGON2ID_OPTIONS = {
  algorithm: 2 as Algorithm, // Argon2id: the package's const enum does not survive compilation
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** A PHC string: $argon2id$v=19$m=19456,t=2,p=1$salt$hash. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) return verify(stored, password).catch(() => false);
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  return false;
}

/** Hashes made before argon2id (scrypt), or with weaker parameters, are made again at the next login. */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith('$argon2id$')) return true;
  try {
    const { memoryCost, timeCost, parallelism } = parseOptions(stored);
    return (
      memoryCost < ARGON2ID_OPTIONS.memoryCost ||
      timeCost < ARGON2ID_OPTIONS.timeCost ||
      parallelism < ARGON2ID_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** The first format: scrypt$salt$hash at Node's defaults (N=16384, r=8, p=1), base64. */
async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, salt, hashed] = stored.split('$');
  if (!salt || !hashed) return false;
  const expected = Buffer.from(hashed, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}
