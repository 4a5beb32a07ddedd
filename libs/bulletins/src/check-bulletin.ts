import type { BulletinInput } from './bulletin-input';
import type { BulletinSnapshot } from './bulletin-snapshot';
import { computeBulletin } from './compute-bulletin';

export interface BulletinCheck {
  /** Whether the stored bulletin says what the record says for its cut-off. */
  matches: boolean;
  /** Where they differ, e.g. `units[1].figures.overdue: 2 (stored) ≠ 3 (record)`; at most 50. */
  differences: string[];
}

const MAX_DIFFERENCES = 50;

/**
 * Recomputes the bulletin from the record for the stored one's cut-off and compares them, field by
 * field (key order does not matter: a snapshot read back from jsonb has its keys reordered).
 */
export function checkBulletin(stored: BulletinSnapshot, input: BulletinInput): BulletinCheck {
  const recomputed = computeBulletin({ ...input, cutoff: stored.cutoff, previousCutoff: stored.previousCutoff });
  const differences: string[] = [];
  diff(JSON.parse(JSON.stringify(stored)), JSON.parse(JSON.stringify(recomputed)), '', differences);
  return { matches: differences.length === 0, differences: differences.slice(0, MAX_DIFFERENCES) };
}

function diff(stored: unknown, record: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (Array.isArray(stored) && Array.isArray(record)) {
    if (stored.length !== record.length)
      out.push(`${path}: ${stored.length} entries (stored) ≠ ${record.length} (record)`);
    for (let i = 0; i < Math.min(stored.length, record.length); i++) diff(stored[i], record[i], `${path}[${i}]`, out);
    return;
  }
  if (isObject(stored) && isObject(record)) {
    for (const key of new Set([...Object.keys(stored), ...Object.keys(record)]))
      diff(stored[key], record[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (stored !== record) out.push(`${path}: ${JSON.stringify(stored)} (stored) ≠ ${JSON.stringify(record)} (record)`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
