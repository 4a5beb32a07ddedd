// How long a 1,000-row work plan takes to import through the API's import service into the real
// Postgres (a database of its own, created and dropped): the dry run, then every row as a draft in
// one transaction. The issue asks for a few seconds. Figures are printed, not asserted.
// Usage: SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register scripts/bench-plan-import-db.ts [rows]
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { officeUser, standalonePlanImport } from '@duban/api';
import { createTestDatabase, dataSourceOptions, UnitEntity, UserEntity } from '@duban/persistence';

const ROWS = Number(process.argv[2] ?? 1000);
const DEADLINES = ['2027-03-31', '2027年6月30日', '6月底前', '一季度末', '年底前', '下半年', '3月31日前', '每季度末'];
const CADENCES = ['每10个工作日', '每周五', '每月25日前', '每月底', '每季度末', ''];

async function directory(db: DataSource) {
  const units = db.getRepository(UnitEntity);
  const office = await units.save({ name: '督查室', kind: '内设机构', aliases: [] });
  for (let i = 1; i <= 60; i++) {
    await units.save({
      name: i <= 50 ? `第${i}局` : `第${i}街道`,
      kind: i <= 50 ? '部门' : '街道',
      aliases: [`${i}局`],
    });
  }
  const users = db.getRepository(UserEntity);
  const person = (username: string, displayName: string, roles: string[], title: string | null = null) =>
    users.save({
      username,
      displayName,
      roles,
      title,
      unitId: office.id,
      email: `${username}@bench.local`,
      passwordHash: 'x',
    } as Partial<UserEntity>);
  await person('office', '督查室', ['office']);
  for (let i = 1; i <= 20; i++) await person(`leader${i}`, `领导${i}`, ['leader'], `分管第${i}项工作副主任`);
}

async function plan(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('分工方案');
  sheet.addRow(['2027年重点工作分工方案']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(['序号', '重点任务', '具体措施', '类别', '牵头单位', '配合单位', '责任领导', '完成时限', '报送频次']);
  for (let i = 0; i < ROWS; i++)
    sheet.addRow([
      i + 1,
      `第${i + 1}项重点任务：推进重大项目建设`,
      '明确时间表和责任书，强化资金等要素保障，项目应开尽开、能快则快。'.repeat(3),
      '重点工作',
      `第${(i % 50) + 1}局`,
      i % 10 === 0 ? '各街道' : `${((i + 1) % 50) + 1}局、第${((i + 2) % 50) + 1}局`,
      i % 3 === 0 ? `领导${(i % 20) + 1}` : `分管第${(i % 20) + 1}项工作副主任`,
      DEADLINES[i % DEADLINES.length],
      CADENCES[i % CADENCES.length],
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms   rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  return result;
}

async function main() {
  const database = await createTestDatabase('duban_bench');
  const db = new DataSource(dataSourceOptions(database.url));
  try {
    await db.initialize();
    await db.runMigrations();
    await directory(db);
    const content = await plan();
    console.log(
      `a plan of ${ROWS} rows (xlsx, ${Math.round(content.length / 1024)} KB) into ${database.url}; Node ${process.version}`,
    );
    const imports = standalonePlanImport(db);
    const user = await officeUser(db, 'office');
    const request = { content, fileName: 'plan-2027.xlsx', dryRun: true, confirmDuplicate: false };
    const dry = await time('dry run (read + check)', () => imports.import(request, user));
    console.log(`  ${dry.report.rows.length} rows, ${dry.report.problems.length} warnings`);
    for (let run = 1; run <= 2; run++) {
      const done = await time(`import, one transaction (run ${run})`, () =>
        imports.import({ ...request, dryRun: false, confirmDuplicate: true }, user),
      );
      console.log(`  ${done.itemIds.length} drafts created`);
    }
    const [{ n }] = await db.query(`SELECT count(*) AS n FROM items`);
    console.log(`items in the database: ${n}`);
  } finally {
    if (db.isInitialized) await db.destroy();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
