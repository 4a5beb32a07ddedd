import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkdayDeadlines1795741652705 implements MigrationInterface {
  name = 'WorkdayDeadlines1795741652705';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "escalation_policies" ADD "workday_deadlines_only" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation_policies" DROP COLUMN "workday_deadlines_only"`);
  }
}
