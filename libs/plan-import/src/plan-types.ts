import type { BusinessCalendar, Category, ReportingCadence } from '@duban/domain';

/** A unit as the directory holds it; `kind` (街道, 部门, 镇 …) lets 各街道 name every unit of a kind. */
export interface PlanUnit {
  id: string;
  name: string;
  kind: string | null;
  aliases: string[];
  active: boolean;
}

/** A user as the directory holds it; supervising leaders are found by name or job title. */
export interface PlanUser {
  id: string;
  displayName: string;
  title: string | null;
  roles: string[];
  active: boolean;
}

export interface PlanDirectory {
  units: PlanUnit[];
  users: PlanUser[];
}

/**
 * What to do with a deadline on a day off: keep it, refuse the row, or move it to the workday
 * before (the escalation policy says which).
 */
export type DayOffRule = 'allow' | 'refuse' | 'previous_workday';

export interface ParsePlanOptions {
  /** The uploaded file's name: .xlsx or .csv (the content decides; the name only names it). */
  fileName: string;
  directory: PlanDirectory;
  calendar: BusinessCalendar;
  dayOff: DayOffRule;
  /** The plan's year, for deadlines written without one (6月底前); else read from the sheet's title. */
  planYear?: number;
  /** The category of rows with an empty 类别 cell and no section heading naming one. */
  defaultCategory?: Category;
  /** Today in Shanghai (YYYY-MM-DD): a deadline before it is flagged (the draft cannot be published as it is). */
  today?: string;
}

/** The item fields a plan's columns fill. */
export const PLAN_FIELDS = [
  'seq',
  'title',
  'content',
  'category',
  'leadUnit',
  'cooperatingUnits',
  'leader',
  'deadline',
  'cadence',
  'notes',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** One column of the header row: its letter, the header as written, and the field it was mapped to. */
export interface PlanColumn {
  column: string;
  header: string;
  field: PlanField | null;
}

/** A node (节点任务) a recurring deadline stands for, e.g. each quarter's end of 每季度末. */
export interface PlanMilestone {
  title: string;
  deadline: string;
  movedFrom: string | null;
}

/**
 * One row of the plan as a draft item, with what each field came from for the dry-run table.
 * Fields that could not be read are null; `valid` is false when the row has an error.
 */
export interface PlanRow {
  /** The sheet's row number, as Excel or WPS shows it (a csv's record number). */
  row: number;
  valid: boolean;
  seq: string | null;
  title: string;
  content: string | null;
  category: Category | null;
  categoryFrom: 'cell' | 'heading' | 'default' | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  cooperatingUnitIds: string[];
  cooperatingUnitNames: string[];
  /** The unit cells as written. */
  leadUnitPhrase: string;
  cooperatingUnitsPhrase: string;
  supervisingLeaderId: string | null;
  supervisingLeaderName: string | null;
  /** The 责任领导 cell kept as text when it names nobody in the directory. */
  leaderText: string | null;
  deadline: string | null;
  deadlinePhrase: string;
  /** The date the phrase named when it fell on a day off and moved to the workday before. */
  movedFrom: string | null;
  milestones: PlanMilestone[];
  reportingCadence: ReportingCadence | null;
  cadencePhrase: string;
}

export type ProblemSeverity = 'error' | 'warning';

export const PLAN_PROBLEM_CODES = [
  // the file
  'file_unreadable',
  'file_format_unsupported',
  'sheet_empty',
  'sheet_too_large',
  'header_not_found',
  'column_missing',
  'column_duplicate',
  'no_rows',
  'plan_year_differs',
  // a row's cells
  'cell_error',
  'title_missing',
  'title_too_long',
  'title_duplicate',
  'content_too_long',
  'category_missing',
  'category_unknown',
  'lead_unit_missing',
  'lead_unit_several',
  'lead_unit_group',
  'unit_unknown',
  'unit_inactive',
  'unit_ambiguous',
  'unit_group_vague',
  'unit_kind_empty',
  'leader_unmatched',
  'leader_ambiguous',
  'leader_not_leader',
  'leader_several',
  'deadline_missing',
  'deadline_unreadable',
  'deadline_open_ended',
  'deadline_invalid_date',
  'deadline_needs_year',
  'deadline_before_plan_year',
  'deadline_day_off',
  'deadline_moved',
  'deadline_passed',
  'calendar_unconfirmed',
  'cadence_unreadable',
  'cadence_out_of_range',
  'cadence_weekend',
  // the row as a whole: the item's own rules (the create route's) refused it
  'item_refused',
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

/**
 * Something wrong (error: the plan cannot be imported as it is) or worth a look (warning) in a
 * cell, a column (row null) or the whole file (row and column null).
 */
export interface PlanProblem {
  row: number | null;
  /** The column's letters, e.g. H. */
  column: string | null;
  /** The column's header as written, e.g. 完成时限. */
  header: string | null;
  field: PlanField | null;
  severity: ProblemSeverity;
  code: PlanProblemCode;
  /** In an office clerk's words: 第 12 行「完成时限」：无法识别“三季度中”，请写成具体日期，如 2024年9月30日 */
  message: string;
  messageEn: string;
}

/** A row that is not an item: a section heading (which may set the category), a repeated header. */
export interface SkippedRow {
  row: number;
  reason: 'heading' | 'category_heading' | 'repeated_header' | 'numbered_blank';
  text: string;
  /** The category a heading such as 二、民生实事 sets for the rows below it. */
  category?: Category;
}

export interface PlanReport {
  /** True only when no row and nothing in the file has an error: the whole plan can be imported. */
  ok: boolean;
  fileName: string;
  format: 'xlsx' | 'csv' | null;
  sheetName: string | null;
  planYear: number | null;
  planYearFrom: 'option' | 'title' | null;
  headerRow: number | null;
  columns: PlanColumn[];
  rows: PlanRow[];
  problems: PlanProblem[];
  skipped: SkippedRow[];
}
