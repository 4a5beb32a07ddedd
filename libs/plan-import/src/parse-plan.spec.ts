import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_ROWS, CADENCES, DEADLINES } from '../test/plan-cases';
import { CALENDAR, DIRECTORY, unitId, userId } from '../test/plan-directory';
import { parsePlan } from './parse-plan';
import { draftItem } from './plan-draft';
import { cleanText } from './plan-text';
import { PLAN_FIELDS, type ParsePlanOptions, type PlanReport } from './plan-types';

const fixture = (name: string) => readFileSync(join(__dirname, '../test/fixtures', name));
const options = (fileName: string, overrides: Partial<ParsePlanOptions> = {}): ParsePlanOptions => ({
  fileName,
  directory: DIRECTORY,
  calendar: CALENDAR,
  dayOff: 'previous_workday',
  ...overrides,
});
const parseFixture = (name: string, overrides: Partial<ParsePlanOptions> = {}) =>
  parsePlan(fixture(name), options(name, overrides));
const parseCsv = (lines: string[], overrides: Partial<ParsePlanOptions> = {}) =>
  parsePlan(Buffer.from(lines.join('\n')), options('plan.csv', overrides));
const codesOf = (report: PlanReport, row: number | null = null) =>
  report.problems.filter((p) => p.row === row).map((p) => p.code);
const rowOf = (report: PlanReport, row: number) => report.rows.find((r) => r.row === row)!;

const HEADER = '序号,重点任务,类别,牵头单位,配合单位,责任领导,完成时限,报送频次';

describe('parsePlan on the sample plans', () => {
  it.each(['plan-2024.xlsx', 'plan-2024.csv'])('reads every row of %s', async (name) => {
    const report = await parseFixture(name);
    expect(report.ok).toBe(true);
    expect(report.rows.map((r) => r.title)).toEqual([
      '一季度固定资产投资实现“开门红”',
      '《若干措施》政策宣传全覆盖',
      '2024年度国有建设用地供应计划落地',
      '春节前安全生产隐患排查整治',
      '新增中小学学位（民生实事）',
      '链主企业招商联动',
    ]);
    // Month ends on a weekend move to the Friday before.
    expect(report.rows.map((r) => [r.deadline, r.movedFrom])).toEqual([
      ['2024-03-29', '2024-03-31'],
      ['2024-06-28', '2024-06-30'],
      ['2024-12-31', null],
      ['2024-02-08', null],
      ['2024-08-30', '2024-08-31'],
      ['2024-09-30', null],
    ]);
    const safety = report.rows[3];
    expect(safety).toMatchObject({
      category: '安全隐患整改',
      leadUnitName: '应急管理局',
      cooperatingUnitNames: ['城市运行局', '博兴街道', '荣华街道'],
      supervisingLeaderId: userId('孙丽'),
      reportingCadence: { kind: 'workdays', every: 5 },
    });
    expect(report.problems.map((p) => p.code)).toEqual(['deadline_moved', 'deadline_moved', 'deadline_moved']);
  });

  it('reads the plan year from the xlsx title, and finds the header below it', async () => {
    const report = await parseFixture('plan-2024.xlsx');
    expect(report).toMatchObject({ planYear: 2024, planYearFrom: 'title', headerRow: 2, format: 'xlsx' });
    expect(report.columns.map((c) => `${c.column}:${c.field}`)).toEqual([
      'A:seq',
      'B:title',
      'C:content',
      'D:category',
      'E:leadUnit',
      'F:cooperatingUnits',
      'G:leader',
      'H:deadline',
      'I:cadence',
    ]);
  });

  it('makes each row a draft item in the shape the API creates', async () => {
    const report = await parseFixture('plan-2024.xlsx');
    expect(draftItem(report.rows[0])).toEqual({
      title: '一季度固定资产投资实现“开门红”',
      content: '用好重大项目工作推进机制，明确时间表和责任书，强化资金等要素保障，项目应开尽开、能快则快',
      category: '重大项目',
      leadUnitId: unitId('经济发展局'),
      cooperatingUnitIds: [unitId('投资促进局'), unitId('财政国资局')],
      supervisingLeaderId: userId('李强'),
      deadline: '2024-03-29',
      reportingCadence: { kind: 'workdays', every: 10 },
    });
  });
});

