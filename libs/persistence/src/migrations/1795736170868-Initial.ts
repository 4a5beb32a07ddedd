import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795736170868 implements MigrationInterface {
  name = 'Initial1795736170868';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "extensions" ("id" uuid NOT NULL, "item_id" uuid NOT NULL, "previous_deadline" date NOT NULL, "requested_deadline" date NOT NULL, "reason" text NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'pending', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, CONSTRAINT "ck_extensions_status" CHECK (status IN ('pending','approved','rejected')), CONSTRAINT "PK_3632b8148c8f511650d3f3eda06" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_extensions_one_pending" ON "extensions"  ("item_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_units_parent_name" ON "units"  ("parent_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "email" text, "password_hash" text NOT NULL, "unit_id" uuid NOT NULL, "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "ck_users_roles" CHECK (roles <@ ARRAY['admin','office','leader','handler','unit_head']::text[] AND cardinality(roles) > 0), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "title" text NOT NULL, "deadline" date NOT NULL, "target_value" numeric, "value_unit" text, "actual_value" numeric, CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestones_item" ON "milestones"  ("item_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "content" text NOT NULL DEFAULT '', "category" text NOT NULL, "source" text, "priority" text NOT NULL DEFAULT 'normal', "lead_unit_id" uuid NOT NULL, "cooperating_unit_ids" uuid array NOT NULL DEFAULT '{}', "supervising_leader_id" uuid, "deadline" date NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reporting_cadence" jsonb, "status" text NOT NULL DEFAULT 'draft', "colour" text NOT NULL DEFAULT 'green', "escalation_level" integer NOT NULL DEFAULT '0', "progress_percent" integer NOT NULL DEFAULT '0', "suspended_from" text, "signed_off_by" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "rating_grade" text, "rating_comment" text, "workflow_id" text, "projection_version" integer NOT NULL DEFAULT '0', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2ef6d4301c5f9647683fc0e56e0" UNIQUE ("workflow_id"), CONSTRAINT "ck_items_closed_signed_off" CHECK (status <> 'closed' OR signed_off_at IS NOT NULL), CONSTRAINT "ck_items_published_has_workflow" CHECK (status = 'draft' OR workflow_id IS NOT NULL), CONSTRAINT "ck_items_progress" CHECK (progress_percent BETWEEN 0 AND 100), CONSTRAINT "ck_items_priority" CHECK (priority IN ('normal','high','urgent')), CONSTRAINT "ck_items_category" CHECK (category IN ('重点工作','民生实事','重大项目','领导批示','会议议定事项','安全隐患整改')), CONSTRAINT "ck_items_colour" CHECK (colour IN ('green','yellow','orange','red')), CONSTRAINT "ck_items_status" CHECK (status IN ('draft','assigned','in_progress','awaiting_signoff','under_review','closed','suspended','cancelled')), CONSTRAINT "PK_ba5885359424c15ca6b9e79bcf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_items_status" ON "items"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_items_lead_unit" ON "items"  ("lead_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" uuid NOT NULL, "item_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "text" text NOT NULL, "percent" integer NOT NULL, "milestone_values" jsonb NOT NULL DEFAULT '[]', "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_progress_reports_percent" CHECK (percent BETWEEN 0 AND 100), CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_progress_reports_item" ON "progress_reports"  ("item_id", "reported_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "timeline_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "seq" integer, "type" text NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "comment" text, "data" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_a7267f3a55a080185192d21cd5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_timeline_events_item_seq" ON "timeline_events"  ("item_id", "seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_74fb1d9b64e0ec45426cdc725c8" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_d0954f4eb6927e84412d812fa9f" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_e45b4f505428e648df406ce59a5" FOREIGN KEY ("supervising_leader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_e45b4f505428e648df406ce59a5"`);
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_d0954f4eb6927e84412d812fa9f"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_74fb1d9b64e0ec45426cdc725c8"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb"`);
    await queryRunner.query(`DROP INDEX "public"."uq_timeline_events_item_seq"`);
    await queryRunner.query(`DROP TABLE "timeline_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_progress_reports_item"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP INDEX "public"."ix_items_lead_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_items_status"`);
    await queryRunner.query(`DROP TABLE "items"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_item"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_units_parent_name"`);
    await queryRunner.query(`DROP TABLE "units"`);
    await queryRunner.query(`DROP INDEX "public"."uq_extensions_one_pending"`);
    await queryRunner.query(`DROP TABLE "extensions"`);
  }
}
