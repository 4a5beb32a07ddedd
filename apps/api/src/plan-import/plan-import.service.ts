import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError, shanghaiDate, type DeadlineOnDayOff } from '@duban/domain';
import {
  draftItem,
  markUpPlan,
  parsePlan,
  PlanFileError,
  planProblem,
  readPlanSheet,
  type PlanReport,
  type PlanRow,
} from '@duban/plan-import';
import { PlanImportEntity, UnitEntity, UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { CreateItemDto } from '../items/dto/item.dto';
import { DraftsService, type DraftRules } from '../items/drafts.service';

/** A plan to import: the bytes, the name and what the office said with it. */
export interface PlanImportRequest {
  content: Buffer;
  fileName: string;
  planYear?: number;
  /** Only say what would be created (the default of the route). */
  dryRun: boolean;
  /** The same content was imported before and the office means to import it again. */
  confirmDuplicate: boolean;
}

/** An import recorded earlier, named when the same content comes again. */
export interface EarlierImport {
  id: string;
  fileName: string;
  planYear: number | null;
  importedBy: string;
  importedAt: string;
  itemCount: number;
}

/** What an import did, or (dry run) would do: every row with what it was read as, and the warnings. */
export interface PlanImportResult {
  dryRun: boolean;
  /** The recorded import; null on a dry run. */
  importId: string | null;
  sha256: string;
  report: PlanReport;
  /** The draft items created, one per row in order; empty on a dry run. */
  itemIds: string[];
  /** The same content imported before (a dry run says so; an import needs confirmDuplicate). */
  duplicateOf: EarlierImport | null;
}

/** The plan has errors: nothing was created. Every problem is listed, by row and column. */
export class PlanRefusedError extends Error {
  constructor(readonly report: PlanReport) {
    super(`the plan has ${report.problems.filter((p) => p.severity === 'error').length} errors: nothing was created`);
  }
}

/** The file is no spreadsheet (xlsx or csv) at all. */
export class PlanNotSpreadsheetError extends Error {}

/** The same content was imported before; importing it again needs confirmDuplicate. */
export class DuplicatePlanError extends Error {
  constructor(readonly earlier: EarlierImport) {
    super(
      `this plan was imported before (import ${earlier.id}, ${earlier.fileName}, ${earlier.importedAt}, ` +
        `${earlier.itemCount} items): send confirmDuplicate=true to import it again`,
    );
  }
}

const NOT_SPREADSHEET = new Set(['file_unreadable', 'file_format_unsupported']);

/**
 * A year's work plan (分工方案) into draft items: read against the directory, the business calendar
 * and the current policy's day-off rule; all rows in one transaction through the drafts' own create
 * path, or none; the import recorded by its content hash so the same file twice is noticed.
 */
@Injectable()
export class PlanImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftsService,
  ) {}

  async import(request: PlanImportRequest, user: AuthUser): Promise<PlanImportResult> {
    const rules = await this.drafts.draftRules();
    const report = await this.checkDrafts(await this.read(request, rules));
    const sha256 = createHash('sha256').update(request.content).digest('hex');
    if (!report.ok) throw new PlanRefusedError(report);
    if (request.dryRun) {
      return { dryRun: true, importId: null, sha256, report, itemIds: [], duplicateOf: await this.earlier(sha256) };
    }
    const { importId, itemIds } = await this.db.transaction(async (em) => {
      // Two uploads of one file at once: the second waits and then finds the first.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`duban.plan-import.${sha256}`]);
      const earlier = await this.earlier(sha256, em.getRepository(PlanImportEntity));
      if (earlier && !request.confirmDuplicate) throw new DuplicatePlanError(earlier);
      const ids: string[] = [];
      for (const row of report.rows) {
        try {
          ids.push(await this.drafts.createIn(em, createDto(row), user, rules));
        } catch (error) {
          // One row refused by the drafts' rules refuses the plan: the transaction takes back the rest.
          if (error instanceof DomainError) throw new PlanRefusedError(withRowError(report, row, error.message));
          throw error;
        }
      }
      const saved = await em.save(
        em.create(PlanImportEntity, {
          sha256,
          fileName: request.fileName,
          planYear: report.planYear,
          importedBy: user.userId,
          itemIds: ids,
        }),
      );
      return { importId: saved.id, itemIds: ids };
    });
    return { dryRun: false, importId, sha256, report, itemIds, duplicateOf: null };
  }

  /** The uploaded spreadsheet with its problems marked on the cells and commented (xlsx, also for a csv). */
  async markedUp(request: Pick<PlanImportRequest, 'content' | 'fileName' | 'planYear'>): Promise<Buffer> {
    try {
      await readPlanSheet(request.content, request.fileName);
    } catch (error) {
      if (error instanceof PlanFileError && NOT_SPREADSHEET.has(error.code)) {
        throw new PlanNotSpreadsheetError(`${request.fileName}: not a spreadsheet (xlsx or csv): ${error.detail}`);
      }
      // Empty or too large: nothing to mark; the reading below says so as the import does (422, its problem).
      if (!(error instanceof PlanFileError)) throw error;
    }
    const report = await this.checkDrafts(await this.read(request, await this.drafts.draftRules()));
    // A sheet with no values has no cell to mark: its one problem is the answer.
    if (report.format === null) throw new PlanRefusedError(report);
    return markUpPlan(request.content, request.fileName, report.problems);
  }

  private async read(
    request: Pick<PlanImportRequest, 'content' | 'fileName' | 'planYear'>,
    rules: DraftRules,
  ): Promise<PlanReport> {
    const [units, users] = await Promise.all([
      this.db.getRepository(UnitEntity).find({ order: { name: 'ASC' } }),
      this.db.getRepository(UserEntity).find({ order: { displayName: 'ASC' } }),
    ]);
    const report = await parsePlan(request.content, {
      fileName: request.fileName,
      directory: {
        units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind, aliases: u.aliases, active: true })),
        users: users.map((u) => ({
          id: u.id,
          displayName: u.displayName,
          title: u.title,
          roles: u.roles,
          active: u.active,
        })),
      },
      calendar: rules.calendar,
      dayOff: dayOffRule(rules),
      planYear: request.planYear,
      today: shanghaiDate(new Date()),
    });
    const fileProblem = report.problems.find((p) => p.row === null && NOT_SPREADSHEET.has(p.code));
    if (fileProblem) throw new PlanNotSpreadsheetError(fileProblem.messageEn);
    return report;
  }

  /**
   * Each row as the create route would take it, checked by the same DTO rules (lengths, storable
   * text, cadence bounds): what the API's edge would refuse is an error on its row, before any write.
   */
  private async checkDrafts(report: PlanReport): Promise<PlanReport> {
    if (!report.ok) return report; // rows with errors make no draft to check
    let checked = report;
    for (const row of report.rows) {
      const errors = await validate(plainToInstance(CreateItemDto, createDto(row)), {
        whitelist: true,
        forbidNonWhitelisted: true,
      });
      const messages = errors.flatMap(messagesOf);
      if (messages.length) checked = withRowError(checked, row, messages.join('; '));
    }
    return checked;
  }

  private async earlier(sha256: string, repository = this.db.getRepository(PlanImportEntity)) {
    const found = await repository.findOne({ where: { sha256 }, order: { importedAt: 'DESC' } });
    if (!found) return null;
    return {
      id: found.id,
      fileName: found.fileName,
      planYear: found.planYear,
      importedBy: found.importedBy,
      importedAt: found.importedAt.toISOString(),
      itemCount: found.itemIds.length,
    };
  }
}

