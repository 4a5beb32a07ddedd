import ExcelJS from 'exceljs';
import {
  COLOUR_LABELS,
  excelDate,
  excelInstant,
  FIGURE_COLUMNS,
  instantLabel,
  levelLabel,
  STATUS_LABELS,
} from './bulletin-labels';
import type { BulletinItemLine, BulletinSnapshot } from './bulletin-snapshot';

export const SHEET_NAMES = {
  summary: '汇总',
  items: '逾期及风险事项',
  closed: '近期办结事项',
  escalations: '三级升级事项',
} as const;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/**
 * Adds a sheet: a title row, a header row (frozen, so it stays while scrolling), and the rows.
 * Returns the sheet for what a sheet adds below its table.
 */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column[],
  rows: ExcelJS.CellValue[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;
  const header = sheet.getRow(2);
  header.values = columns.map((c) => c.header);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
  }
  sheet.pageSetup.printTitlesRow = '2:2'; // the header repeats on every printed page
  return sheet;
}

const itemColumns: Column[] = [
  { header: '序号', width: 6 },
  { header: '牵头单位', width: 14 },
  { header: '事项名称', width: 32 },
  { header: '类别', width: 12 },
  { header: '配合单位', width: 18 },
  { header: '责任领导', width: 10 },
  { header: '原定时限', width: 12, numFmt: DATE_FORMAT },
  { header: '现行时限', width: 12, numFmt: DATE_FORMAT },
];

const itemCells = (line: BulletinItemLine, n: number): ExcelJS.CellValue[] => [
  n,
  line.leadUnitName,
  line.title,
  line.category,
  line.cooperatingUnitNames.join('、'),
  line.supervisingLeader ?? '',
  excelDate(line.originalDeadline),
  excelDate(line.deadline),
];

/** The bulletin as a workbook: the per-unit table and rank, the overdue and at-risk items, the items closed. */
export async function renderBulletinXlsx(snapshot: BulletinSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = snapshot.issuer;
  // The snapshot's own instant, so the same bulletin gives the same workbook.
  workbook.created = workbook.modified = new Date(snapshot.cutoff);
  const heading = `${snapshot.title}（${snapshot.numberLabel}）`;
  const asOf = `截至${instantLabel(snapshot.cutoff)}`;

  const summary = addTable(
    workbook,
    SHEET_NAMES.summary,
    `${heading} 各单位督办事项情况（${asOf}）`,
    [
      { header: '排名', width: 6 },
      { header: '牵头单位', width: 16 },
      ...FIGURE_COLUMNS.map((c) => ({
        header: c.header === '按期率' ? '按期率(%)' : c.header,
        width: c.header.length > 4 ? 10 : 8,
      })),
    ],
    [
      ...snapshot.units.map((u) => [
        u.rank ?? '—',
        u.unitName,
        ...FIGURE_COLUMNS.map((c) => c.value(u.figures) ?? '—'),
      ]),
      ['', '合计', ...FIGURE_COLUMNS.map((c) => c.value(snapshot.totals) ?? '—')],
    ],
  );
  summary.lastRow!.font = { bold: true };
  summary.addRow([]);
  summary.addRow([snapshot.rankingRule]);
  summary.addRow([
    '口径：在办＝已交办未办结（含暂缓）；已逾期＝截止时点已过现行完成时限；逾期风险＝未逾期但被判定存在逾期风险；' +
      '按期率＝（按期推进＋逾期风险＋按时办结）÷（在办－暂缓＋已办结）；“本期”指上期通报截止时点至本期截止时点；逾期天数按工作日计。',
  ]);
  for (const row of [summary.lastRow!.number - 1, summary.lastRow!.number]) {
    summary.mergeCells(row, 1, row, 2 + FIGURE_COLUMNS.length);
    summary.getRow(row).getCell(1).alignment = { wrapText: true, vertical: 'top' };
    summary.getRow(row).height = 32;
  }

  // The overdue ones first, then those at risk, each by unit as the document lists them.
  const grouped = [
    ...snapshot.overdue.flatMap((g) => g.items.map((line) => ({ kind: '已逾期', line }))),
    ...snapshot.atRisk.flatMap((g) => g.items.map((line) => ({ kind: '逾期风险', line }))),
  ];
  addTable(
    workbook,
    SHEET_NAMES.items,
    `${heading} 逾期及存在逾期风险事项（${asOf}）`,
    [
      ...itemColumns,
      { header: '情形', width: 10 },
      { header: '逾期工作日', width: 10 },
      { header: '升级级别', width: 9 },
      { header: '进度(%)', width: 8 },
      { header: '办理状态', width: 10 },
    ],
    grouped.map(({ kind, line }, i) => [
      ...itemCells(line, i + 1),
      kind,
      line.workdaysLate,
      levelLabel(line.escalationLevel),
      line.progressPercent,
      STATUS_LABELS[line.status],
    ]),
  );

  addTable(
    workbook,
    SHEET_NAMES.closed,
    `${heading} 上期以来办结事项`,
    [
      ...itemColumns,
      { header: '办结时间', width: 17, numFmt: TIME_FORMAT },
      { header: '是否按时', width: 9 },
      { header: '逾期工作日', width: 10 },
    ],
    snapshot.closed.map((line, i) => [
      ...itemCells(line, i + 1),
      excelInstant(line.closedAt),
      line.onTime ? '按时' : '逾期',
      line.workdaysLate,
    ]),
  );

  addTable(
    workbook,
    SHEET_NAMES.escalations,
    `${heading} 提请领导关注的升级事项`,
    [
      ...itemColumns,
      { header: '升级时间', width: 17, numFmt: TIME_FORMAT },
      { header: '升级级别', width: 9 },
      { header: '逾期工作日', width: 10 },
      { header: '当前状况', width: 10 },
    ],
    snapshot.escalations.map((e, i) => [
      ...itemCells(e.item, i + 1),
      excelInstant(e.at),
      levelLabel(e.level),
      e.item.workdaysLate,
      e.item.status === 'closed' ? STATUS_LABELS.closed : COLOUR_LABELS[e.item.colour],
    ]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