describe('parsePlan on a messy plan', () => {
  let report: PlanReport;
  beforeAll(async () => {
    report = await parseFixture('messy-plan-2024.xlsx');
  });

  it('finds the header under merged title rows and a blank row, with spaced and broken headers', () => {
    expect(report).toMatchObject({ ok: true, headerRow: 4, planYear: 2024, planYearFrom: 'title' });
    expect(report.columns.map((c) => c.field)).toEqual(PLAN_FIELDS);
  });

  it('skips headings, the repeated header and a numbered blank row, and says so', () => {
    expect(report.skipped).toEqual([
      { row: 5, reason: 'category_heading', text: '一、民生实事', category: '民生实事' },
      { row: 6, reason: 'heading', text: '（一）教育' },
      { row: 11, reason: 'heading', text: '二、经济发展' },
      { row: 13, reason: 'repeated_header', text: '工作任务' },
      { row: 16, reason: 'numbered_blank', text: '7' },
      { row: 17, reason: 'heading', text: '注：完成时限遇节假日的，以前一个工作日为准。' },
    ]);
    expect(report.rows.map((r) => r.row)).toEqual([7, 8, 9, 12, 14, 15]);
  });

  it('takes the category from the section heading until a heading of the same level names none', () => {
    expect(report.rows.map((r) => [r.category, r.categoryFrom])).toEqual([
      ['民生实事', 'heading'],
      ['民生实事', 'heading'],
      ['安全隐患整改', 'cell'],
      ['重大项目', 'cell'],
      ['重点工作', 'cell'],
      ['重点工作', 'cell'],
    ]);
  });

  it('reads line breaks, rich text, full-width and invisible spaces as the clerk meant them', () => {
    expect(rowOf(report, 7)).toMatchObject({
      title: '新增中小学学位2000个',
      content: '1.完成新建学校竣工验收；\n2.秋季学期投入使用',
    });
    expect(rowOf(report, 8).title).toBe('学前教育普惠扩容');
    expect(rowOf(report, 9).title).toBe('校园安全隐患排查');
    expect(rowOf(report, 9).cooperatingUnitNames).toEqual(['应急管理局']);
  });

  it('gives a merged lead unit cell to every row it covers', () => {
    expect(rowOf(report, 8).leadUnitName).toBe('社会事业局');
    expect(rowOf(report, 9).leadUnitName).toBe('社会事业局');
  });

  it('resolves aliases and expands every unit of a kind', () => {
    expect(rowOf(report, 7)).toMatchObject({
      leadUnitId: unitId('社会事业局'),
      leadUnitPhrase: '社事局',
      cooperatingUnitNames: ['开发建设局', '博兴街道', '荣华街道'],
    });
    expect(rowOf(report, 8).cooperatingUnitNames).toEqual(['亦庄镇', '旧宫镇', '博兴街道', '荣华街道']);
  });

  it('reads Excel date cells and formula results, and full-width phrases', () => {
    expect(rowOf(report, 7)).toMatchObject({ deadline: '2024-08-30', deadlinePhrase: '2024-08-30' });
    expect(rowOf(report, 9)).toMatchObject({ deadline: '2024-06-28' });
    expect(rowOf(report, 8)).toMatchObject({ deadline: '2024-09-30', deadlinePhrase: '9月底前' });
  });

  it('makes the first of several lead units the lead and the rest cooperating, as a warning', () => {
    expect(rowOf(report, 14)).toMatchObject({
      valid: true,
      leadUnitName: '投资促进局',
      cooperatingUnitNames: ['科技和产业促进局', '经济发展局'],
    });
  });

  it('keeps a leader nobody is named or titled as text, as a warning', () => {
    expect(rowOf(report, 15)).toMatchObject({ valid: true, supervisingLeaderId: null, leaderText: '张三' });
    expect(rowOf(report, 14)).toMatchObject({ supervisingLeaderId: userId('吴涛'), leaderText: null });
  });

  it('warns and errs on nothing else', () => {
    expect(report.problems.map((p) => `${p.column}${p.row} ${p.severity} ${p.code}`)).toEqual([
      'H12 warning deadline_moved',
      'E14 warning lead_unit_several',
      'G15 warning leader_unmatched',
    ]);
  });
});

