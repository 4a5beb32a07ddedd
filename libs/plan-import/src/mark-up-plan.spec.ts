import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CALENDAR, DIRECTORY } from '../test/plan-directory';
import { markUpPlan } from './mark-up-plan';
import { parsePlan } from './parse-plan';
import type { PlanProblem } from './plan-types';

const fixture = (name: string) => readFileSync(join(__dirname, '../test/fixtures', name));
const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

async function markedUp(name: string, overrides = {}) {
  const buffer = fixture(name);
  const report = await parsePlan(buffer, {
    fileName: name,
    directory: DIRECTORY,
    calendar: CALENDAR,
    dayOff: 'previous_workday',
    ...overrides,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await markUpPlan(buffer, name, report.problems)) as unknown as ArrayBuffer);
  return { report, sheet: book.worksheets[0] };
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');

describe('markUpPlan', () => {
  it('fills each bad cell red or yellow with its message as a comment, and lists each row’s problems at the end', async () => {
    const { report, sheet } = await markedUp('bad-plan-2024.xlsx');
    const listColumn = 10; // the plan has nine columns
    expect(sheet.getCell(2, listColumn).value).toBe('导入问题');

    const unreadable = sheet.getCell('H21');
    expect(unreadable.value).toBe('三季度中');
    expect(fillOf(unreadable)).toBe(RED);
    expect(noteOf(unreadable)).toBe('第 21 行「完成时限」：无法识别“三季度中”，请写成具体日期，如 2024年9月30日');
    expect(fillOf(sheet.getCell('G16'))).toBe(YELLOW); // 张三: kept as text
    expect(fillOf(sheet.getCell('B21'))).toBeUndefined();

    for (const problem of report.problems.filter((p) => p.row !== null && p.column !== null)) {
      const cell = sheet.getCell(`${problem.column}${problem.row}`);
      expect(fillOf(cell)).toBe(problem.severity === 'error' ? RED : YELLOW);
      expect(noteOf(cell)).toContain(problem.message);
    }
    const rowsWithProblems = new Set(report.problems.map((p) => p.row));
    for (let row = 3; row <= sheet.rowCount; row++) {
      const listed = sheet.getCell(row, listColumn).value;
      if (rowsWithProblems.has(row))
        expect(listed).toBe(
          report.problems
            .filter((p) => p.row === row)
            .map((p) => p.message)
            .join('\n'),
        );
      else expect(listed).toBeNull();
    }
  });

  it('keeps the original sheet: its values and its merged title', async () => {
    const { sheet } = await markedUp('bad-plan-2024.xlsx');
    expect(sheet.getCell('A1').value).toBe('2024年重点工作分工方案');
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('E11').value).toBe('经济发展处');
  });

  it('turns a csv into a sheet with its bad cells marked', async () => {
    const { report, sheet } = await markedUp('bad-plan.csv', { dayOff: 'allow' });
    expect(report.problems.map((p) => `${p.column}${p.row} ${p.code}`)).toEqual([
      'E3 unit_unknown',
      'H3 deadline_unreadable',
      'I3 cadence_unreadable',
    ]);
    expect(sheet.getCell('B3').value).toBe('春节前安全生产隐患排查整治');
    for (const address of ['E3', 'H3', 'I3']) expect(fillOf(sheet.getCell(address))).toBe(RED);
    expect(String(sheet.getCell('J3').value).split('\n')).toHaveLength(3);
  });

  it('marks a merged cell once, on the cell that holds its value', async () => {
    const buffer = fixture('messy-plan-2024.xlsx');
    const problem: PlanProblem = {
      row: 9,
      column: 'E',
      header: '责任单位',
      field: 'leadUnit',
      severity: 'error',
      code: 'unit_unknown',
      message: '第 9 行「责任单位」：示例',
      messageEn: 'Row 9: example',
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await markUpPlan(buffer, 'messy.xlsx', [problem])) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(fillOf(sheet.getCell('E8'))).toBe(RED);
    expect(noteOf(sheet.getCell('E8'))).toBe('第 9 行「责任单位」：示例');
    expect(sheet.getCell('K4').value).toBe('导入问题'); // after the header row's ten columns
  });

  it('puts problems of the whole file on the problem column’s header', async () => {
    const problem: PlanProblem = {
      row: null,
      column: null,
      header: null,
      field: null,
      severity: 'error',
      code: 'no_rows',
      message: '表头下面没有可导入的事项',
      messageEn: 'There are no items below the header',
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await markUpPlan(fixture('no-year.csv'), 'no-year.csv', [problem])) as unknown as ArrayBuffer,
    );
    const header = book.worksheets[0].getCell('J2');
    expect(header.value).toBe('导入问题');
    expect(noteOf(header)).toBe('表头下面没有可导入的事项');
    expect(fillOf(header)).toBe(RED);
  });
});
