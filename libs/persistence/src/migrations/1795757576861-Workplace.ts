import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Workplace1795757576861 implements MigrationInterface {
  name = 'Workplace1795757576861';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "units" ADD "kind" text`);
    await queryRunner.query(`ALTER TABLE "units" ADD "aliases" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "title" text`);
    await queryRunner.query(`ALTER TABLE "items" ADD "supervising_leader_text" text`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP COLUMN "attachments"`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "supervising_leader_text"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "title"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "aliases"`);
    await queryRunner.query(`ALTER TABLE "units" DROP COLUMN "kind"`);
  }
}
