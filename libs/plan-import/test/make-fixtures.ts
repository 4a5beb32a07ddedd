// Writes the plan-import test fixtures: plans as offices send them, with every messiness the
// import must read (title rows, merged cells, blank rows, full-width characters, date and
// formula cells, GBK csv) and every bad cell it must report. The generated files are committed;
// run this again after changing it:
//   node -r @swc-node/register libs/plan-import/test/make-fixtures.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PLAN_HEADER, BAD_ROWS, CADENCES, DEADLINES } from './plan-cases';

const FIXTURES = join(__dirname, 'fixtures');
const FIXED_TIME = new Date(Date.UTC(2024, 0, 15));
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

type Value = ExcelJS.CellValue;

function workbook(): [ExcelJS.Workbook, ExcelJS.Worksheet] {
  const book = new ExcelJS.Workbook();
  book.creator = 'duban make-fixtures';
  book.created = book.modified = FIXED_TIME;
  const sheet = book.addWorksheet('分工方案');
  sheet.columns = Array.from({ length: 10 }, () => ({ width: 18 }));
  return [book, sheet];
}

const put = (sheet: ExcelJS.Worksheet, row: number, values: Value[]) =>
  values.forEach((value, i) => {
    if (value !== '' && value !== undefined) sheet.getCell(row, i + 1).value = value;
  });

function mergedRow(sheet: ExcelJS.Worksheet, row: number, text: string, lastColumn = 'J') {
  sheet.getCell(`A${row}`).value = text;
  sheet.mergeCells(`A${row}:${lastColumn}${row}`);
}

const excelDate = (date: string) => new Date(`${date}T00:00:00Z`);

async function save(book: ExcelJS.Workbook, name: string) {
  writeFileSync(join(FIXTURES, name), Buffer.from(await book.xlsx.writeBuffer()));
}

/** GBK bytes of a text, by inverting Node's GBK decoder (Node has no GBK encoder of its own). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (table.has(char)) bytes.push(...table.get(char)!);
    else throw new Error(`no GBK code for ${char}`);
  }
  return Buffer.from(bytes);
}

const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n') + '\r\n';

/** A plan as it comes from an office: every messiness the import must read, and nothing wrong. */
async function messyPlan() {
  const [book, sheet] = workbook();
  mergedRow(sheet, 1, '某开发区２０２４年工作要点分工方案');
  mergedRow(sheet, 2, '（印发稿）');
  const header = [
    '序　号',
    '工作任务',
    '工作措施',
    '类 别',
    '责任单位',
    '协办单位',
    '分管\n领导',
    '完成时间',
    '报送要求',
    '备注',
  ];
  put(sheet, 4, header);
  mergedRow(sheet, 5, '一、民生实事');
  put(sheet, 6, ['（一）教育']);
  put(sheet, 7, [
    1,
    '新增中小学学位\n2000个',
    '1.完成新建学校竣工验收；\n2.秋季学期投入使用',
    '',
    '社事局',
    '开发建设局、各街道',
    '周杰',
    excelDate('2024-08-30'),
    '每月25日前',
  ]);
  sheet.getCell('H7').numFmt = DATE_FORMAT;
  put(sheet, 8, [
    2,
    { richText: [{ text: '学前教育', font: { bold: true } }, { text: '普惠扩容' }] },
    '',
    '',
    '社会事业局',
    '各镇（街道）',
    '分管社会事业副主任',
    '９月底前',
    '每季度末',
  ]);
  sheet.mergeCells('E8:E9'); // one lead unit for two tasks
  put(sheet, 9, [
    3,
    '\u3000校园安全隐患排查\u00A0',
    '',
    '安全隐患整改',
    '',
    '应急局\u00A0',
    '孙丽',
    { formula: 'DATE(2024,6,28)', result: excelDate('2024-06-28') },
    '每周五',
  ]);
  sheet.getCell('H9').numFmt = DATE_FORMAT;
  mergedRow(sheet, 11, '二、经济发展');
  put(sheet, 12, [
    4,
    '一季度固定资产投资实现“开门红”',
    '',
    '重大项目',
    '经济发展局',
    '投资促进局；财政国资局',
    '分管经济工作副主任',
    '一季度末',
    '每10个工作日',
  ]);
  put(sheet, 13, header); // printed with the header on every page
  put(sheet, 14, [
    5,
    '链主企业招商联动',
    '',
    '重点工作',
    '投资促进局、经济发展局',
    '科产局',
    '吴涛（分管招商副主任）',
    '2024年12月31日前',
    '每半月',
  ]);
  put(sheet, 15, [6, '优化营商环境', '', '重点工作', '营商局', '', '张三', '年底前', '一事一报']);
  put(sheet, 16, [7]);
  mergedRow(sheet, 17, '注：完成时限遇节假日的，以前一个工作日为准。');
  await save(book, 'messy-plan-2024.xlsx');
}

