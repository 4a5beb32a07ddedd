import { CATEGORIES, type Category } from '@duban/domain';
import { readCadencePhrase } from './cadence-phrase';
import { deadlineOfDate, readDeadlinePhrase } from './deadline-phrase';
import { LeaderResolver } from './leader-resolver';
import { fieldOfHeader, findHeaderRow, headerNamesOf } from './plan-columns';
import { FIELD_NAMES, planProblem, type ProblemDetail } from './plan-problems';
import { PlanFileError, readPlanSheet, type PlanSheet, type SheetCell } from './plan-sheet';
import { cleanText, columnLetter, halfWidth, lookupKey } from './plan-text';
import type {
  ParsePlanOptions,
  PlanColumn,
  PlanField,
  PlanMilestone,
  PlanProblem,
  PlanProblemCode,
  PlanReport,
  PlanRow,
  SkippedRow,
} from './plan-types';
import { UnitResolver, type UnitPart } from './unit-resolver';

const REQUIRED: PlanField[] = ['title', 'leadUnit', 'deadline'];
const TITLE_MAX = 200;
const CONTENT_MAX = 5000;
const CN_NUMERAL = '一二三四五六七八九十';
const HEADING_NUMBER = new RegExp(
  `^(?:[${CN_NUMERAL}]+[、.]|[(（][${CN_NUMERAL}]+[)）]|第[${CN_NUMERAL}]+(?:部分|章|节|篇))`,
);
const SUB_HEADING = new RegExp(`^[(（][${CN_NUMERAL}]+[)）]`);
const SEQ_NUMERAL = new RegExp(`^[(（]?[${CN_NUMERAL}]+[)）、.]?$`);

/**
 * A work plan (分工方案) read into draft items, or the row-by-row problems that stop it: the
 * xlsx or csv is read, its header found, each row resolved against the directory and the
 * business calendar. Bad input never throws: an unreadable file is a problem of the report.
 */
export async function parsePlan(buffer: Buffer, options: ParsePlanOptions): Promise<PlanReport> {
  try {
    return parsePlanSheet(await readPlanSheet(buffer, options.fileName), options);
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    const problem = planProblem({ row: null, column: null, header: null, field: null }, error.code, {
      detail: error.detail,
    });
    return { ...emptyReport(options.fileName, null, null), problems: [problem] };
  }
}

function emptyReport(fileName: string, format: PlanReport['format'], sheetName: string | null): PlanReport {
  return {
    ok: false,
    fileName,
    format,
    sheetName,
    planYear: null,
    planYearFrom: null,
    headerRow: null,
    columns: [],
    rows: [],
    problems: [],
    skipped: [],
  };
}

const categoryOf = (text: string): Category | null => {
  const key = lookupKey(text).replace(/类$/, '');
  return CATEGORIES.find((category) => category === key) ?? null;
};

// A heading names a category when it holds exactly one of them: 二、民生实事 → 民生实事.
const categoryInHeading = (text: string): Category | null => {
  const found = CATEGORIES.filter((category) => lookupKey(text).includes(category));
  return found.length === 1 ? found[0] : null;
};

