import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity, type AuditResult } from '@duban/persistence';

/** What a writer says about an entry; the database adds its number, time and hashes. */
export interface AuditEntryInput {
  actorId?: string | null;
  actorUsername?: string | null;
  onBehalfOfId?: string | null;
  onBehalfOfUsername?: string | null;
  unitId?: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result: AuditResult;
  status?: number | null;
  message?: string | null;
  clientAddress?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one entry to the chain (in the caller's transaction when given an EntityManager). */
export async function appendAuditEntry(db: DataSource | EntityManager, entry: AuditEntryInput): Promise<void> {
  await db.getRepository(AuditEntryEntity).insert({
    actorId: entry.actorId ?? null,
    actorUsername: entry.actorUsername ?? null,
    onBehalfOfId: entry.onBehalfOfId ?? null,
    onBehalfOfUsername: entry.onBehalfOfUsername ?? null,
    unitId: entry.unitId ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result,
    status: entry.status ?? null,
    message: entry.message ?? null,
    clientAddress: entry.clientAddress ?? null,
    requestId: entry.requestId ?? null,
    details: redactSecrets(entry.details ?? {}) as Record<string, any>,
  });
}

const SECRET_KEY =
  /password|passwd|passphrase|^pass$|secret|token|authorization|cookie|credential|api[-_]?key|private[-_]?key/i;
const MAX_TEXT = 2000;

/** A copy without secrets (by key name) and with long texts cut: details never hold a password or token. */
export function redactSecrets(value: unknown, key = ''): unknown {
  if (SECRET_KEY.test(key) && value !== null && value !== undefined) return '[redacted]';
  if (typeof value === 'string')
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map((element) => redactSecrets(element));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecrets(v, k)]));
  }
  return value;
}