describe('parsePlan reads every phrase in a workbook', () => {
  it('reads each deadline and cadence phrase of the phrases plan', async () => {
    const report = await parseFixture('phrases-2024.xlsx', { dayOff: 'allow' });
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => [r.deadlinePhrase, r.deadline, r.milestones.map((m) => m.deadline)])).toEqual(
      DEADLINES.map(([phrase, deadline, milestones = []]) => [cleanText(phrase), deadline, milestones]),
    );
    expect(report.rows.map((r) => r.reportingCadence)).toEqual(
      DEADLINES.map((_, i) => CADENCES[i % CADENCES.length][1]),
    );
  });

  it('reads a header of two rows whose merged cells reach the second', async () => {
    const report = await parseFixture('two-row-header-2024.xlsx', { dayOff: 'allow', defaultCategory: '重点工作' });
    expect(report).toMatchObject({ ok: true, headerRow: 3 });
    expect(report.rows.map((r) => [r.title, r.leadUnitName, r.cooperatingUnitNames, r.deadline])).toEqual([
      ['重大项目手续办理提速', '开发建设局', ['规划和自然资源分局'], '2024-06-30'],
      ['城市更新试点', '开发建设局', ['博兴街道', '荣华街道'], '2024-12-31'],
    ]);
  });
});

describe('parsePlan on csv files', () => {
  it('reads a GBK csv with a title row', async () => {
    const report = await parseFixture('plan-gbk.csv');
    expect(report).toMatchObject({ ok: true, format: 'csv', planYear: 2024, headerRow: 2 });
    expect(report.rows.map((r) => [r.row, r.title, r.deadline])).toEqual([
      [3, '春节前安全生产隐患排查整治', '2024-02-08'],
      [4, '新增中小学学位', '2024-08-30'],
    ]);
  });

  it('reads a UTF-8 csv with a BOM, a cell over two lines and a blank line', async () => {
    const report = await parseFixture('plan-utf8-bom.csv');
    expect(report).toMatchObject({ ok: true, headerRow: 2 });
    expect(report.rows.map((r) => [r.row, r.content])).toEqual([
      [3, '1.深挖细排风险点位\n2.完善闭环整改'],
      [5, '按期完成新建学校竣工验收'],
    ]);
  });

  it('needs the plan year for deadlines without one, and reads them with it', async () => {
    const without = await parseFixture('no-year.csv');
    expect(without.ok).toBe(false);
    expect(without.planYear).toBeNull();
    expect(without.problems.map((p) => p.code)).toEqual(['deadline_needs_year', 'deadline_needs_year']);
    expect(without.problems[0].message).toBe(
      '第 3 行「完成时限」：“2月8日前”没有写年份，标题中也找不到计划年度；请在标题中写明年度（如“2024年工作要点分工方案”）或导入时选择计划年度',
    );
    const given = await parseFixture('no-year.csv', { planYear: 2024 });
    expect(given).toMatchObject({ ok: true, planYear: 2024, planYearFrom: 'option' });
  });
});