/** The same as parsePlan, from cells already read (the bench and the tests build them directly). */
export function parsePlanSheet(sheet: PlanSheet, options: ParsePlanOptions): PlanReport {
  const report = emptyReport(options.fileName, sheet.format, sheet.sheetName);
  const texts = sheet.cells.map((row) => row.map((cell) => (cell ? cleanText(cell.text) : '')));
  const headerIndex = findHeaderRow(texts);
  const fileProblem = (code: PlanProblemCode, detail: ProblemDetail = {}, field: PlanField | null = null) =>
    report.problems.push(planProblem({ row: null, column: null, header: null, field }, code, detail));
  if (headerIndex === null) {
    fileProblem('header_not_found');
    return report;
  }
  report.headerRow = headerIndex + 1;

  const columnOf = new Map<PlanField, number>();
  texts[headerIndex].forEach((header, index) => {
    if (!header) return;
    const field = fieldOfHeader(header);
    const column = columnLetter(index + 1);
    const first = field ? columnOf.get(field) : undefined;
    if (field && first !== undefined) {
      const detail = { column: columnLetter(first + 1), name: FIELD_NAMES[field][0] };
      report.problems.push(planProblem({ row: null, column, header, field }, 'column_duplicate', detail));
    } else if (field) columnOf.set(field, index);
    report.columns.push({ column, header, field: first === undefined ? field : null });
  });
  for (const field of REQUIRED.filter((f) => !columnOf.has(f)))
    fileProblem('column_missing', { name: FIELD_NAMES[field][0], names: headerNamesOf(field) }, field);
  if (report.problems.some((p) => p.severity === 'error')) return report;

  const planYear = planYearOf(texts.slice(0, headerIndex), options, report);
  const context: RowContext = {
    options,
    planYear,
    columns: report.columns,
    columnOf,
    units: new UnitResolver(options.directory.units),
    leaders: new LeaderResolver(options.directory.users),
  };
  let section: { category: Category; level: number } | null = null;
  const titleRows = new Map<string, number>();
  for (let index = headerIndex + 1; index < sheet.cells.length; index++) {
    const rowTexts = texts[index];
    if (rowTexts.every((text) => !text)) continue;
    const row = index + 1;
    const skipped = skippedRow(rowTexts, row, texts[headerIndex], columnOf);
    if (skipped) {
      if (skipped.reason === 'heading' || skipped.reason === 'category_heading') {
        const level = SUB_HEADING.test(skipped.text) ? 2 : 1;
        const category = categoryInHeading(skipped.text);
        if (category) section = { category, level };
        else if (section && level <= section.level) section = null;
        if (category) Object.assign(skipped, { reason: 'category_heading', category });
      }
      report.skipped.push(skipped);
      continue;
    }
    const { planRow, problems } = readRow(sheet.cells[index], row, context, section?.category ?? null);
    const titleKey = lookupKey(planRow.title);
    const sameAs = titleRows.get(titleKey);
    if (titleKey && sameAs !== undefined)
      problems.push(planProblem(placeOf(context, row, 'title'), 'title_duplicate', { otherRow: sameAs }));
    else if (titleKey) titleRows.set(titleKey, row);
    report.rows.push(planRow);
    report.problems.push(...problems);
  }
  if (report.rows.length === 0) fileProblem('no_rows');
  report.ok = !report.problems.some((p) => p.severity === 'error');
  return report;
}

function planYearOf(titleTexts: string[][], options: ParsePlanOptions, report: PlanReport): number | null {
  const years = new Set(
    titleTexts.flatMap((row) =>
      row.flatMap((text) => [...halfWidth(text).matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]))),
    ),
  );
  const titleYear = years.size === 1 ? [...years][0] : null;
  if (options.planYear !== undefined) {
    if (titleYear !== null && titleYear !== options.planYear)
      report.problems.push(
        planProblem({ row: null, column: null, header: null, field: null }, 'plan_year_differs', {
          planYear: options.planYear,
          titleYear,
        }),
      );
    [report.planYear, report.planYearFrom] = [options.planYear, 'option'];
  } else if (titleYear !== null) [report.planYear, report.planYearFrom] = [titleYear, 'title'];
  return report.planYear;
}

/**
 * A row that is not an item: a section heading (its cells hold one text — merged across the row,
 * or only left of the task column, or numbered 一、/（一）, or naming a category), a 序号 with
 * nothing else, or the header repeated (a sheet printed with its header on every page).
 */
function skippedRow(
  texts: string[],
  row: number,
  headers: string[],
  columnOf: Map<PlanField, number>,
): SkippedRow | null {
  const filled = texts.flatMap((text, i) => (text ? [i] : []));
  const distinct = new Set(filled.map((i) => texts[i]));
  const seqColumn = columnOf.get('seq');
  const titleColumn = columnOf.get('title')!;
  if (filled.filter((i) => texts[i] === headers[i] && fieldOfHeader(headers[i])).length >= 3)
    return { row, reason: 'repeated_header', text: texts[titleColumn] };
  if (distinct.size === 1) {
    const text = texts[filled[0]];
    if (filled.length === 1 && filled[0] === seqColumn && /^\d+$/.test(text))
      return { row, reason: 'numbered_blank', text };
    if (filled.length > 1 || filled[0] < titleColumn || HEADING_NUMBER.test(text) || categoryInHeading(text))
      return { row, reason: 'heading', text };
  }
  // 一 | 经济发展: the numbering in the 序号 column, the heading in the task's.
  if (
    seqColumn !== undefined &&
    SEQ_NUMERAL.test(texts[seqColumn]) &&
    texts[titleColumn] &&
    filled.every((i) => i === seqColumn || i === titleColumn)
  )
    return { row, reason: 'heading', text: `${texts[seqColumn].replace(/[、.]$/, '')}、${texts[titleColumn]}` };
  return null;
}

