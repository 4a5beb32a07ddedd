import type ExcelJS from 'exceljs';
import { findHeaderRow } from './plan-columns';
import { openPlanWorkbook, sheetCells } from './plan-sheet';
import { cleanText } from './plan-text';
import type { PlanProblem, ProblemSeverity } from './plan-types';

const FILLS: Record<ProblemSeverity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' }; // Excel's light red and yellow
const PROBLEMS_HEADER = '导入问题';

const worst = (problems: PlanProblem[]): ProblemSeverity =>
  problems.some((p) => p.severity === 'error') ? 'error' : 'warning';

function mark(cell: ExcelJS.Cell, problems: PlanProblem[]) {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[worst(problems)] } };
  cell.note = problems.map((p) => p.message).join('\n');
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * The uploaded plan with its problems on it, for the clerk to fix in Excel or WPS: every bad cell
 * filled (light red for an error, yellow for a warning) with the message as its comment, and a
 * column at the end listing each row's problems. A csv comes back as a workbook of its cells.
 */
export async function markUpPlan(buffer: Buffer, fileName: string, problems: PlanProblem[]): Promise<Buffer> {
  const { workbook, sheet } = await openPlanWorkbook(buffer, fileName);
  const cells = sheetCells(sheet);
  const headerIndex = findHeaderRow(cells.map((row) => row.map((cell) => cleanText(cell?.text ?? ''))));
  const headerRow = headerIndex === null ? 1 : headerIndex + 1;
  const listColumn = (cells[0]?.length ?? 0) + 1; // after the last column with a value

  // A merged cell is marked once, on the cell that holds its value.
  const byCell = new Map<string, { cell: ExcelJS.Cell; problems: PlanProblem[] }>();
  const byRow = new Map<number, PlanProblem[]>();
  for (const problem of problems) {
    if (problem.row !== null) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
    if (problem.column === null) continue;
    const cell = sheet.getCell(problem.row ?? headerRow, columnNumber(problem.column)).master;
    const entry = byCell.get(cell.address) ?? { cell, problems: [] };
    entry.problems.push(problem);
    byCell.set(cell.address, entry);
  }
  for (const { cell, problems: cellProblems } of byCell.values()) mark(cell, cellProblems);

  const header = sheet.getCell(headerRow, listColumn);
  header.value = PROBLEMS_HEADER;
  header.font = { bold: true, color: { argb: 'FFC00000' } };
  const fileProblems = problems.filter((p) => p.row === null && p.column === null);
  if (fileProblems.length) mark(header, fileProblems);
  for (const [row, rowProblems] of byRow) {
    const cell = sheet.getCell(row, listColumn);
    cell.value = rowProblems.map((p) => p.message).join('\n');
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[worst(rowProblems)] } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.getColumn(listColumn).width = 60;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
