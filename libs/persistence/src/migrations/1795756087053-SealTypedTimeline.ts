import type { MigrationInterface, QueryRunner } from 'typeorm';

const utc = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The audit trail seals what a timeline entry now also holds: the unit and role its actor acted
 * in, the rule that fired it, and the item's state after it. Entries sealed before keep their seal
 * (these fields were empty then, and still are).
 */
export class SealTypedTimeline1795756087053 implements MigrationInterface {
  name = 'SealTypedTimeline1795756087053';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(seal(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(seal(false));
  }
}

function seal(typed: boolean): string {
  const extra = typed
    ? `, 'actorUnitId', t.actor_unit_id, 'actorRole', t.actor_role, 'rule', t.rule, 'after', t.after`
    : '';
  const unit = typed ? 'coalesce(t.actor_unit_id, actor_unit)' : 'actor_unit';
  return `
    CREATE OR REPLACE FUNCTION audit_timeline_event(t timeline_events) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE actor_name text; actor_unit uuid;
    BEGIN
      SELECT username, unit_id INTO actor_name, actor_unit FROM users WHERE id = t.actor_id;
      INSERT INTO audit_entries (actor_id, actor_username, unit_id, action, object_type, object_id, result, timeline_event_id, details)
      VALUES (t.actor_id, actor_name, ${unit}, 'timeline.' || t.type, 'item', t.item_id::text, 'ok', t.id,
        jsonb_build_object('timelineEvent', jsonb_build_object(
          'id', t.id, 'itemId', t.item_id, 'seq', t.seq, 'type', t.type, 'actorId', t.actor_id, 'at', ${utc('t.at')},
          'fromStatus', t.from_status, 'toStatus', t.to_status, 'comment', t.comment, 'data', t.data${extra})));
    END $$`;
}