interface RowContext {
  options: ParsePlanOptions;
  planYear: number | null;
  columns: PlanColumn[];
  columnOf: Map<PlanField, number>;
  units: UnitResolver;
  leaders: LeaderResolver;
}

function placeOf(context: RowContext, row: number, field: PlanField) {
  const index = context.columnOf.get(field);
  if (index === undefined) return { row, column: null, header: FIELD_NAMES[field][0], field };
  return {
    row,
    column: columnLetter(index + 1),
    header: context.columns.find((c) => c.column === columnLetter(index + 1))!.header,
    field,
  };
}

function readRow(
  cells: (SheetCell | null)[],
  row: number,
  context: RowContext,
  sectionCategory: Category | null,
): { planRow: PlanRow; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const problem = (field: PlanField, code: PlanProblemCode, detail: ProblemDetail = {}) =>
    problems.push(planProblem(placeOf(context, row, field), code, { planYear: context.planYear, ...detail }));
  const cellOf = (field: PlanField) => {
    const index = context.columnOf.get(field);
    return index === undefined ? null : (cells[index] ?? null);
  };
  const textOf = (field: PlanField, multiline = false) => cleanText(cellOf(field)?.text ?? '', { multiline });
  // A formula's error (#DIV/0!) is no task, unit or date: the cell is named, whatever it was to hold.
  for (const field of context.columnOf.keys()) {
    const cell = cellOf(field);
    if (cell?.error) problem(field, 'cell_error', { phrase: cell.text });
  }

  const title = textOf('title');
  if (!title) problem('title', 'title_missing');
  else if ([...title].length > TITLE_MAX) problem('title', 'title_too_long', { count: [...title].length });
  const content = textOf('content', true) || null;
  if (content && [...content].length > CONTENT_MAX)
    problem('content', 'content_too_long', { count: [...content].length });

  const categoryText = textOf('category');
  let category: Category | null = null;
  let categoryFrom: PlanRow['categoryFrom'] = null;
  if (categoryText) {
    category = categoryOf(categoryText);
    if (category) categoryFrom = 'cell';
    else problem('category', 'category_unknown', { phrase: categoryText });
  } else if (sectionCategory) [category, categoryFrom] = [sectionCategory, 'heading'];
  else if (context.options.defaultCategory) [category, categoryFrom] = [context.options.defaultCategory, 'default'];
  else problem('category', 'category_missing');

  const units = readUnits(textOf('leadUnit'), textOf('cooperatingUnits'), context, problem);
  const leader = readLeader(textOf('leader'), context, problem);
  const deadline = readDeadline(cellOf('deadline'), textOf('deadline'), context, problem);

  const cadencePhrase = textOf('cadence');
  const cadence = readCadencePhrase(cadencePhrase);
  if (!cadence.ok) problem('cadence', cadence.code, { phrase: cadencePhrase });

  const unique = problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
  const planRow: PlanRow = {
    row,
    valid: !unique.some((p) => p.severity === 'error'),
    seq: textOf('seq') || null,
    title,
    content,
    category,
    categoryFrom,
    ...units,
    ...leader,
    ...deadline,
    reportingCadence: cadence.ok ? cadence.cadence : null,
    cadencePhrase,
  };
  return { planRow, problems: unique };
}

type ProblemAt = (field: PlanField, code: PlanProblemCode, detail?: ProblemDetail) => void;

function reportUnitProblems(parts: UnitPart[], field: PlanField, problem: ProblemAt) {
  for (const part of parts) {
    if (!part.problem) continue;
    const { code, name } = part.problem;
    const detail: ProblemDetail = { name };
    if (part.problem.code === 'unit_unknown') detail.suggestion = part.problem.suggestion;
    if (part.problem.code === 'unit_ambiguous') detail.names = part.problem.candidates;
    if (part.problem.code === 'unit_kind_empty') detail.names = part.problem.kinds;
    problem(field, code, detail);
  }
}

