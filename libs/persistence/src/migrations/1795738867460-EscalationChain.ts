import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EscalationChain1795738867460 implements MigrationInterface {
  name = 'EscalationChain1795738867460';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_years" ("year" integer NOT NULL, "holidays" text array NOT NULL, "adjusted_workdays" text array NOT NULL, "source" text NOT NULL DEFAULT 'office', "revision" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e10ed67d2cc60ae7b97fd63f809" UNIQUE ("revision"), CONSTRAINT "ck_calendar_years_source" CHECK (source IN ('office')), CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_key" text NOT NULL, "item_id" uuid NOT NULL, "rule_key" text NOT NULL, "trigger" text NOT NULL, "occurrence" text NOT NULL, "level" integer NOT NULL, "colour" text, "recipients" text array NOT NULL, "bulletin" boolean NOT NULL DEFAULT false, "params" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3be52e2c6db8ce252a0d25ba227" UNIQUE ("message_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" text NOT NULL, "target" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_deliveries_notification_channel_target" UNIQUE ("notification_id", "channel", "target"), CONSTRAINT "ck_deliveries_sent_at" CHECK (status <> 'sent' OR sent_at IS NOT NULL), CONSTRAINT "ck_deliveries_status" CHECK (status IN ('pending','sent','failed')), CONSTRAINT "ck_deliveries_channel" CHECK (channel IN ('email','webhook','wecom','dingtalk')), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "escalation_policies" ("version" integer NOT NULL, "name" text NOT NULL, "rules" jsonb NOT NULL, "risk_margin_points" integer NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbab878ab88249df3a20401b9d5" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "inbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_inbox_messages_notification_user" UNIQUE ("notification_id", "user_id"), CONSTRAINT "PK_f12cf14472c0a9d19bb57cc8478" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_inbox_messages_user_unread" ON "inbox_messages"  ("user_id", "read_at") `,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text NOT NULL DEFAULT 'zh-CN'`);
    // Leadership (工委/管委会领导) becomes a role of its own: it receives level-3 escalations.
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_roles"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_roles" CHECK (roles <@ ARRAY['admin','office','leader','leadership','handler','unit_head']::text[] AND cardinality(roles) > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "items" ADD "policy_version" integer`);
    await queryRunner.query(`ALTER TABLE "items" ADD "calendar_revision" integer`);
    await queryRunner.query(`ALTER TABLE "items" ADD "calendar_fallback" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "items" ADD "risk" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_ca5c0b05ad5c14bfa63150273d2" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliveries" ADD CONSTRAINT "FK_f81ac6f833049eb6ade70110f1b" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inbox_messages" ADD CONSTRAINT "FK_94a2ae0da304173a15362366fbf" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inbox_messages" ADD CONSTRAINT "FK_72ddd4c81cb0f020b258a184dad" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbox_messages" DROP CONSTRAINT "FK_72ddd4c81cb0f020b258a184dad"`);
    await queryRunner.query(`ALTER TABLE "inbox_messages" DROP CONSTRAINT "FK_94a2ae0da304173a15362366fbf"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_f81ac6f833049eb6ade70110f1b"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_ca5c0b05ad5c14bfa63150273d2"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "risk"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "calendar_fallback"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "calendar_revision"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "policy_version"`);
    await queryRunner.query(`UPDATE "users" SET roles = array_replace(roles, 'leadership', 'leader')`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_roles"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "ck_users_roles" CHECK (roles <@ ARRAY['admin','office','leader','handler','unit_head']::text[] AND cardinality(roles) > 0)`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inbox_messages_user_unread"`);
    await queryRunner.query(`DROP TABLE "inbox_messages"`);
    await queryRunner.query(`DROP TABLE "escalation_policies"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "calendar_years"`);
  }
}
