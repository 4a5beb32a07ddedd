// How long a 1,000-row work plan takes to read, and the memory it takes: the issue asks for a
// plan of that size to import in a few seconds. Figures are printed, not asserted.
// Usage: node [--expose-gc] -r @swc-node/register scripts/bench-plan-import.ts [rows]
import ExcelJS from 'exceljs';
import { BusinessCalendar, type CalendarYear } from '@duban/domain';
import { markUpPlan, parsePlan, type PlanDirectory } from '@duban/plan-import';
import published from 'chinese-days/dist/chinese-days.json';

const ROWS = Number(process.argv[2] ?? 1000);
const DEADLINES = [
  '2024-03-31',
  '2024年6月30日',
  '6月底前',
  '一季度末',
  '年底前',
  '下半年',
  '3月31日前',
  '每季度末',
  '长期坚持',
];
const CADENCES = ['每10个工作日', '每周五', '每月25日前', '每月底', '每季度末', '一事一报', ''];

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function directory(): PlanDirectory {
  const units = Array.from({ length: 60 }, (_, i) => ({
    id: id(i + 1),
    name: i < 50 ? `第${i + 1}局` : `第${i + 1}街道`,
    kind: i < 50 ? '部门' : '街道',
    aliases: [`${i + 1}局`],
    active: true,
  }));
  const users = Array.from({ length: 20 }, (_, i) => ({
    id: id(1000 + i),
    displayName: `领导${i + 1}`,
    title: `分管第${i + 1}项工作副主任`,
    roles: ['leader'],
    active: true,
  }));
  return { units, users };
}

function calendar(): BusinessCalendar {
  const years: CalendarYear[] = [2024, 2025].map((year) => ({
    year,
    holidays: Object.keys(published.holidays).filter((d) => d.startsWith(`${year}-`)),
    adjustedWorkdays: Object.keys(published.workdays).filter((d) => d.startsWith(`${year}-`)),
    source: 'package',
  }));
  return new BusinessCalendar(years);
}

async function plan(): Promise<{ xlsx: Buffer; csv: Buffer }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('分工方案');
  sheet.addRow(['2024年重点工作分工方案']);
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
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  const csv = Buffer.from(await book.csv.writeBuffer());
  return { xlsx, csv };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// With --expose-gc the heap is measured from a collected start, so the growth is the run's own.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  collect();
  const before = process.memoryUsage();
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const after = process.memoryUsage();
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms   heap ${mb(after.heapUsed)} (${after.heapUsed >= before.heapUsed ? '+' : ''}${mb(after.heapUsed - before.heapUsed)})   rss ${mb(after.rss)}`,
  );
  return result;
}

async function main() {
  const { xlsx, csv } = await plan();
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  console.log(`a plan of ${ROWS} rows: xlsx ${kb(xlsx.length)}, csv ${kb(csv.length)}; Node ${process.version}`);
  const options = { directory: directory(), calendar: calendar(), dayOff: 'previous_workday' as const };
  for (let run = 1; run <= 3; run++) {
    const report = await time(`parse xlsx (run ${run})`, () => parsePlan(xlsx, { ...options, fileName: 'plan.xlsx' }));
    await time(`parse csv (run ${run})`, () => parsePlan(csv, { ...options, fileName: 'plan.csv' }));
    await time(`mark up xlsx (run ${run})`, () => markUpPlan(xlsx, 'plan.xlsx', report.problems));
    if (run === 1)
      console.log(
        `  ${report.rows.length} rows, ${report.rows.filter((r) => r.valid).length} valid, ${report.problems.length} problems`,
      );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
