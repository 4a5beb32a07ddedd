import type { MigrationInterface, QueryRunner } from 'typeorm';

const utc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Out-of-office delegation: a unit head's sign-off delegated to a colleague for a period, and on
 * the timeline whose authority an entry was given on. The audit trail seals that too, and names
 * the unit head as the entry's "on behalf of"; entries sealed before keep their seal.
 */
export class Delegations1795762929408 implements MigrationInterface {
  name = 'Delegations1795762929408';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delegations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "delegator_id" uuid NOT NULL, "delegate_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "ck_delegations_not_self" CHECK (delegate_id <> delegator_id), CONSTRAINT "ck_delegations_period" CHECK (ends_at > starts_at), CONSTRAINT "PK_01f9fbbc9b3bf52236a4e951b19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_delegations_delegate" ON "delegations"  ("delegate_id", "ends_at") `);
    await queryRunner.query(`ALTER TABLE "timeline_events" ADD "on_behalf_of_id" uuid`);
    await queryRunner.query(seal(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(seal(false));
    await queryRunner.query(`ALTER TABLE "timeline_events" DROP COLUMN "on_behalf_of_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delegations_delegate"`);
    await queryRunner.query(`DROP TABLE "delegations"`);
  }
}

function seal(onBehalf: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION audit_timeline_event(t timeline_events) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE actor_name text; actor_unit uuid; principal_name text;
    BEGIN
      SELECT username, unit_id INTO actor_name, actor_unit FROM users WHERE id = t.actor_id;
      ${onBehalf ? 'SELECT username INTO principal_name FROM users WHERE id = t.on_behalf_of_id;' : ''}
      INSERT INTO audit_entries (actor_id, actor_username, on_behalf_of_id, on_behalf_of_username, unit_id, action, object_type, object_id, result, timeline_event_id, details)
      VALUES (t.actor_id, actor_name, ${onBehalf ? 't.on_behalf_of_id' : 'NULL'}, principal_name, coalesce(t.actor_unit_id, actor_unit),
        'timeline.' || t.type, 'item', t.item_id::text, 'ok', t.id,
        jsonb_build_object('timelineEvent', jsonb_build_object(
          'id', t.id, 'itemId', t.item_id, 'seq', t.seq, 'type', t.type, 'actorId', t.actor_id, 'at', ${utc('t.at')},
          'fromStatus', t.from_status, 'toStatus', t.to_status, 'comment', t.comment, 'data', t.data,
          'actorUnitId', t.actor_unit_id, 'actorRole', t.actor_role, 'rule', t.rule, 'after', t.after${onBehalf ? ", 'onBehalfOfId', t.on_behalf_of_id" : ''})));
    END $$`;
}
