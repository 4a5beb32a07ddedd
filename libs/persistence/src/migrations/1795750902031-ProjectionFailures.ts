import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionFailures1795750902031 implements MigrationInterface {
  name = 'ProjectionFailures1795750902031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "projection_failures" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "version" integer NOT NULL, "event_type" text NOT NULL, "error" text NOT NULL, "projection" jsonb NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "PK_fd8d89845f8571dea30a9790cc2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_projection_failures_item_version" ON "projection_failures"  ("item_id", "version") `,
    );
    await queryRunner.query(`ALTER TABLE "items" ADD "attention" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "attention"`);
    await queryRunner.query(`DROP INDEX "public"."uq_projection_failures_item_version"`);
    await queryRunner.query(`DROP TABLE "projection_failures"`);
  }
}
