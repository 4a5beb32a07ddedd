import type { DataSource, QueryRunner } from 'typeorm';
import {
  AUDIT_ENTRY_TEXT_COLUMNS,
  auditEntryHash,
  GENESIS_HASH,
  utcText,
  type AuditEntryText,
} from './canonical-entry';

export type AuditProblemKind =
  /** entries are missing from the sequence: removed */
  | 'missing'
  /** an entry does not follow its predecessor: one before it removed, replaced or reordered */
  | 'relinked'
  /** an entry sits between two that followed each other */
  | 'inserted'
  /** an entry's content does not match its hash */
  | 'altered'
  /** an anchor no longer matches the chain: history rewritten or cut */
  | 'anchor'
  /** a timeline row differs from what its audit entry sealed */
  | 'timeline_altered'
  /** a sealed timeline row is gone */
  | 'timeline_deleted'
  /** a timeline row no audit entry seals: written around the trail */
  | 'timeline_unsealed';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The audit entry concerned (for an anchor: the entry it recorded). */
  seq: number | null;
  timelineEventId?: string;
  message: string;
  expected?: string;
  found?: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries walked. */
  entries: number;
  head: { seq: number; hash: string } | null;
  anchors: number;
  timelineEvents: number;
  /** The first problems, chain first (by sequence number), then anchors, then the timeline. */
  problems: AuditProblem[];
  /** How many more problems were found than are listed. */
  problemsLeftOff: number;
  durationMs: number;
}

export interface VerifyOptions {
  batchSize?: number;
  maxProblems?: number;
}

interface Anchor {
  id: string;
  at: string;
  seq: string;
  hash: string;
}

/** Rows in key order, a batch at a time; the next batch is read while the caller works on this one. */
async function* batches<T>(read: (after: string) => Promise<T[]>, key: (row: T) => string, size: number) {
  let next = read('0');
  for (;;) {
    const rows = await next;
    const more = rows.length === size;
    if (more) next = read(key(rows[rows.length - 1]));
    yield rows;
    if (!more) return;
  }
}

const CHAIN_KINDS: AuditProblemKind[] = ['missing', 'relinked', 'inserted', 'altered'];
const short = (hash: string) => hash.slice(0, 12);

/**
 * Walks the audit chain in batches and checks every link and hash, every anchor, and every
 * timeline row against the entry that sealed it. Reads one snapshot (REPEATABLE READ), so
 * appends going on meanwhile do not confuse it.
 */
