import { randomBytes, scryptSync } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { ARGON2ID_OPTIONS, hashPassword, needsRehash, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('hashes with argon2id at 19 MiB, 2 passes, 1 lane, and verifies', async () => {
    const stored = await hashPassword('长城-故宫-颐和园-2024');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword('长城-故宫-颐和园-2024', stored)).resolves.toBe(true);
    await expect(verifyPassword('长城-故宫-颐和园-2025', stored)).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verifies the scrypt hashes of the first version, and asks to hash them again', async () => {
    const salt = randomBytes(16);
    const stored = `scrypt$${salt.toString('base64')}$${scryptSync('Duban@2024', salt, 32).toString('base64')}`;
    await expect(verifyPassword('Duban@2024', stored)).resolves.toBe(true);
    await expect(verifyPassword('Duban@2025', stored)).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('asks to hash again what argon2 made with weaker parameters or another variant, not stronger ones', async () => {
    const weaker = await hash('x', { ...ARGON2ID_OPTIONS, memoryCost: 4096, timeCost: 3 });
    const argon2i = await hash('x', { ...ARGON2ID_OPTIONS, algorithm: 1 as never });
    const stronger = await hash('x', { ...ARGON2ID_OPTIONS, memoryCost: 47_104 });
    expect([weaker, argon2i, stronger].map(needsRehash)).toEqual([true, true, false]);
    expect(argon2i).toMatch(/^\$argon2i\$/);
  });

  it('refuses what it cannot read instead of throwing', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', '$argon2id$broken')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$')).resolves.toBe(false);
    expect(needsRehash('$argon2id$broken')).toBe(true);
  });
});
