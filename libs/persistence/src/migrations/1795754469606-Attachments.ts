import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795754469606 implements MigrationInterface {
  name = 'Attachments1795754469606';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "sha256" text NOT NULL, "size" bigint NOT NULL, "content_type" text NOT NULL, "name" text NOT NULL, "uploaded_by" uuid NOT NULL, "unit_id" uuid NOT NULL, "by_office" boolean NOT NULL DEFAULT false, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_in" text, "used_in_id" text, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_attachments_used_in" CHECK (used_in IN ('progress_report','completion_request')), CONSTRAINT "ck_attachments_size" CHECK (size >= 0), CONSTRAINT "ck_attachments_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attachments_item_unit_sha256" ON "attachments"  ("item_id", "unit_id", "sha256") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_192fafb80266fa867be80420221" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_e25812e3fd9b3f3edf11b2c5d58" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_c49ffd54cb8a7cb874f5e6d2f0e" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_c49ffd54cb8a7cb874f5e6d2f0e"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_e25812e3fd9b3f3edf11b2c5d58"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_192fafb80266fa867be80420221"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attachments_item_unit_sha256"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