describe('parsePlan reports every bad cell', () => {
  let report: PlanReport;
  beforeAll(async () => {
    report = await parseFixture('bad-plan-2024.xlsx');
  });

  it.each(BAD_ROWS.map((bad, i) => [i + 3, bad.codes] as const))('row %i raises %j', (row, codes) => {
    expect(codesOf(report, row).sort()).toEqual([...codes].sort());
  });

  it('is not ok, and no row with an error is valid', () => {
    expect(report.ok).toBe(false);
    for (const row of report.rows)
      expect(row.valid).toBe(!report.problems.some((p) => p.row === row.row && p.severity === 'error'));
    expect(codesOf(report, null)).toEqual([]);
  });

  it('words each problem for the clerk, in Chinese and in English', () => {
    const unreadable = report.problems.find((p) => p.code === 'deadline_unreadable')!;
    expect(unreadable).toMatchObject({
      row: 21,
      column: 'H',
      header: '完成时限',
      field: 'deadline',
      severity: 'error',
    });
    expect(unreadable.message).toBe('第 21 行「完成时限」：无法识别“三季度中”，请写成具体日期，如 2024年9月30日');
    expect(unreadable.messageEn).toBe(
      'Row 21, 完成时限 (deadline): Cannot read “三季度中”; write a date such as 2024-09-30',
    );
    const unknown = report.problems.find((p) => p.code === 'unit_unknown')!;
    expect(unknown.message).toBe('第 11 行「牵头单位」：单位目录中没有“经济发展处”，是否是“经济发展局”？');
    const moved = report.problems.find((p) => p.row === 25)!;
    expect(moved.message).toBe(
      '第 25 行「完成时限」：2024年3月31日（星期日）是休息日，已按督办规则提前到前一个工作日 2024年3月29日',
    );
  });

  it('removes control characters from a title', () => {
    expect(rowOf(report, 31).title).toBe('清理控制字符');
  });

  it('gives rows without a category the default category', async () => {
    const withDefault = await parseFixture('bad-plan-2024.xlsx', { defaultCategory: '重点工作' });
    expect(codesOf(withDefault, 7)).toEqual([]);
    expect(rowOf(withDefault, 7)).toMatchObject({ category: '重点工作', categoryFrom: 'default' });
  });
});

describe('parsePlan and a deadline already passed', () => {
  const plan = [HEADER, '1,旧任务,重点工作,经济发展局,,,2024-04-01,', '2,今日任务,重点工作,经济发展局,,,2024-04-02,'];

  it('flags a deadline before today as a warning (the draft still imports), not today itself', async () => {
    const report = await parseCsv(plan, { today: '2024-04-02' });
    expect(report.ok).toBe(true);
    expect(codesOf(report, 2)).toEqual(['deadline_passed']);
    expect(report.problems[0]).toMatchObject({ severity: 'warning', column: 'G' });
    expect(report.problems[0].message).toContain('完成时限 2024年4月1日 已过');
    expect(codesOf(report, 3)).toEqual([]);
  });

  it('says nothing when it is not told what day it is', async () => {
    expect((await parseCsv(plan)).problems).toEqual([]);
  });
});

describe('parsePlan and deadlines on a day off', () => {
  const sundayRow = async (dayOff: ParsePlanOptions['dayOff']) => {
    const report = await parseCsv([HEADER, '1,任务,重点工作,经济发展局,,,2024-03-31,'], { dayOff });
    return { report, row: report.rows[0] };
  };

  it('keeps the day with allow', async () => {
    const { report, row } = await sundayRow('allow');
    expect(row).toMatchObject({ deadline: '2024-03-31', movedFrom: null, deadlinePhrase: '2024-03-31' });
    expect(report.problems).toEqual([]);
  });

  it('moves it to the workday before with previous_workday, and says so', async () => {
    const { report, row } = await sundayRow('previous_workday');
    expect(row).toMatchObject({ deadline: '2024-03-29', movedFrom: '2024-03-31', valid: true });
    expect(codesOf(report, 2)).toEqual(['deadline_moved']);
    expect(report.ok).toBe(true);
  });

  it('refuses it with refuse, naming the workday before', async () => {
    const { report, row } = await sundayRow('refuse');
    expect(row).toMatchObject({ deadline: null, valid: false });
    expect(report.ok).toBe(false);
    expect(report.problems[0].message).toBe(
      '第 2 行「完成时限」：2024年3月31日（星期日）是休息日，督办规则要求完成时限为工作日；请改为前一个工作日 2024年3月29日',
    );
  });

  it('moves across a holiday and keeps an adjusted workday (调休)', async () => {
    const report = await parseCsv([
      HEADER,
      '1,国庆,重点工作,经济发展局,,,2024-10-03,',
      '2,调休,重点工作,经济发展局,,,2024-09-29,',
    ]);
    expect(report.rows.map((r) => r.deadline)).toEqual(['2024-09-30', '2024-09-29']);
  });

  it('moves each node of a recurring deadline on its own', async () => {
    const report = await parseCsv([HEADER, '1,季度任务,重点工作,经济发展局,,,每季度末,每季度末'], { planYear: 2024 });
    expect(report.rows[0].milestones).toEqual([
      { title: '一季度末', deadline: '2024-03-29', movedFrom: '2024-03-31' },
      { title: '二季度末', deadline: '2024-06-28', movedFrom: '2024-06-30' },
      { title: '三季度末', deadline: '2024-09-30', movedFrom: null },
      { title: '四季度末', deadline: '2024-12-31', movedFrom: null },
    ]);
    expect(report.rows[0]).toMatchObject({ deadline: '2024-12-31', reportingCadence: { kind: 'quarterly' } });
  });
});

