import { ApiProperty } from '@nestjs/swagger';
import { CATEGORIES } from '@duban/domain';
import { PLAN_FIELDS, PLAN_PROBLEM_CODES, type PlanProblem, type PlanRow } from '@duban/plan-import';
import { ReportingCadenceView, UnitRefView, UserRefView } from '../items/item.view';
import type { EarlierImport, PlanImportResult } from './plan-import.service';

/** A problem in a cell, a column or the file, in a clerk's words (zh) and in English. */
export class PlanProblemView {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'the sheet row as Excel shows it; null for a column or the file',
  })
  row: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'H', description: 'the column letters' })
  column: string | null;
  @ApiProperty({ nullable: true, type: String, example: '完成时限', description: 'the column header as written' })
  header: string | null;
  @ApiProperty({ nullable: true, enum: PLAN_FIELDS, type: String }) field: string | null;
  @ApiProperty({ enum: ['error', 'warning'] }) severity: string;
  @ApiProperty({ enum: PLAN_PROBLEM_CODES }) code: string;
  @ApiProperty({ example: '第 12 行「完成时限」：无法识别“三季度中”' }) message: string;
  @ApiProperty({ example: 'Row 12, 完成时限 (deadline): cannot read “三季度中”' }) messageEn: string;
}

export class PlanMilestoneView {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'the day off it was moved from' })
  movedFrom: string | null;
}

/** One plan row as the draft item it becomes, with what each field was read from. */
export class PlanImportRowView {
  @ApiProperty({ description: 'the sheet row as Excel shows it (a csv record number)' }) row: number;
  @ApiProperty({ nullable: true, type: String, description: '序号' }) seq: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) content: string | null;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ type: UnitRefView }) leadUnit: UnitRefView;
  @ApiProperty({ type: [UnitRefView] }) cooperatingUnits: UnitRefView[];
  @ApiProperty({ description: '牵头单位 as written' }) leadUnitPhrase: string;
  @ApiProperty({ description: '配合单位 as written' }) cooperatingUnitsPhrase: string;
  @ApiProperty({ type: UserRefView, nullable: true }) supervisingLeader: UserRefView | null;
  @ApiProperty({ nullable: true, type: String, description: '责任领导 kept as text: it names nobody in the directory' })
  leaderText: string | null;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ example: '6月底前', description: '完成时限 as written' }) deadlinePhrase: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'the day off the deadline was moved from' })
  movedFrom: string | null;
  @ApiProperty({ type: [PlanMilestoneView] }) milestones: PlanMilestoneView[];
  @ApiProperty({ type: ReportingCadenceView, nullable: true }) reportingCadence: ReportingCadenceView | null;
  @ApiProperty({ description: '报送频次 as written' }) cadencePhrase: string;
  @ApiProperty({ type: [PlanProblemView], description: "the row's warnings (nothing that stops the import)" })
  warnings: PlanProblemView[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'the draft created; null on a dry run' })
  itemId: string | null;
}

export class EarlierImportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ nullable: true, type: Number }) planYear: number | null;
  @ApiProperty({ format: 'uuid' }) importedBy: string;
  @ApiProperty({ format: 'date-time' }) importedAt: string;
  @ApiProperty() itemCount: number;
}

export class SkippedRowView {
  @ApiProperty() row: number;
  @ApiProperty({ enum: ['heading', 'category_heading', 'repeated_header', 'numbered_blank'] }) reason: string;
  @ApiProperty() text: string;
}

/** What an import did (or, on a dry run, would do). */
export class PlanImportView {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'the recorded import; null on a dry run' })
  importId: string | null;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'SHA-256 of the content, hex: the same file twice is noticed by it' }) sha256: string;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format: string;
  @ApiProperty({ nullable: true, type: Number }) planYear: number | null;
  @ApiProperty({ enum: ['option', 'title'], nullable: true, type: String }) planYearFrom: string | null;
  @ApiProperty({ nullable: true, type: Number }) headerRow: number | null;
  @ApiProperty({ type: [PlanImportRowView] }) rows: PlanImportRowView[];
  @ApiProperty({ type: [PlanProblemView], description: 'every warning, of the rows and of the file' })
  warnings: PlanProblemView[];
  @ApiProperty({ type: [SkippedRowView], description: 'headings and repeated headers passed over' })
  skipped: SkippedRowView[];
  @ApiProperty({ type: [String], description: 'the drafts created, in row order; empty on a dry run' })
  itemIds: string[];
  @ApiProperty({
    type: EarlierImportView,
    nullable: true,
    description: 'on a dry run: the same content was imported before (importing it needs confirmDuplicate=true)',
  })
  duplicateOf: EarlierImportView | null;
}

/** 422: the plan has errors; nothing was created. */
export class PlanRefusalView {
  @ApiProperty({ example: 422 }) statusCode: number;
  @ApiProperty({ example: 'Unprocessable Entity' }) error: string;
  @ApiProperty({ type: [String], description: 'each error in English, by row and column' }) message: string[];
  @ApiProperty({ type: [PlanProblemView], description: 'every problem, errors and warnings, by row and column' })
  problems: PlanProblemView[];
}

/** 409: the same content was imported before. */
export class DuplicatePlanView {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'Conflict' }) error: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: EarlierImportView }) earlierImport: EarlierImportView;
}

const problemView = (p: PlanProblem): PlanProblemView => ({ ...p });

function rowView(row: PlanRow, warnings: PlanProblem[], itemId: string | null): PlanImportRowView {
  return {
    row: row.row,
    seq: row.seq,
    title: row.title,
    content: row.content,
    category: row.category!,
    leadUnit: { id: row.leadUnitId!, name: row.leadUnitName! },
    cooperatingUnits: row.cooperatingUnitIds.map((id, i) => ({ id, name: row.cooperatingUnitNames[i] })),
    leadUnitPhrase: row.leadUnitPhrase,
    cooperatingUnitsPhrase: row.cooperatingUnitsPhrase,
    supervisingLeader: row.supervisingLeaderId
      ? { id: row.supervisingLeaderId, displayName: row.supervisingLeaderName! }
      : null,
    leaderText: row.leaderText,
    deadline: row.deadline!,
    deadlinePhrase: row.deadlinePhrase,
    movedFrom: row.movedFrom,
    milestones: row.milestones.map((m) => ({ ...m })),
    reportingCadence: row.reportingCadence,
    cadencePhrase: row.cadencePhrase,
    warnings: warnings.filter((p) => p.row === row.row).map(problemView),
    itemId,
  };
}

export function planImportView(result: PlanImportResult): PlanImportView {
  const { report } = result;
  return {
    dryRun: result.dryRun,
    importId: result.importId,
    fileName: report.fileName,
    sha256: result.sha256,
    format: report.format!,
    planYear: report.planYear,
    planYearFrom: report.planYearFrom,
    headerRow: report.headerRow,
    rows: report.rows.map((row, i) => rowView(row, report.problems, result.itemIds[i] ?? null)),
    warnings: report.problems.map(problemView),
    skipped: report.skipped.map(({ row, reason, text }) => ({ row, reason, text })),
    itemIds: result.itemIds,
    duplicateOf: result.duplicateOf,
  };
}

export function planRefusalView(problems: PlanProblem[]): PlanRefusalView {
  return {
    statusCode: 422,
    error: 'Unprocessable Entity',
    message: problems.filter((p) => p.severity === 'error').map((p) => p.messageEn),
    problems: problems.map(problemView),
  };
}

export function duplicatePlanView(earlier: EarlierImport, message: string): DuplicatePlanView {
  return { statusCode: 409, error: 'Conflict', message, earlierImport: earlier };
}
