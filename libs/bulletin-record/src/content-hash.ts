import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted: the same content always gives the same text, whatever jsonb did to the order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 (hex) of a snapshot's canonical JSON. */
export const contentSha256 = (snapshot: unknown): string =>
  createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
