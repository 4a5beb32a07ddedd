import type { MigrationInterface, QueryRunner } from 'typeorm';

// The audit trail (docs/security.md, "Audit trail"). The tables are as TypeORM generates them from
// the entities; the functions and triggers below are what makes them append-only and chained.

/** Every appender takes this lock until its transaction ends, so the chain never forks. */
const CHAIN_LOCK = `pg_advisory_xact_lock(hashtext('duban.audit_chain'))`;
/** Times in the canonical form and the timeline's seal: UTC, microseconds, whatever the session's zone. */
const utc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export class AuditTrail1795753044868 implements MigrationInterface {
  name = 'AuditTrail1795753044868';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_anchors" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seq" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_0348aa5906ffaf282e114fcbb3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_username" text, "on_behalf_of_id" uuid, "on_behalf_of_username" text, "unit_id" uuid, "action" text NOT NULL, "object_type" text, "object_id" text, "result" text NOT NULL, "status" integer, "message" text, "client_address" text, "request_id" text, "timeline_event_id" bigint, "details" jsonb NOT NULL DEFAULT '{}', "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "ck_audit_entries_result" CHECK (result IN ('ok','refused','error')), CONSTRAINT "PK_0de907d00514c64bf4c6fd7ae10" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_at" ON "audit_entries"  ("at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_audit_entries_timeline_event" ON "audit_entries"  ("timeline_event_id") `,
    );

    // The canonical form, version 1: a JSON array as json_build_array writes it. libs/audit's
    // canonicalAuditEntry() builds the same text to verify; a test holds the two together.
    await queryRunner.query(`
      CREATE FUNCTION audit_entry_hash(e audit_entries) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(json_build_array(
          1, e.seq, e.prev_hash, ${utc('e.at')}, e.actor_id, e.actor_username, e.on_behalf_of_id,
          e.on_behalf_of_username, e.unit_id, e.action, e.object_type, e.object_id, e.result, e.status,
          e.message, e.client_address, e.request_id, e.timeline_event_id, e.details)::text, 'UTF8')), 'hex')
      $$`);
    // Numbers, times and chains each entry, overriding whatever the writer sent.
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head_seq bigint; head_hash text;
      BEGIN
        PERFORM ${CHAIN_LOCK};
        SELECT seq, hash INTO head_seq, head_hash FROM audit_entries ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(head_seq, 0) + 1;
        NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
        NEW.at := clock_timestamp();
        NEW.hash := audit_entry_hash(NEW);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_chain()`,
    );

    // Append-only, for the owner too: only a superuser switching triggers off gets past this.
    await queryRunner.query(`
      CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_entries', 'audit_anchors', 'timeline_events']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`,
      );
    }

    // Every timeline event, whoever writes it, is sealed by an audit entry in the same transaction.
    await queryRunner.query(`
      CREATE FUNCTION audit_timeline_event(t timeline_events) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE actor_name text; actor_unit uuid;
      BEGIN
        SELECT username, unit_id INTO actor_name, actor_unit FROM users WHERE id = t.actor_id;
        INSERT INTO audit_entries (actor_id, actor_username, unit_id, action, object_type, object_id, result, timeline_event_id, details)
        VALUES (t.actor_id, actor_name, actor_unit, 'timeline.' || t.type, 'item', t.item_id::text, 'ok', t.id,
          jsonb_build_object('timelineEvent', jsonb_build_object(
            'id', t.id, 'itemId', t.item_id, 'seq', t.seq, 'type', t.type, 'actorId', t.actor_id, 'at', ${utc('t.at')},
            'fromStatus', t.from_status, 'toStatus', t.to_status, 'comment', t.comment, 'data', t.data)));
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION timeline_events_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM audit_timeline_event(NEW);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER timeline_events_audit AFTER INSERT ON timeline_events FOR EACH ROW EXECUTE FUNCTION timeline_events_audit()`,
    );
    // The timeline so far is sealed as it stands now.
    await queryRunner.query(`
      DO $$
      DECLARE t timeline_events;
      BEGIN
        FOR t IN SELECT * FROM timeline_events ORDER BY id LOOP PERFORM audit_timeline_event(t); END LOOP;
      END $$`);

    // The chain's head, appended where the application may only read: this runs as the owner.
    // Anyone may call it: it can only record the true head.
    await queryRunner.query(`
      CREATE FUNCTION audit_anchor() RETURNS audit_anchors LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE head_seq bigint; head_hash text; anchor audit_anchors;
      BEGIN
        PERFORM ${CHAIN_LOCK};
        SELECT seq, hash INTO head_seq, head_hash FROM audit_entries ORDER BY seq DESC LIMIT 1;
        INSERT INTO audit_anchors (seq, hash) VALUES (coalesce(head_seq, 0), coalesce(head_hash, repeat('0', 64)))
          RETURNING * INTO anchor;
        RETURN anchor;
      END $$`);

    // Whatever roles were granted (default privileges of a DBA's setup), no one but the owner may
    // rewrite these tables; the anchors only through audit_anchor(). Idempotent: a DBA re-runs it
    // after granting on all tables (docs/operations.md).
    await queryRunner.query(`
      CREATE FUNCTION audit_protect() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE grantee text;
      BEGIN
        FOR grantee IN
          SELECT DISTINCT quote_ident(r.rolname) FROM pg_class c CROSS JOIN aclexplode(c.relacl) a
            JOIN pg_roles r ON r.oid = a.grantee
           WHERE c.oid IN ('timeline_events'::regclass, 'audit_entries'::regclass, 'audit_anchors'::regclass)
             AND a.grantee <> c.relowner
          UNION SELECT 'PUBLIC'
        LOOP
          EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON timeline_events, audit_entries, audit_anchors FROM ' || grantee;
          EXECUTE 'REVOKE INSERT ON audit_anchors FROM ' || grantee;
        END LOOP;
      END $$`);
    await queryRunner.query(`SELECT audit_protect()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_protect()`);
    await queryRunner.query(`DROP FUNCTION audit_anchor()`);
    await queryRunner.query(`DROP TRIGGER timeline_events_audit ON timeline_events`);
    await queryRunner.query(`DROP FUNCTION timeline_events_audit()`);
    await queryRunner.query(`DROP FUNCTION audit_timeline_event(timeline_events)`);
    for (const table of ['audit_entries', 'audit_anchors', 'timeline_events']) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION refuse_rewrite()`);
    await queryRunner.query(`DROP TRIGGER audit_entries_chain ON audit_entries`);
    await queryRunner.query(`DROP FUNCTION audit_entries_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_entry_hash(audit_entries)`);
    await queryRunner.query(`DROP INDEX "public"."uq_audit_entries_timeline_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_at"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP TABLE "audit_anchors"`);
  }
}
