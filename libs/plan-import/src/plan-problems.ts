import { CATEGORIES } from '@duban/domain';
import type { PlanField, PlanProblem, PlanProblemCode, ProblemSeverity } from './plan-types';

/** What a message may name besides its cell. */
export interface ProblemDetail {
  phrase?: string;
  name?: string;
  names?: string[];
  suggestion?: string | null;
  count?: number;
  otherRow?: number;
  planYear?: number | null;
  titleYear?: number;
  date?: string;
  movedTo?: string;
  milestone?: string;
  hint?: 'month_before' | 'spring_festival';
  detail?: string;
  column?: string;
}

/** Where a problem is: a cell (row and column), a column (row null), or the file (both null). */
export interface ProblemPlace {
  row: number | null;
  column: string | null;
  header: string | null;
  field: PlanField | null;
}

const WARNINGS: PlanProblemCode[] = [
  'column_duplicate',
  'plan_year_differs',
  'title_duplicate',
  'lead_unit_several',
  'leader_unmatched',
  'leader_ambiguous',
  'leader_not_leader',
  'leader_several',
  'deadline_before_plan_year',
  'deadline_moved',
  'deadline_passed',
  'calendar_unconfirmed',
];

export const FIELD_NAMES: Record<PlanField, [zh: string, en: string]> = {
  seq: ['序号', 'No.'],
  title: ['重点任务', 'task'],
  content: ['具体措施', 'measures'],
  category: ['类别', 'category'],
  leadUnit: ['牵头单位', 'lead unit'],
  cooperatingUnits: ['配合单位', 'cooperating units'],
  leader: ['责任领导', 'supervising leader'],
  deadline: ['完成时限', 'deadline'],
  cadence: ['报送频次', 'reporting cadence'],
  notes: ['备注', 'notes'],
};

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const cnDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const list = (names: string[] | undefined) => (names ?? []).join('、');
const listEn = (names: string[] | undefined) => (names ?? []).join(', ');

type Texts = (d: ProblemDetail, example: number) => [zh: string, en: string];

