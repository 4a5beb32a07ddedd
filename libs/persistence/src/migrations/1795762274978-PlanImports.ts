import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanImports1795762274978 implements MigrationInterface {
  name = 'PlanImports1795762274978';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sha256" text NOT NULL, "file_name" text NOT NULL, "plan_year" integer, "imported_by" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "item_ids" uuid array NOT NULL, CONSTRAINT "ck_plan_imports_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_16bf07fc4c58298b78d909fd77f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_imports_sha256" ON "plan_imports"  ("sha256") `);
    await queryRunner.query(
      `ALTER TABLE "escalation_policies" ADD "deadline_on_day_off" text NOT NULL DEFAULT 'previous_workday'`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_policies" ADD CONSTRAINT "ck_escalation_policies_deadline_on_day_off" CHECK (deadline_on_day_off IN ('previous_workday','refuse','allow'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_imports" ADD CONSTRAINT "FK_2f9ae33e05635c493b55dc49486" FOREIGN KEY ("imported_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_imports" DROP CONSTRAINT "FK_2f9ae33e05635c493b55dc49486"`);
    await queryRunner.query(
      `ALTER TABLE "escalation_policies" DROP CONSTRAINT "ck_escalation_policies_deadline_on_day_off"`,
    );
    await queryRunner.query(`ALTER TABLE "escalation_policies" DROP COLUMN "deadline_on_day_off"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_imports_sha256"`);
    await queryRunner.query(`DROP TABLE "plan_imports"`);
  }
}
