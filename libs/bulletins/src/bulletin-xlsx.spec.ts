import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { bulletinInput, seededRecord, shanghai } from './bulletin-factory';
import { renderBulletinXlsx, SHEET_NAMES } from './bulletin-xlsx';
import { computeBulletin } from './compute-bulletin';

const snapshot = computeBulletin(bulletinInput(seededRecord().map((r) => r.item)));
let workbook: ExcelJS.Workbook;

/** A row's values from column 1, as exceljs reads them back. */
const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);
/** A date cell holds the Shanghai wall time as UTC, so it reads back as that wall time. */
const wall = (local: string) => new Date(`${local}:00Z`);

beforeAll(async () => {
  const buffer = await renderBulletinXlsx(snapshot);
  const artifacts = resolve(__dirname, '../../../.data/test-artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'bulletin-2024-12.xlsx'), buffer);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
});

describe('renderBulletinXlsx, read back with exceljs', () => {
  it('has the summary, the overdue and at-risk items, the items closed and the escalations', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(SHEET_NAMES));
    expect(workbook.creator).toBe('工委管委会督查室');
  });

  it('tabulates the units in rank order with the totals, under a frozen header', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.summary)!;
    expect(sheet.getCell('A1').value).toBe('督查通报（2024年第12期） 各单位督办事项情况（截至2024年4月8日9时）');
    expect(values(sheet, 2)).toEqual([
      '排名',
      '牵头单位',
      '在办',
      '按期推进',
      '其中临近时限',
      '逾期风险',
      '已逾期',
      '暂缓',
      '按时办结',
      '逾期办结',
      '平均逾期工作日',
      '本期漏报',
      '本期一级升级',
      '本期二级升级',
      '本期三级升级',
      '按期率(%)',
    ]);
    expect(values(sheet, 3)).toEqual([1, '经济发展局', 2, 2, 1, 0, 0, 0, 1, 0, '—', 0, 0, 0, 0, 100]);
    expect(values(sheet, 6)).toEqual([4, '投资促进局', 2, 0, 0, 0, 2, 0, 0, 1, 6.7, 0, 1, 0, 1, 0]);
    expect(values(sheet, 7)).toEqual(['', '合计', 10, 4, 2, 2, 3, 1, 2, 1, 8.3, 1, 1, 0, 2, 66.7]);
    expect(sheet.getCell('A9').value).toBe(snapshot.rankingRule);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(2).width).toBe(16);
  });

  it('lists the overdue then the at-risk items by unit, with their deadlines as dates', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.items)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(values(sheet, 2)).toEqual([
      '序号',
      '牵头单位',
      '事项名称',
      '类别',
      '配合单位',
      '责任领导',
      '原定时限',
      '现行时限',
      '情形',
      '逾期工作日',
      '升级级别',
      '进度(%)',
      '办理状态',
    ]);
    expect(sheet.actualRowCount).toBe(2 + 5);
    expect(values(sheet, 3)).toEqual([
      1,
      '投资促进局',
      '重点项目征地拆迁攻坚',
      '重大项目',
      '经济发展局',
      '王建国',
      new Date('2024-03-20T00:00:00Z'),
      new Date('2024-03-20T00:00:00Z'),
      '已逾期',
      12,
      '三级',
      50,
      '办理中',
    ]);
    expect(sheet.getCell('G3').numFmt).toBe('yyyy-mm-dd');
    expect([3, 4, 5, 6, 7].map((r) => [sheet.getCell(`C${r}`).value, sheet.getCell(`I${r}`).value])).toEqual([
      ['重点项目征地拆迁攻坚', '已逾期'],
      ['园区数字化管理平台上线', '已逾期'],
      ['老旧小区改造年度任务', '已逾期'],
      ['河道综合治理', '逾期风险'],
      ['安全生产隐患排查整治', '逾期风险'],
    ]);
  });

  it('lists the items closed since the previous bulletin with their closing time', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.closed)!;
    expect(sheet.actualRowCount).toBe(2 + 2);
    expect(values(sheet, 3).slice(1)).toEqual([
      '投资促进局',
      '招商引资签约项目落地',
      '重大项目',
      '',
      '王建国',
      new Date('2024-03-25T00:00:00Z'),
      new Date('2024-03-25T00:00:00Z'),
      wall('2024-04-02T10:00'),
      '逾期',
      6,
    ]);
    expect(sheet.getCell('I3').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('J4').value).toBe('按时');
  });

  it('lists the escalations flagged for the bulletin', () => {
    const sheet = workbook.getWorksheet(SHEET_NAMES.escalations)!;
    expect(sheet.actualRowCount).toBe(2 + 1);
    expect(values(sheet, 3).slice(1, 3)).toEqual(['投资促进局', '重点项目征地拆迁攻坚']);
    expect(sheet.getCell('I3').value).toEqual(wall('2024-04-04T00:00'));
    expect(sheet.getCell('J3').value).toBe('三级');
    expect(new Date(snapshot.escalations[0].at)).toEqual(new Date(shanghai('2024-04-04T00:00')));
  });
});
