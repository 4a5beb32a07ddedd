import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TypedTimeline1795753069871 implements MigrationInterface {
  name = 'TypedTimeline1795753069871';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" ADD "deadline_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "items" ADD "awaiting_confirmation" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "timeline_events" ADD "actor_unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "timeline_events" ADD "actor_role" text`);
    await queryRunner.query(`ALTER TABLE "timeline_events" ADD "rule" text`);
    await queryRunner.query(`ALTER TABLE "timeline_events" ADD "after" jsonb`);
    // What the API used to work out each time: a draft's exact deadline time (its due time when that
    // is not the end of the deadline day), and the confirmations an open item awaits.
    await queryRunner.query(
      `UPDATE "items" SET "deadline_at" = "due_at"
       WHERE "status" = 'draft' AND "due_at" <> (("deadline" + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
    );
    await queryRunner.query(
      `UPDATE "items" i SET "awaiting_confirmation" = ARRAY(
         SELECT (r.data->>'unitId')::uuid FROM "timeline_events" r
         WHERE r.item_id = i.id AND r.type = 'confirmation_requested'
           AND NOT EXISTS (SELECT 1 FROM "timeline_events" c WHERE c.item_id = i.id AND c.seq > r.seq
             AND (c.type = 'reassigned' OR (c.type = 'confirmed' AND c.data->>'unitId' = r.data->>'unitId')))
         ORDER BY r.seq)
       WHERE i.status = 'in_progress'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "timeline_events" DROP COLUMN "after"`);
    await queryRunner.query(`ALTER TABLE "timeline_events" DROP COLUMN "rule"`);
    await queryRunner.query(`ALTER TABLE "timeline_events" DROP COLUMN "actor_role"`);
    await queryRunner.query(`ALTER TABLE "timeline_events" DROP COLUMN "actor_unit_id"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "awaiting_confirmation"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "deadline_at"`);
  }
}