/** Every deadline phrase, one row each, with every cadence phrase in turn. */
async function phrasesPlan() {
  const [book, sheet] = workbook();
  mergedRow(sheet, 1, '2024年工作要点', 'F');
  put(sheet, 2, ['序号', '重点任务', '类别', '牵头单位', '完成时限', '报送频次']);
  DEADLINES.forEach(([phrase], i) =>
    put(sheet, i + 3, [
      i + 1,
      `完成时限：${phrase}`,
      '重点工作',
      '经济发展局',
      phrase,
      CADENCES[i % CADENCES.length][0],
    ]),
  );
  await save(book, 'phrases-2024.xlsx');
}

/** A bad cell of every kind, one row each (see BAD_ROWS). */
async function badPlan() {
  const [book, sheet] = workbook();
  mergedRow(sheet, 1, '2024年重点工作分工方案', 'I');
  put(sheet, 2, PLAN_HEADER);
  BAD_ROWS.forEach((bad, i) => {
    const row = [
      i + 1,
      bad.title ?? `事项${i + 1}`,
      bad.content ?? '',
      bad.category ?? '重点工作',
      bad.lead ?? '经济发展局',
      bad.cooperating ?? '',
      bad.leader ?? '',
      bad.deadline ?? '2024-06-28',
      bad.cadence ?? '',
    ];
    row.forEach((value, c) => {
      if (value !== '') sheet.getCell(i + 3, c + 1).value = value;
    });
  });
  await save(book, 'bad-plan-2024.xlsx');
}

/** A header in two rows: 责任主体 merged over 牵头单位 and 配合单位, the other headers merged down. */
async function twoRowHeaderPlan() {
  const [book, sheet] = workbook();
  mergedRow(sheet, 1, '2024年重点任务分工', 'F');
  put(sheet, 2, ['序号', '重点任务', '责任主体', '', '完成时限', '报送频次']);
  put(sheet, 3, ['', '', '牵头单位', '配合单位']);
  for (const column of ['A', 'B', 'E', 'F']) sheet.mergeCells(`${column}2:${column}3`);
  sheet.mergeCells('C2:D2');
  put(sheet, 4, [1, '重大项目手续办理提速', '开发建设局', '规划和自然资源分局', '6月底前', '每周五']);
  put(sheet, 5, [2, '城市更新试点', '开发建设局', '各街道', '下半年', '每月底']);
  await save(book, 'two-row-header-2024.xlsx');
}

const CSV_ROWS = [
  PLAN_HEADER,
  [
    '1',
    '春节前安全生产隐患排查整治',
    '深挖细排风险点位，完善闭环整改',
    '安全隐患整改',
    '应急管理局',
    '城市运行局、博兴街道',
    '孙丽',
    '2月8日前',
    '每5个工作日',
  ],
  [
    '2',
    '新增中小学学位',
    '按期完成新建学校竣工验收',
    '民生实事',
    '社会事业局',
    '开发建设局',
    '周杰',
    '8月底前',
    '每月25日前',
  ],
];

function csvPlans() {
  // What Excel and WPS on a Chinese Windows save as "CSV": GBK, a title row above the header.
  writeFileSync(
    join(FIXTURES, 'plan-gbk.csv'),
    gbk(csv([['2024年重点工作分工方案', '', '', '', '', '', '', '', ''], ...CSV_ROWS])),
  );
  // UTF-8 with a BOM, a cell over two lines, a blank line between rows.
  const multiline = CSV_ROWS.map((row, i) =>
    i === 1 ? row.map((cell, c) => (c === 2 ? `1.深挖细排风险点位\n2.完善闭环整改` : cell)) : row,
  );
  const text = csv([['2024年工作要点'], multiline[0], multiline[1], [], multiline[2]]);
  writeFileSync(
    join(FIXTURES, 'plan-utf8-bom.csv'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  );
  // No year anywhere: deadlines without one need the plan year.
  writeFileSync(join(FIXTURES, 'no-year.csv'), csv([['工作要点分工方案'], ...CSV_ROWS]));
  // A csv with errors, for the marked-up report.
  const bad = CSV_ROWS.map((row, i) =>
    i === 1 ? [...row.slice(0, 4), '经济发展处', ...row.slice(5, 7), '三季度中', '每两周'] : row,
  );
  writeFileSync(join(FIXTURES, 'bad-plan.csv'), csv([['2024年工作要点'], ...bad]));
}

async function main() {
  await messyPlan();
  await phrasesPlan();
  await badPlan();
  await twoRowHeaderPlan();
  csvPlans();
  console.log(`fixtures written to ${FIXTURES}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
