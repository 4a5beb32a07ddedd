import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';
import { DraftsService } from '../items/drafts.service';
import { ensureDemoDirectory } from '../seed/demo-directory';
import { PlanRefusedError, type PlanImportService } from './plan-import.service';
import { officeUser, standalonePlanImport } from './plan-import.standalone';

const SAMPLE = resolve(__dirname, '../../../../libs/plan-import/test/fixtures/plan-2024.xlsx');

// The middle tier: the import service against a real Postgres, without HTTP or Temporal.
describe('the plan import service (real Postgres, no Temporal)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let imports: PlanImportService;

  beforeAll(async () => {
    database = await createTestDatabase('duban_plan_import');
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await db.runMigrations();
    await ensureDemoDirectory(db);
    imports = standalonePlanImport(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const count = async (table: 'items' | 'plan_imports' | 'timeline_events') =>
    Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('takes back the rows already written when a later row is refused by the drafts rules', async () => {
    const content = await readFile(SAMPLE);
    const office = await officeUser(db, 'office');
    // Between the reading and the writing, the leader of the plan's second row (王刚) is deactivated:
    // the drafts' own check refuses that row, after the first row's draft was written.
    const createIn = jest.spyOn(DraftsService.prototype, 'createIn');
    const write = createIn.getMockImplementation() ?? DraftsService.prototype.createIn;
    let calls = 0;
    createIn.mockImplementation(async function (this: DraftsService, ...args) {
      if (++calls === 2) await db.query(`UPDATE users SET active = false WHERE username = 'leader-ys'`);
      return write.apply(this, args);
    });
    try {
      const refused = await imports
        .import({ content, fileName: 'plan-2024.xlsx', dryRun: false, confirmDuplicate: false }, office)
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(PlanRefusedError);
      const problem = (refused as PlanRefusedError).report.problems.find((p) => p.severity === 'error');
      expect(problem).toMatchObject({ row: 4, column: 'B', code: 'item_refused' });
      expect(problem!.message).toContain('第 4 行「重点任务」：该行不能建立督办事项');
      expect(problem!.messageEn).toContain('is not an active user with the leader role');
      expect(calls).toBe(2);
      expect(await count('items')).toBe(0);
      expect(await count('timeline_events')).toBe(0);
      expect(await count('plan_imports')).toBe(0);
    } finally {
      createIn.mockRestore();
      await db.query(`UPDATE users SET active = true WHERE username = 'leader-ys'`);
    }
    const done = await imports.import(
      { content, fileName: 'plan-2024.xlsx', dryRun: false, confirmDuplicate: false },
      office,
    );
    expect(done.itemIds).toHaveLength(6);
    expect(await count('items')).toBe(6);
  });

  it('names the CLI user that may not import', async () => {
    await expect(officeUser(db, 'jfj-handler')).rejects.toThrow('jfj-handler: no active user with the office role');
  });
});
