import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { DataSource, type EntityManager } from 'typeorm';
import { createTestDatabase, dataSourceOptions, testServerUrl } from '@duban/persistence';
import { AUDIT_ENTRY_TEXT_COLUMNS, auditEntryHash, type AuditEntryText } from './canonical-entry';
import { appendAuditEntry } from './audit-writer';
import { recordAuditAnchor } from './audit-anchor';
import { verifyAuditTrail, type AuditVerification } from './audit-verifier';

// The chain itself on a real Postgres, without the API or Temporal: what the writers, the triggers
// and the verifier do, and what an attacker with superuser rights changing rows in SQL leaves behind.

interface Trail {
  url: string;
  db: DataSource;
  unitId: string;
  users: { alice: string; bob: string };
  drop(): Promise<void>;
}

async function freshTrail(beforeMigrations?: (db: DataSource) => Promise<void>): Promise<Trail> {
  const database = await createTestDatabase('duban_audit');
  const db = new DataSource(dataSourceOptions(database.url));
  await db.initialize();
  await beforeMigrations?.(db);
  await db.runMigrations();
  const [unit] = await db.query(`INSERT INTO units (name) VALUES ('经济发展局') RETURNING id`);
  const user = async (username: string) =>
    (
      await db.query(
        `INSERT INTO users (username, display_name, password_hash, unit_id, roles) VALUES ($1, $1, 'x', $2, '{unit_head}') RETURNING id`,
        [username, unit.id],
      )
    )[0].id as string;
  const users = { alice: await user('alice'), bob: await user('bob') };
  return {
    url: database.url,
    db,
    unitId: unit.id,
    users,
    drop: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

/** A timeline event as the worker's projection writes it. */
async function timelineEvent(db: DataSource | EntityManager, actorId: string | null, type = 'signed_off', seq = 1) {
  const [row] = await db.query(
    `INSERT INTO timeline_events (item_id, seq, type, actor_id, at, from_status, to_status, comment, data)
     VALUES (gen_random_uuid(), $1, $2, $3, now(), 'awaiting_signoff', 'under_review', '同意', '{"decision":"approve"}')
     RETURNING id::text AS id`,
    [seq, type, actorId],
  );
  return row.id as string;
}

/** Ten entries: HTTP-like ones and sealed timeline events, alternating. */
async function seed(trail: Trail): Promise<string[]> {
  const timelineIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    await appendAuditEntry(trail.db, {
      actorId: trail.users.alice,
      actorUsername: 'alice',
      unitId: trail.unitId,
      action: 'item.signoff',
      objectType: 'item',
      objectId: `item-${i}`,
      result: 'ok',
      status: 200,
      clientAddress: '10.0.0.7',
      requestId: `req-${i}`,
      details: { body: { decision: 'approve', comment: `第${i}次` } },
    });
    timelineIds.push(await timelineEvent(trail.db, trail.users.alice, 'signed_off', i + 1));
  }
  return timelineIds;
}

/** What an attacker with superuser rights does: switch the triggers off for the session and write. */
async function asSuperuser(trail: Trail, sql: string, params: unknown[] = []): Promise<void> {
  await trail.db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    await em.query(sql, params);
  });
}

const first = (report: AuditVerification) => report.problems[0];