const TEXTS: Record<PlanProblemCode, Texts> = {
  file_unreadable: (d) => [
    `文件无法读取（${d.detail}），请确认上传的是未损坏的 Excel（.xlsx）或 CSV 文件`,
    `The file cannot be read (${d.detail}); upload an undamaged Excel (.xlsx) or CSV file`,
  ],
  // The detail says what was found (an old workbook, or binary content that is no spreadsheet at all).
  file_format_unsupported: (d) => [
    `不支持此文件格式（${d.detail}）：旧版 Excel（.xls）、WPS 表格（.et）或设有打开密码的文件，请在 Excel 或 WPS 中取消密码、“另存为”.xlsx 后再导入`,
    `Unsupported file (${d.detail}): save an old .xls or .et workbook (or a password-protected one, without its password) as .xlsx and upload that`,
  ],
  sheet_empty: () => ['文件中没有任何内容', 'The file holds no values'],
  sheet_too_large: (d) => [
    `表格过大（${d.detail}），请删去多余的行、列和内容后再导入`,
    `The sheet is too large (${d.detail}); delete the extra rows, columns and content and upload it again`,
  ],
  header_not_found: () => [
    '前 30 行中找不到表头：表头应有“重点任务”“牵头单位”“完成时限”等列名',
    'No header row in the first 30 rows: a plan’s header names columns such as 重点任务 (task), 牵头单位 (lead unit) and 完成时限 (deadline)',
  ],
  column_missing: (d) => [
    `缺少「${d.name}」列，可用的列名有：${list(d.names)}`,
    `The ${d.name} column is missing; accepted headers: ${listEn(d.names)}`,
  ],
  column_duplicate: (d) => [
    `这一列与 ${d.column} 列都是「${d.name}」，只导入 ${d.column} 列`,
    `This column and column ${d.column} both hold ${d.name}; only column ${d.column} is imported`,
  ],
  no_rows: () => ['表头下面没有可导入的事项', 'There are no items below the header'],
  plan_year_differs: (d) => [
    `导入时选择的年度 ${d.planYear} 与标题中的 ${d.titleYear} 年不一致，按 ${d.planYear} 年解析完成时限`,
    `The plan year chosen (${d.planYear}) differs from the title’s (${d.titleYear}); deadlines are read in ${d.planYear}`,
  ],
  cell_error: (d) => [
    `单元格的公式出错（${d.phrase}），请改正公式或填写内容`,
    `The cell holds a formula error (${d.phrase}); correct the formula or write the value`,
  ],
  title_missing: () => ['重点任务不能为空', 'The task is empty'],
  title_too_long: (d) => [
    `重点任务最多 200 字，现有 ${d.count} 字；可把细节移到「具体措施」`,
    `The task has ${d.count} characters, at most 200; move the details to the measures`,
  ],
  title_duplicate: (d) => [
    `与第 ${d.otherRow} 行的重点任务相同，请确认不是重复录入`,
    `Same task as row ${d.otherRow}; check it is not entered twice`,
  ],
  content_too_long: (d) => [
    `具体措施最多 5000 字，现有 ${d.count} 字`,
    `The measures have ${d.count} characters, at most 5000`,
  ],
  category_missing: () => [
    `类别为空，上方也没有写明类别的分类标题；请填写：${CATEGORIES.join('、')}`,
    `No category, and no section heading above names one; write one of: ${CATEGORIES.join(', ')}`,
  ],
  category_unknown: (d) => [
    `无法识别类别“${d.phrase}”，只能是：${CATEGORIES.join('、')}`,
    `Unknown category “${d.phrase}”; it is one of: ${CATEGORIES.join(', ')}`,
  ],
  lead_unit_missing: () => ['牵头单位不能为空，请填写一个牵头单位', 'The lead unit is empty; name one unit'],
  lead_unit_several: (d) => [
    `牵头单位只能有一个：已按“${d.name}”牵头，${list(d.names)} 作为配合单位`,
    `An item has one lead unit: ${d.name} leads, ${listEn(d.names)} cooperate`,
  ],
  lead_unit_group: (d) => [
    `牵头单位只能有一个，“${d.name}”包含 ${d.count} 个单位；请指定一个牵头单位，其余写在「配合单位」，或拆成每个单位一行`,
    `An item has one lead unit, and “${d.name}” names ${d.count}; name one lead unit and the others as cooperating units, or one row per unit`,
  ],
  unit_unknown: (d) => [
    `单位目录中没有“${d.name}”${d.suggestion ? `，是否是“${d.suggestion}”？` : '，请写单位全称，或请管理员为该单位添加别名'}`,
    `No unit “${d.name}” in the directory${d.suggestion ? `; did you mean “${d.suggestion}”?` : '; write the full name, or ask the admin to add it as an alias'}`,
  ],
  unit_inactive: (d) => [
    `“${d.name}”已停用，请改为现在承担此项工作的单位`,
    `“${d.name}” is no longer active; name the unit that does this work now`,
  ],
  unit_ambiguous: (d) => [
    `“${d.name}”对应多个单位（${list(d.names)}），请写单位全称`,
    `“${d.name}” names several units (${listEn(d.names)}); write the full name`,
  ],
  unit_group_vague: (d) => [
    `“${d.name}”没有指明是哪些单位，请逐一写出单位名称，或用“各街道”“各部门”表示某一类的全部单位`,
    `“${d.name}” does not say which units; name them, or write 各街道 / 各部门 for every unit of a kind`,
  ],
  unit_kind_empty: (d) => [
    `单位目录中没有“${list(d.names)}”类的在用单位，无法展开“${d.name}”`,
    `No active units of the kind ${listEn(d.names)} in the directory, so “${d.name}” names nobody`,
  ],
  leader_unmatched: (d) => [
    `找不到姓名或职务为“${d.phrase}”的领导，将按文字保存，该领导收不到升级提醒；可在用户管理中填写领导的职务`,
    `No leader is named or titled “${d.phrase}”; it is kept as text and nobody receives its escalations. The admin can set leaders’ titles`,
  ],
  leader_ambiguous: (d) => [
    `“${d.phrase}”对应多位领导（${list(d.names)}），将按文字保存；请写领导姓名`,
    `“${d.phrase}” fits several leaders (${listEn(d.names)}); it is kept as text. Write the leader’s name`,
  ],
  leader_not_leader: (d) => [
    `“${d.phrase}”（${list(d.names)}）不是分管领导角色，将按文字保存`,
    `“${d.phrase}” (${listEn(d.names)}) does not have the leader role; it is kept as text`,
  ],
  leader_several: (d) => [
    `责任领导只能有一位：已按“${d.name}”，未记录 ${list(d.names)}`,
    `An item has one supervising leader: ${d.name} is taken, ${listEn(d.names)} is not recorded`,
  ],
  deadline_missing: (_, y) => [
    `完成时限不能为空，请写成具体日期，如 ${y}年6月30日`,
    `The deadline is empty; write a date such as ${y}-06-30`,
  ],
  deadline_unreadable: (d, y) =>
    d.hint === 'month_before'
      ? [
          `“${d.phrase}”可能指该月底前，也可能指上月底前，请写成如“6月底前”或“5月31日前”`,
          `“${d.phrase}” may mean by the end of that month or before it; write 6月底前 (by 30 June) or 5月31日前 (by 31 May)`,
        ]
      : d.hint === 'spring_festival'
        ? [
            `“${d.phrase}”通常指春节前，请写成具体日期，如 ${y}年2月9日`,
            `“${d.phrase}” usually means before the Spring Festival; write a date such as ${y}-02-09`,
          ]
        : [
            `无法识别“${d.phrase}”，请写成具体日期，如 ${y}年9月30日`,
            `Cannot read “${d.phrase}”; write a date such as ${y}-09-30`,
          ],
  deadline_open_ended: (d, y) => [
    `“${d.phrase}”不是完成时限；督办事项需要一个具体日期，长期工作请写考核节点，如“年底前”（${y}年12月31日）`,
    `“${d.phrase}” is not a deadline; an item needs a date. For ongoing work write the date it is assessed, e.g. 年底前 (${y}-12-31)`,
  ],
  deadline_invalid_date: (d) => [
    `“${d.phrase}”不是有效日期，请检查月份和日期`,
    `“${d.phrase}” is not a valid date; check the month and the day`,
  ],
  deadline_needs_year: (d, y) => [
    `“${d.phrase}”没有写年份，标题中也找不到计划年度；请在标题中写明年度（如“${y}年工作要点分工方案”）或导入时选择计划年度`,
    `“${d.phrase}” has no year and the title names no plan year; put the year in the title (e.g. ${y}年工作要点分工方案) or choose the plan year when importing`,
  ],
  deadline_before_plan_year: (d) => [
    `“${d.phrase}”在计划年度 ${d.planYear} 年之前，请确认年份`,
    `“${d.phrase}” is before the plan year ${d.planYear}; check the year`,
  ],
  deadline_day_off: (d) => [
    `${d.milestone ? `节点“${d.milestone}”的` : ''}${cnDate(d.date!)}（${WEEKDAYS_ZH[weekday(d.date!)]}）是休息日，督办规则要求完成时限为工作日；请改为前一个工作日 ${cnDate(d.movedTo!)}`,
    `${d.milestone ? `The node ${d.milestone}: ` : ''}${d.date} (${WEEKDAYS_EN[weekday(d.date!)]}) is a day off and the policy asks for a workday; write the workday before, ${d.movedTo}`,
  ],
  deadline_moved: (d) => [
    `${d.milestone ? `节点“${d.milestone}”的` : ''}${cnDate(d.date!)}（${WEEKDAYS_ZH[weekday(d.date!)]}）是休息日，已按督办规则提前到前一个工作日 ${cnDate(d.movedTo!)}`,
    `${d.milestone ? `The node ${d.milestone}: ` : ''}${d.date} (${WEEKDAYS_EN[weekday(d.date!)]}) is a day off; moved to the workday before, ${d.movedTo}, as the policy says`,
  ],
  deadline_passed: (d) => [
    `完成时限 ${cnDate(d.date!)} 已过：导入后为草稿，交办前请调整完成时限（或作为补录事项交办）`,
    `The deadline ${d.date} has passed: the draft needs a later deadline before it is published (or is recorded after the fact)`,
  ],
  calendar_unconfirmed: (d) => [
    `${d.date!.slice(0, 4)} 年的节假日安排尚未录入，暂按周一至周五判断工作日`,
    `The holidays of ${d.date!.slice(0, 4)} are not loaded yet; workdays are taken as Monday to Friday`,
  ],
  cadence_unreadable: (d) => [
    `无法识别报送频次“${d.phrase}”，请写成如“每10个工作日”“每周五”“每月25日前”“每月底”“每季度末”；没有固定频次请写“不定期”`,
    `Cannot read the cadence “${d.phrase}”; write e.g. 每10个工作日, 每周五, 每月25日前, 每月底, 每季度末, or 不定期 for none`,
  ],
  cadence_out_of_range: (d) => [
    `报送频次“${d.phrase}”超出范围：每 N 个工作日的 N 为 1–60，每月 N 日的 N 为 1–31`,
    `The cadence “${d.phrase}” is out of range: every 1–60 workdays, or a day 1–31 of the month`,
  ],
  cadence_weekend: (d) => [
    `报送频次“${d.phrase}”落在周末，请选周一至周五中的一天`,
    `The cadence “${d.phrase}” falls on a weekend; choose Monday to Friday`,
  ],
  item_refused: (d) => [`该行不能建立督办事项：${d.detail}`, `The row cannot become an item: ${d.detail}`],
};

export const severityOf = (code: PlanProblemCode): ProblemSeverity => (WARNINGS.includes(code) ? 'warning' : 'error');

/** A problem at a place, its message prefixed the way a clerk reads it: 第 12 行「完成时限」：… */
export function planProblem(place: ProblemPlace, code: PlanProblemCode, detail: ProblemDetail = {}): PlanProblem {
  const [zh, en] = TEXTS[code](detail, detail.planYear ?? 2024);
  const header = place.header || place.column;
  const fieldEn = place.field ? ` (${FIELD_NAMES[place.field][1]})` : '';
  const where: [string, string] =
    place.row !== null
      ? [
          `第 ${place.row} 行${header ? `「${header}」` : ''}：`,
          `Row ${place.row}${header ? `, ${header}${fieldEn}` : ''}: `,
        ]
      : place.column !== null
        ? [`${place.column} 列「${place.header ?? ''}」：`, `Column ${place.column}, ${place.header ?? ''}${fieldEn}: `]
        : ['', ''];
  return { ...place, severity: severityOf(code), code, message: where[0] + zh, messageEn: where[1] + en };
}