/** The lead unit (exactly one) and the cooperating units (without the lead unit), by name. */
function readUnits(leadPhrase: string, cooperatingPhrase: string, context: RowContext, problem: ProblemAt) {
  const leadParts = context.units.resolveCell(leadPhrase);
  const cooperatingParts = context.units.resolveCell(cooperatingPhrase);
  reportUnitProblems(leadParts, 'leadUnit', problem);
  reportUnitProblems(cooperatingParts, 'cooperatingUnits', problem);
  let lead: { id: string; name: string } | null = null;
  const [first] = leadParts;
  const extra = leadParts.slice(1).flatMap((part) => (part.problem ? [] : part.units));
  if (!first) problem('leadUnit', 'lead_unit_missing');
  else if (!first.problem && first.group)
    problem('leadUnit', 'lead_unit_group', { name: first.name, count: first.units.length });
  else if (!first.problem) {
    lead = first.units[0];
    extra.unshift(...first.units.slice(1));
    if (extra.length) problem('leadUnit', 'lead_unit_several', { name: lead.name, names: extra.map((u) => u.name) });
  }
  const cooperating = new Map<string, string>();
  for (const unit of [...cooperatingParts.flatMap((part) => (part.problem ? [] : part.units)), ...extra])
    if (unit.id !== lead?.id) cooperating.set(unit.id, unit.name);
  return {
    leadUnitId: lead?.id ?? null,
    leadUnitName: lead?.name ?? null,
    cooperatingUnitIds: [...cooperating.keys()],
    cooperatingUnitNames: [...cooperating.values()],
    leadUnitPhrase: leadPhrase,
    cooperatingUnitsPhrase: cooperatingPhrase,
  };
}

function readLeader(phrase: string, context: RowContext, problem: ProblemAt) {
  const none = { supervisingLeaderId: null, supervisingLeaderName: null, leaderText: null };
  if (!phrase) return none;
  const found = context.leaders.resolve(phrase);
  if (!found.user) {
    problem('leader', found.code, { phrase, names: found.names });
    return { ...none, leaderText: phrase };
  }
  if (found.others.length) problem('leader', 'leader_several', { name: found.user.displayName, names: found.others });
  return { supervisingLeaderId: found.user.id, supervisingLeaderName: found.user.displayName, leaderText: null };
}

function readDeadline(cell: SheetCell | null, phrase: string, context: RowContext, problem: ProblemAt) {
  const result = {
    deadline: null as string | null,
    deadlinePhrase: phrase,
    movedFrom: null as string | null,
    milestones: [] as PlanMilestone[],
  };
  if (!phrase) {
    problem('deadline', 'deadline_missing');
    return result;
  }
  const reading = cell?.date ? deadlineOfDate(cell.date) : readDeadlinePhrase(phrase, context.planYear);
  if (!reading.ok) {
    problem('deadline', reading.code, { phrase, hint: reading.hint });
    return result;
  }
  if (context.planYear !== null && reading.explicitYear !== null && reading.explicitYear < context.planYear)
    problem('deadline', 'deadline_before_plan_year', { phrase });
  const settled = settleDayOff(reading.date, context, problem);
  const today = context.options.today;
  if (today && settled.deadline !== null && settled.deadline < today) {
    problem('deadline', 'deadline_passed', { date: settled.deadline });
  }
  result.milestones = reading.milestones.map(({ title, date }) => {
    const milestone = settleDayOff(date, context, problem, title);
    return { title, deadline: milestone.deadline ?? date, movedFrom: milestone.movedFrom };
  });
  return settled.deadline === null ? result : { ...result, deadline: settled.deadline, movedFrom: settled.movedFrom };
}

/** A date on a day off, by the policy's rule: kept, refused, or moved to the workday before. */
function settleDayOff(date: string, context: RowContext, problem: ProblemAt, milestone?: string) {
  const { calendar, dayOff } = context.options;
  if (dayOff === 'allow' || calendar.isWorkday(date)) return { deadline: date, movedFrom: null };
  const previous = calendar.addWorkdays(date, -1);
  if (calendar.isFallback(date)) problem('deadline', 'calendar_unconfirmed', { date });
  if (dayOff === 'refuse') {
    problem('deadline', 'deadline_day_off', { date, movedTo: previous, milestone });
    return { deadline: null, movedFrom: null };
  }
  problem('deadline', 'deadline_moved', { date, movedTo: previous, milestone });
  return { deadline: previous, movedFrom: date };
}