describe('the audit chain on a real Postgres', () => {
  let trail: Trail;
  beforeEach(async () => {
    trail = await freshTrail();
  });
  afterEach(async () => {
    await trail?.drop();
  });

  it('is whole after ordinary writes, with every timeline event sealed in its own entry', async () => {
    const timelineIds = await seed(trail);
    const report = await verifyAuditTrail(trail.db);
    expect(report).toMatchObject({ ok: true, entries: 10, timelineEvents: 5, problems: [] });
    const [sealed] = await trail.db.query(
      `SELECT actor_username, unit_id, action, object_type, result, details FROM audit_entries WHERE timeline_event_id = $1`,
      [timelineIds[0]],
    );
    expect(sealed).toMatchObject({
      actor_username: 'alice',
      unit_id: trail.unitId,
      action: 'timeline.signed_off',
      object_type: 'item',
      result: 'ok',
      details: { timelineEvent: { id: Number(timelineIds[0]), comment: '同意', data: { decision: 'approve' } } },
    });
  });

  it('hashes alike in the database and in the verifier, whatever the text and the session time zone', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\0/g, ''));
    const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v).replace(/\\u0000/g, '')));
    await trail.db.query(`SET TIME ZONE 'Asia/Shanghai'`);
    await fc.assert(
      fc.asyncProperty(text, text, fc.option(fc.integer({ min: 100, max: 599 })), json, async (a, b, status, value) => {
        await appendAuditEntry(trail.db, {
          action: a,
          actorUsername: b,
          message: `${b}"\\\n${a}`,
          result: 'refused',
          status,
          details: { value, [a]: b },
        });
      }),
      { numRuns: 60 },
    );
    await trail.db.query(`SET TIME ZONE 'America/Los_Angeles'`);
    const rows: (AuditEntryText & { sql_hash: string })[] = await trail.db.query(
      `SELECT ${AUDIT_ENTRY_TEXT_COLUMNS}, audit_entry_hash(e) AS sql_hash FROM audit_entries e ORDER BY seq`,
    );
    for (const row of rows) {
      expect(auditEntryHash(row)).toBe(row.hash);
      expect(row.sql_hash).toBe(row.hash);
    }
    expect((await verifyAuditTrail(trail.db)).ok).toBe(true);
  });

  it('stays one line under a burst of concurrent appends from many connections', async () => {
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        i % 3 === 0
          ? trail.db.transaction((em) => timelineEvent(em, trail.users.bob, 'progress_reported', i))
          : appendAuditEntry(trail.db, { action: 'item.progress', result: 'ok', requestId: `burst-${i}` }),
      ),
    );
    const seqs = (await trail.db.query(`SELECT seq::int AS seq FROM audit_entries ORDER BY seq`)).map(
      (r: { seq: number }) => r.seq,
    );
    expect(seqs).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(await verifyAuditTrail(trail.db, { batchSize: 7 })).toMatchObject({ ok: true, entries: 120 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the trail and the timeline, even to the owner', async () => {
    await seed(trail);
    for (const sql of [
      `UPDATE audit_entries SET message = 'x'`,
      `DELETE FROM audit_entries WHERE seq = 1`,
      `TRUNCATE audit_entries`,
      `UPDATE timeline_events SET comment = 'x'`,
      `DELETE FROM timeline_events`,
      `TRUNCATE timeline_events`,
      `UPDATE audit_anchors SET hash = 'x'`,
    ]) {
      await expect(trail.db.query(sql)).rejects.toThrow(/is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
    }
    expect((await verifyAuditTrail(trail.db)).ok).toBe(true);
  });

  describe('names the exact entry an attacker changed in SQL', () => {
    beforeEach(() => seed(trail));

    it('a byte of an entry altered', async () => {
      await asSuperuser(
        trail,
        `UPDATE audit_entries SET details = jsonb_set(details, '{body,comment}', '"第9次"') WHERE seq = 5`,
      );
      expect(first(await verifyAuditTrail(trail.db))).toMatchObject({
        kind: 'altered',
        seq: 5,
        message: 'entry 5 does not match its hash: its content was altered',
      });
    });

    it('a row deleted', async () => {
      await asSuperuser(trail, `DELETE FROM audit_entries WHERE seq = 5`);
      const report = await verifyAuditTrail(trail.db);
      expect(first(report)).toMatchObject({ kind: 'missing', seq: 5, expected: '5', found: '6' });
      expect(first(report).message).toBe('entry 5 is missing: removed (entry 6 follows entry 4)');
    });

    it("two rows' contents swapped", async () => {
      await asSuperuser(
        trail,
        `UPDATE audit_entries a SET (at, actor_username, action, object_id, request_id, timeline_event_id, details, prev_hash, hash) =
           (SELECT at, actor_username, action, object_id, request_id, timeline_event_id, details, prev_hash, hash
              FROM audit_entries b WHERE b.seq = CASE a.seq WHEN 3 THEN 7 ELSE 3 END)
         WHERE a.seq IN (3, 7)`,
      );
      const report = await verifyAuditTrail(trail.db);
      expect(first(report)).toMatchObject({ kind: 'relinked', seq: 3 });
      expect(first(report).message).toMatch(/^entry 3 does not follow entry 2: .*its content followed entry 6$/);
      expect(report.problems.map((p) => [p.kind, p.seq])).toEqual(
        expect.arrayContaining([
          ['altered', 3],
          ['relinked', 4],
          ['relinked', 7],
          ['altered', 7],
        ]),
      );
    });

    it('a forged row inserted in the middle, its own hash computed right', async () => {
      await asSuperuser(
        trail,
        `UPDATE audit_entries SET seq = seq + 1000 WHERE seq >= 6;
         UPDATE audit_entries SET seq = seq - 999 WHERE seq >= 1000`,
      );
      await asSuperuser(
        trail,
        `INSERT INTO audit_entries (seq, at, actor_username, action, result, prev_hash, hash)
         SELECT 6, now(), 'mallory', 'item.review', 'ok', hash, '' FROM audit_entries WHERE seq = 5;
         UPDATE audit_entries e SET hash = audit_entry_hash(e) WHERE seq = 6`,
      );
      const report = await verifyAuditTrail(trail.db);
      expect(first(report)).toMatchObject({
        kind: 'inserted',
        seq: 6,
        message: 'entry 6 was inserted: entry 7 followed entry 5',
      });
    });

    it('a forged row appended at the end', async () => {
      await asSuperuser(
        trail,
        `INSERT INTO audit_entries (seq, at, action, result, prev_hash, hash)
         SELECT 11, now(), 'user.update', 'ok', hash, repeat('a', 64) FROM audit_entries WHERE seq = 10`,
      );
      expect(first(await verifyAuditTrail(trail.db))).toMatchObject({ kind: 'altered', seq: 11 });
    });

    it('the trail truncated: the anchor and the unsealed timeline show it', async () => {
      await recordAuditAnchor(trail.db);
      await asSuperuser(trail, `TRUNCATE audit_entries`);
      const report = await verifyAuditTrail(trail.db);
      expect(report.entries).toBe(0);
      expect(first(report)).toMatchObject({ kind: 'anchor', seq: 10 });
      expect(first(report).message).toMatch(/recorded entry 10, which is no longer in the chain/);
      expect(report.problems.filter((p) => p.kind === 'timeline_unsealed')).toHaveLength(5);
    });

    it('history rewritten with every hash recomputed: the anchor no longer matches', async () => {
      const anchor = await recordAuditAnchor(trail.db);
      expect(anchor).toMatchObject({ seq: 10 });
      await appendAuditEntry(trail.db, { action: 'auth.login', result: 'ok' });
      await asSuperuser(
        trail,
        `UPDATE audit_entries SET actor_username = 'bob' WHERE seq = 3;
         DO $$ DECLARE e audit_entries; prev text;
         BEGIN
           SELECT hash INTO prev FROM audit_entries WHERE seq = 2;
           FOR e IN SELECT * FROM audit_entries WHERE seq >= 3 ORDER BY seq LOOP
             e.prev_hash := prev; e.hash := audit_entry_hash(e);
             UPDATE audit_entries SET prev_hash = e.prev_hash, hash = e.hash WHERE seq = e.seq;
             prev := e.hash;
           END LOOP;
         END $$`,
      );
      const report = await verifyAuditTrail(trail.db);
      expect(report.problems.map((p) => p.kind)).toEqual(['anchor']);
      expect(first(report)).toMatchObject({ kind: 'anchor', seq: 10, expected: anchor.hash });
      expect(first(report).message).toMatch(/history up to entry 10 was rewritten/);
    });

    it('a timeline row altered: who signed off and when', async () => {
      const [row] = await trail.db.query(`SELECT id::text AS id FROM timeline_events ORDER BY id LIMIT 1 OFFSET 2`);
      await asSuperuser(trail, `UPDATE timeline_events SET actor_id = $1, at = at - interval '3 days' WHERE id = $2`, [
        trail.users.bob,
        row.id,
      ]);
      const report = await verifyAuditTrail(trail.db);
      expect(report.problems).toHaveLength(1);
      expect(first(report)).toMatchObject({ kind: 'timeline_altered', seq: 6, timelineEventId: row.id });
      expect(first(report).message).toContain(`actor_id is "${trail.users.bob}", was "${trail.users.alice}"`);
      expect(first(report).message).toMatch(/; at is "[^"]+", was "[^"]+"$/);
    });

    it("a timeline row's acting role and the state it left the item in altered", async () => {
      const [row] = await trail.db.query(`SELECT id::text AS id FROM timeline_events ORDER BY id LIMIT 1 OFFSET 1`);
      await asSuperuser(
        trail,
        `UPDATE timeline_events SET actor_role = 'office', after = '{"status":"closed"}' WHERE id = $1`,
        [row.id],
      );
      const report = await verifyAuditTrail(trail.db);
      expect(first(report)).toMatchObject({ kind: 'timeline_altered', timelineEventId: row.id });
      expect(first(report).message).toMatch(
        /actor_role is "office", was null; after is "\{\\"status\\": \\"closed\\"\}"/,
      );
    });

    it('a timeline row deleted', async () => {
      const [row] = await trail.db.query(`SELECT id::text AS id FROM timeline_events ORDER BY id DESC LIMIT 1`);
      await asSuperuser(trail, `DELETE FROM timeline_events WHERE id = $1`, [row.id]);
      expect((await verifyAuditTrail(trail.db)).problems).toEqual([
        expect.objectContaining({ kind: 'timeline_deleted', seq: 10, timelineEventId: row.id }),
      ]);
    });

    it("two timeline rows' contents swapped", async () => {
      await asSuperuser(
        trail,
        `UPDATE timeline_events t SET (item_id, at) =
           (SELECT item_id, at FROM timeline_events u WHERE u.id = CASE t.id WHEN 1 THEN 4 ELSE 1 END)
         WHERE t.id IN (1, 4)`,
      );
      const report = await verifyAuditTrail(trail.db);
      expect(report.problems.map((p) => [p.kind, p.timelineEventId, p.seq])).toEqual([
        ['timeline_altered', '1', 2],
        ['timeline_altered', '4', 8],
      ]);
      expect(first(report).message).toMatch(/item_id is "[^"]+", was "[^"]+"; at is "[^"]+", was "[^"]+"$/);
    });

    it('the timeline truncated', async () => {
      await asSuperuser(trail, `TRUNCATE timeline_events`);
      const report = await verifyAuditTrail(trail.db);
      expect(report.problems.map((p) => [p.kind, p.seq])).toEqual(
        [2, 4, 6, 8, 10].map((seq) => ['timeline_deleted', seq]),
      );
    });

    it('a timeline row inserted around the trail', async () => {
      await asSuperuser(
        trail,
        `INSERT INTO timeline_events (item_id, seq, type, actor_id, at, from_status, to_status, data)
         VALUES (gen_random_uuid(), 9, 'closed', $1, now() - interval '1 month', 'under_review', 'closed', '{}')`,
        [trail.users.alice],
      );
      expect((await verifyAuditTrail(trail.db)).problems).toEqual([
        expect.objectContaining({
          kind: 'timeline_unsealed',
          seq: null,
          message: expect.stringMatching(/closed\) has no audit entry/),
        }),
      ]);
    });
  });

  // Roles are cluster-wide: one of this run's own, dropped after.
  describe.each([
    ['before the migrations (a new installation)', true],
    ['after them (an existing database)', false],
  ])("the application's role, granted as docker/postgres/app-role-grants.psql does %s", (_, grantFirst) => {
    const appRole = `duban_app_test_${randomBytes(4).toString('hex')}`;
    let app: DataSource;

    beforeEach(async () => {
      const grants = readFileSync(resolve(__dirname, '../../../docker/postgres/app-role-grants.psql'), 'utf8')
        .replace(/\bduban_owner\b/g, 'postgres')
        .replace(/\bduban_app\b/g, appRole);
      const grant = async (db: DataSource) => {
        await db.query(`CREATE ROLE ${appRole} LOGIN`);
        await db.query(grants);
      };
      await trail.drop();
      trail = await freshTrail(grantFirst ? grant : undefined);
      if (!grantFirst) await grant(trail.db);
      await seed(trail);
      const url = new URL(trail.url);
      url.username = appRole;
      app = new DataSource(dataSourceOptions(url.toString()));
      await app.initialize();
    });

    afterEach(async () => {
      await app?.destroy();
      await trail.drop();
      trail = undefined as never;
      const server = new DataSource({ type: 'postgres', url: testServerUrl() });
      await server.initialize();
      await server.query(`DROP ROLE IF EXISTS ${appRole}`);
      await server.destroy();
    });

    it('may only read and append the timeline, the trail and (through audit_anchor) the anchors', async () => {
      for (const [table, column] of [
        ['timeline_events', 'comment'],
        ['audit_entries', 'message'],
        ['audit_anchors', 'hash'],
      ]) {
        for (const sql of [`UPDATE ${table} SET ${column} = 'x'`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
          await expect(app.query(sql)).rejects.toThrow(new RegExp(`permission denied for table ${table}`));
        }
      }
      await expect(app.query(`INSERT INTO audit_anchors (seq, hash) VALUES (1, 'x')`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query(`ALTER TABLE audit_entries DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);

      // What it may do, it does: the item tables, the timeline and the trail grow, the anchor records the head.
      await app.query(`UPDATE units SET name = name`);
      await timelineEvent(app, null, 'escalated', 7);
      await appendAuditEntry(app, { action: 'user.update', result: 'ok' });
      expect(await recordAuditAnchor(app)).toMatchObject({ seq: 12 });
      expect(await verifyAuditTrail(app)).toMatchObject({ ok: true, entries: 12, anchors: 1 });
    });
  });
});
