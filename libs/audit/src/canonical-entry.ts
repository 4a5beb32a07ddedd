import { createHash } from 'node:crypto';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Times as the canonical form writes them: UTC with microseconds, whatever the session's zone. */
export const utcText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** An audit entry as PostgreSQL renders each column as text (null stays null). */
export interface AuditEntryText {
  seq: string;
  prev_hash: string;
  hash: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  on_behalf_of_id: string | null;
  on_behalf_of_username: string | null;
  unit_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  status: string | null;
  message: string | null;
  client_address: string | null;
  request_id: string | null;
  timeline_event_id: string | null;
  /** jsonb's own text form, which is deterministic: keys sorted, ", " and ": " separators. */
  details: string;
}

/** The SELECT list that yields AuditEntryText from audit_entries. */
export const AUDIT_ENTRY_TEXT_COLUMNS = `seq::text AS seq, prev_hash, hash, ${utcText('at')} AS at,
  actor_id::text AS actor_id, actor_username, on_behalf_of_id::text AS on_behalf_of_id, on_behalf_of_username,
  unit_id::text AS unit_id, action, object_type, object_id, result, status::text AS status, message,
  client_address, request_id, timeline_event_id::text AS timeline_event_id, details::text AS details`;

const str = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
const num = (value: string | null) => (value === null ? 'null' : value);

/**
 * The canonical form, version 1: the JSON array PostgreSQL's json_build_array() writes (", "
 * between elements) of [1, seq, prev_hash, at, actor_id, actor_username, on_behalf_of_id,
 * on_behalf_of_username, unit_id, action, object_type, object_id, result, status, message,
 * client_address, request_id, timeline_event_id, details]; numbers bare, text as JSON strings
 * (JSON.stringify escapes exactly as PostgreSQL does), details as jsonb text. The database's
 * audit_entry_hash() writes it; this rebuilds it to verify without trusting that function.
 */
export function canonicalAuditEntry(e: AuditEntryText): string {
  const elements = [
    '1',
    num(e.seq),
    str(e.prev_hash),
    str(e.at),
    str(e.actor_id),
    str(e.actor_username),
    str(e.on_behalf_of_id),
    str(e.on_behalf_of_username),
    str(e.unit_id),
    str(e.action),
    str(e.object_type),
    str(e.object_id),
    str(e.result),
    num(e.status),
    str(e.message),
    str(e.client_address),
    str(e.request_id),
    num(e.timeline_event_id),
    e.details,
  ];
  return `[${elements.join(', ')}]`;
}

/** hash = hex(SHA-256(UTF-8 of the canonical form)); the previous hash is inside the form. */
export function auditEntryHash(e: AuditEntryText): string {
  return createHash('sha256').update(canonicalAuditEntry(e), 'utf8').digest('hex');
}