/** The policy's rule; a policy that keeps workday deadlines only cannot keep a plan's day off. */
function dayOffRule({ policy }: DraftRules): DeadlineOnDayOff {
  const rule = policy.deadlineOnDayOff ?? 'previous_workday';
  return rule === 'allow' && policy.workdayDeadlinesOnly ? 'refuse' : rule;
}

/** A valid row as the body POST /api/items takes. */
function createDto(row: PlanRow): CreateItemDto {
  const { leaderText, ...draft } = draftItem(row);
  return { ...draft, ...(leaderText ? { supervisingLeaderText: leaderText } : {}) } as CreateItemDto;
}

function messagesOf(error: ValidationError): string[] {
  return [...Object.values(error.constraints ?? {}), ...(error.children ?? []).flatMap(messagesOf)];
}

/** The report with one more error on a row: the drafts' rules refused what the plan's reading let through. */
function withRowError(report: PlanReport, row: PlanRow, detail: string): PlanReport {
  // Marked on the task's cell, so the marked-up sheet shows it on the row.
  const title = report.columns.find((c) => c.field === 'title');
  const place = { row: row.row, column: title?.column ?? null, header: title?.header ?? null, field: null };
  const problem = planProblem(place, 'item_refused', { detail });
  return {
    ...report,
    ok: false,
    rows: report.rows.map((r) => (r === row ? { ...r, valid: false } : r)),
    problems: [...report.problems, problem],
  };
}
