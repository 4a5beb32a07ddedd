import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * What is wrong with a new password, or null: at least 12 characters (NIST SP 800-63B asks 8, 等保
 * 2.0 asks complexity; length does more against guessing than character classes), at most 128 (the
 * hash's work stays bounded), not containing the username, not a common password.
 */
export function passwordProblem(password: string, username: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  // Two-letter usernames would rule out too much; from three letters on, the name is the first guess.
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'must not contain the username';
  if (isCommonPassword(lower)) return 'is too common: it is on the list of passwords tried first';
  return null;
}

function isCommonPassword(lower: string): boolean {
  if (/^(.)\1*$/u.test(lower)) return true;
  // "Woaini1314520!" is "woaini" with digits and symbols around it.
  const edges = /^[\d\W_]+|[\d\W_]+$/g;
  return [lower, lower.replace(edges, '')].some((candidate) => COMMON_PASSWORDS.has(candidate));
}