describe('parsePlan on files it cannot import', () => {
  it.each([
    ['plan.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'), 'file_unreadable'],
    ['plan.xlsx', Buffer.from('序号,重点任务'), 'file_unreadable'],
    ['plan.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'file_format_unsupported'],
    ['plan.csv', Buffer.alloc(0), 'sheet_empty'],
    ['plan.csv', Buffer.from('姓名,电话\n张三,123'), 'header_not_found'],
  ])('%s (%s) is one problem for the whole file', async (fileName, buffer, code) => {
    const report = await parsePlan(buffer, options(fileName));
    expect(report).toMatchObject({ ok: false, rows: [] });
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([[null, null, code]]);
  });

  it('names a missing column and what it may be called', async () => {
    const report = await parseCsv(['序号,重点任务,牵头单位,报送频次', '1,任务,经济发展局,每周五']);
    expect(report.problems.map((p) => p.code)).toEqual(['column_missing']);
    expect(report.problems[0].message).toMatch(/^缺少「完成时限」列，可用的列名有：完成时限、完成时间/);
  });

  it('reads the first of two columns of one field and warns about the second', async () => {
    const report = await parseCsv(
      ['序号,重点任务,牵头单位,牵头单位,完成时限,类别', '1,任务,经济发展局,财政国资局,6月底前,重点工作'],
      { planYear: 2024, dayOff: 'allow' },
    );
    expect(report.problems.map((p) => [p.column, p.code])).toEqual([['D', 'column_duplicate']]);
    expect(report.rows[0].leadUnitName).toBe('经济发展局');
    expect(report.ok).toBe(true);
  });

  it('says when there is nothing below the header', async () => {
    const report = await parseCsv([HEADER, ',,,,,,,']);
    expect(codesOf(report)).toEqual(['no_rows']);
  });

  it('warns when the plan year chosen differs from the title’s, and reads deadlines in the chosen one', async () => {
    const report = await parseFixture('messy-plan-2024.xlsx', { planYear: 2025 });
    expect(codesOf(report)).toEqual(['plan_year_differs']);
    expect(report).toMatchObject({ planYear: 2025, planYearFrom: 'option' });
    expect(rowOf(report, 15).deadline).toBe('2025-12-31');
  });

  it('is not ok when one row of many fails, and the other rows are still valid', async () => {
    const report = await parseCsv(
      [
        HEADER,
        '1,甲,重点工作,经济发展局,,,6月底前,',
        '2,乙,重点工作,经济发展处,,,6月底前,',
        '3,丙,重点工作,投促局,,,6月28日,',
      ],
      { planYear: 2024, dayOff: 'allow' },
    );
    expect(report.ok).toBe(false);
    expect(report.rows.map((r) => r.valid)).toEqual([true, false, true]);
    expect(() => draftItem(report.rows[1])).toThrow('row 3 has errors');
  });
});
