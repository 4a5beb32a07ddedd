import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulletins (督查通报), a bulletin's notice in the notifications (no item), and the indexes the
 * board's aggregates and the bulletin's timeline reads use.
 */
export class Bulletins1795770000000 implements MigrationInterface {
  name = 'Bulletins1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bulletins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "issue" integer NOT NULL, "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "previous_cutoff" TIMESTAMP WITH TIME ZONE, "snapshot" jsonb NOT NULL, "content_sha256" text NOT NULL, "made_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bulletins_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bulletins_cutoff" ON "bulletins" ("cutoff") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bulletins_number" ON "bulletins" ("year", "issue") `);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "item_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "bulletin_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_aaeb186eea3dd9569f09bf0fd78" FOREIGN KEY ("bulletin_id") REFERENCES "bulletins"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "ck_notifications_subject" CHECK (item_id IS NOT NULL OR bulletin_id IS NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_items_category" ON "items" ("category") `);
    await queryRunner.query(`CREATE INDEX "ix_items_supervising_leader" ON "items" ("supervising_leader_id") `);
    await queryRunner.query(`CREATE INDEX "ix_items_due_at" ON "items" ("due_at") `);
    await queryRunner.query(`CREATE INDEX "ix_timeline_events_type_at" ON "timeline_events" ("type", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_timeline_events_type_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_items_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_items_supervising_leader"`);
    await queryRunner.query(`DROP INDEX "public"."ix_items_category"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "ck_notifications_subject"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_aaeb186eea3dd9569f09bf0fd78"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "bulletin_id"`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "item_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "item_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."uq_bulletins_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bulletins_cutoff"`);
    await queryRunner.query(`DROP TABLE "bulletins"`);
  }
}