export async function verifyAuditTrail(db: DataSource, options: VerifyOptions = {}): Promise<AuditVerification> {
  const started = Date.now();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const found = new ProblemList(options.maxProblems ?? 50);
    const anchors: Anchor[] = await runner.query(
      `SELECT id::text AS id, ${utcText('at')} AS at, seq::text AS seq, hash FROM audit_anchors ORDER BY id`,
    );
    const head = await walkChain(runner, anchors, found, options.batchSize ?? 10_000);
    const timelineEvents = await checkTimeline(runner, found, options.batchSize ?? 10_000, options.maxProblems ?? 50);
    await runner.commitTransaction();
    return {
      ok: found.count === 0,
      entries: head.walked,
      head: head.seq ? { seq: head.seq, hash: head.hash } : null,
      anchors: anchors.length,
      timelineEvents,
      problems: found.list(),
      problemsLeftOff: Math.max(0, found.count - found.list().length),
      durationMs: Date.now() - started,
    };
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

class ProblemList {
  count = 0;
  private readonly chain: AuditProblem[] = [];
  private readonly rest: AuditProblem[] = [];
  constructor(private readonly max: number) {}

  /** Counted, not listed: more of a kind already shown. */
  more(count: number): void {
    this.count += count;
  }

  add(problem: AuditProblem): void {
    this.count++;
    const list = CHAIN_KINDS.includes(problem.kind) ? this.chain : this.rest;
    if (list.length < this.max) list.push(problem);
  }

  list(): AuditProblem[] {
    return [...this.chain, ...this.rest].slice(0, this.max);
  }
}

async function walkChain(runner: QueryRunner, anchors: Anchor[], found: ProblemList, batchSize: number) {
  const anchorsAt = new Map<number, Anchor[]>();
  for (const anchor of anchors)
    anchorsAt.set(Number(anchor.seq), [...(anchorsAt.get(Number(anchor.seq)) ?? []), anchor]);
  const checkAnchors = (seq: number, hash: string) => {
    for (const anchor of anchorsAt.get(seq) ?? []) {
      if (anchor.hash !== hash)
        found.add({
          kind: 'anchor',
          seq,
          message: `anchor ${anchor.id} of ${anchor.at} recorded entry ${seq} with hash ${short(anchor.hash)}…, the chain has ${short(hash)}… there: history up to entry ${seq} was rewritten`,
          expected: anchor.hash,
          found: hash,
        });
    }
    anchorsAt.delete(seq);
  };
  checkAnchors(0, GENESIS_HASH);

  let prev = { seq: 0, hash: GENESIS_HASH };
  let walked = 0;
  const read = (after: string): Promise<AuditEntryText[]> =>
    runner.query(`SELECT ${AUDIT_ENTRY_TEXT_COLUMNS} FROM audit_entries e WHERE e.seq > $1 ORDER BY e.seq LIMIT $2`, [
      after,
      batchSize,
    ]);
  for await (const rows of batches(read, (row) => row.seq, batchSize)) {
    for (const row of rows) {
      const seq = Number(row.seq);
      const recomputed = auditEntryHash(row);
      if (seq !== prev.seq + 1) {
        const gap = seq === prev.seq + 2 ? `entry ${prev.seq + 1} is` : `entries ${prev.seq + 1} to ${seq - 1} are`;
        found.add({
          kind: 'missing',
          seq: prev.seq + 1,
          message: `${gap} missing: removed (entry ${seq} follows entry ${prev.seq})`,
          expected: String(prev.seq + 1),
          found: String(seq),
        });
      } else if (row.prev_hash !== prev.hash) {
        found.add(await relinked(runner, row, prev));
      }
      if (recomputed !== row.hash) {
        found.add({
          kind: 'altered',
          seq,
          message: `entry ${seq} does not match its hash: its content was altered`,
          expected: row.hash,
          found: recomputed,
        });
      }
      checkAnchors(seq, row.hash);
      prev = { seq, hash: row.hash };
      walked++;
    }
  }
  for (const [seq, list] of anchorsAt) {
    for (const anchor of list) {
      found.add({
        kind: 'anchor',
        seq,
        message: `anchor ${anchor.id} of ${anchor.at} recorded entry ${seq}, which is no longer in the chain (it ends at ${prev.seq}): entries were removed`,
        expected: anchor.hash,
      });
    }
  }
  return { ...prev, walked };
}

/** An entry that does not follow its predecessor, and where it came from if its own predecessor is still there. */
async function relinked(
  runner: QueryRunner,
  row: AuditEntryText,
  prev: { seq: number; hash: string },
): Promise<AuditProblem> {
  const seq = Number(row.seq);
  const [origin] = await runner.query(`SELECT seq::int AS seq FROM audit_entries WHERE hash = $1 LIMIT 1`, [
    row.prev_hash,
  ]);
  const link = { expected: prev.hash, found: row.prev_hash };
  if (origin?.seq === seq - 2) {
    return {
      kind: 'inserted',
      seq: prev.seq,
      message: `entry ${prev.seq} was inserted: entry ${seq} followed entry ${origin.seq}`,
      ...link,
    };
  }
  return {
    kind: 'relinked',
    seq,
    message: `entry ${seq} does not follow entry ${prev.seq}: it names the previous hash ${short(row.prev_hash)}…, entry ${prev.seq}'s is ${short(prev.hash)}… (an entry before it removed, replaced or reordered)${origin ? `; its content followed entry ${origin.seq}` : ''}`,
    ...link,
  };
}

const TIMELINE_FIELDS = [
  ['id', 'id'],
  ['item_id', 'itemId'],
  ['seq', 'seq'],
  ['type', 'type'],
  ['actor_id', 'actorId'],
  ['at', 'at'],
  ['from_status', 'fromStatus'],
  ['to_status', 'toStatus'],
  ['comment', 'comment'],
  ['data', 'data'],
  ['actor_unit_id', 'actorUnitId'],
  ['actor_role', 'actorRole'],
  ['rule', 'rule'],
  ['after', 'after'],
  ['on_behalf_of_id', 'onBehalfOfId'],
] as const;

type TimelineText = Record<(typeof TIMELINE_FIELDS)[number][0], string | null>;
type TimelineRow = TimelineText & { audit_seq: string | null } & Record<`sealed_${string}`, string | null>;

/** Each timeline row against the entry that sealed it, then the sealed rows that are gone. */
async function checkTimeline(
  runner: QueryRunner,
  found: ProblemList,
  batchSize: number,
  maxListed: number,
): Promise<number> {
  const sealed = TIMELINE_FIELDS.map(([column, key]) =>
    key === 'data' || key === 'after'
      ? `NULLIF((a.details->'timelineEvent'->'${key}')::text, 'null') AS sealed_${column}`
      : `a.details->'timelineEvent'->>'${key}' AS sealed_${column}`,
  ).join(', ');
  let checked = 0;
  const read = (after: string): Promise<TimelineRow[]> =>
    runner.query(
      `SELECT t.id::text AS id, t.item_id::text AS item_id, t.seq::text AS seq, t.type, t.actor_id::text AS actor_id,
              ${utcText('t.at')} AS at, t.from_status, t.to_status, t.comment, t.data::text AS data,
              t.actor_unit_id::text AS actor_unit_id, t.actor_role, t.rule, t.after::text AS after, t.on_behalf_of_id::text AS on_behalf_of_id,
              a.seq::text AS audit_seq, ${sealed}
         FROM timeline_events t LEFT JOIN audit_entries a ON a.timeline_event_id = t.id
        WHERE t.id > $1 ORDER BY t.id LIMIT $2`,
      [after, batchSize],
    );
  for await (const rows of batches(read, (row) => row.id!, batchSize)) {
    for (const row of rows) {
      const what = `timeline event ${row.id} (item ${row.item_id}, ${row.type})`;
      if (row.audit_seq === null) {
        found.add({
          kind: 'timeline_unsealed',
          seq: null,
          timelineEventId: row.id!,
          message: `${what} has no audit entry: it was written around the audit trail`,
        });
        continue;
      }
      const differing = TIMELINE_FIELDS.filter(([column]) => row[column] !== row[`sealed_${column}`]);
      if (differing.length) {
        const expected = Object.fromEntries(differing.map(([column]) => [column, row[`sealed_${column}`]]));
        const actual = Object.fromEntries(differing.map(([column]) => [column, row[column]]));
        found.add({
          kind: 'timeline_altered',
          seq: Number(row.audit_seq),
          timelineEventId: row.id!,
          message: `${what} differs from what audit entry ${row.audit_seq} sealed: ${differing
            .map(
              ([column]) =>
                `${column} is ${JSON.stringify(row[column])}, was ${JSON.stringify(row[`sealed_${column}`])}`,
            )
            .join('; ')}`,
          expected: JSON.stringify(expected),
          found: JSON.stringify(actual),
        });
      }
    }
    checked += rows.length;
  }
  const goneRows = `FROM audit_entries a WHERE a.timeline_event_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM timeline_events t WHERE t.id = a.timeline_event_id)`;
  const [{ count }] = await runner.query(`SELECT count(*)::int AS count ${goneRows}`);
  const gone: { seq: string; id: string; item_id: string; type: string }[] = await runner.query(
    `SELECT a.seq::text AS seq, a.timeline_event_id::text AS id, a.details->'timelineEvent'->>'itemId' AS item_id,
            a.details->'timelineEvent'->>'type' AS type ${goneRows} ORDER BY a.seq LIMIT $1`,
    [maxListed],
  );
  found.more(count - gone.length);
  for (const row of gone) {
    found.add({
      kind: 'timeline_deleted',
      seq: Number(row.seq),
      timelineEventId: row.id,
      message: `timeline event ${row.id} (item ${row.item_id}, ${row.type}) sealed by audit entry ${row.seq} is gone: deleted`,
    });
  }
  return checked;
}
