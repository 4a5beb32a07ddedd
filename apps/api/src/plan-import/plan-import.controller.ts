import { Controller, HttpCode, Post, Req, Res, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { attachmentDisposition } from '@duban/file-store';
import { AppConfig } from '@duban/config';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import {
  DuplicatePlanError,
  PlanImportService,
  PlanNotSpreadsheetError,
  PlanRefusedError,
} from './plan-import.service';
import {
  DuplicatePlanView,
  duplicatePlanView,
  PlanImportView,
  planImportView,
  PlanRefusalView,
  planRefusalView,
} from './plan-import.view';
import { PLAN_FILE_FIELD, receivePlan } from './plan-upload';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const planBody = (withOptions: boolean) =>
  ApiBody({
    schema: {
      type: 'object',
      required: [PLAN_FILE_FIELD],
      properties: {
        [PLAN_FILE_FIELD]: { type: 'string', format: 'binary', description: 'the plan: xlsx, or csv (UTF-8 or GBK)' },
        planYear: {
          type: 'integer',
          minimum: 2000,
          maximum: 2100,
          description: 'the year of deadlines written without one (6月底前); else read from the title',
        },
        ...(withOptions
          ? {
              dryRun: { type: 'boolean', default: true, description: 'only say what would be created' },
              confirmDuplicate: {
                type: 'boolean',
                default: false,
                description: 'import content that was imported before once more',
              },
            }
          : {}),
      },
    },
  });

/** A year's work plan (分工方案) into draft items, and its problems marked on the sheet. */
@ApiTags('plan import')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('items/import')
export class PlanImportController {
  constructor(
    private readonly imports: PlanImportService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'importPlan',
    summary: 'import a work plan (xlsx or csv) as draft items: a dry run (the default) says what would be created',
    description:
      'Units by name or alias (各街道 expands to the units of that kind), leaders by name or title, deadlines and ' +
      "cadences as plans write them, a deadline on a day off as the current policy's deadlineOnDayOff says. " +
      'All rows become drafts in one transaction, or none. 200 the dry run (or 201 the import) with every row; ' +
      '400 no file or a bad field; 403 not the office; 409 the same content imported before (named) without ' +
      'confirmDuplicate=true; 413 larger than PLAN_IMPORT_MAX_BYTES; 415 not a spreadsheet; 422 the plan has ' +
      'errors, every one listed by row and column (zh and en), nothing created.',
  })
  @ApiConsumes('multipart/form-data')
  @planBody(true)
  @ApiOkResponse({ type: PlanImportView, description: 'the dry run: what would be created' })
  @ApiResponse({ status: 201, type: PlanImportView, description: 'imported: every row is a draft item' })
  @ApiResponse({ status: 409, type: DuplicatePlanView, description: 'the same content was imported before' })
  @ApiResponse({ status: 422, type: PlanRefusalView, description: 'the plan has errors: nothing was created' })
  @ApiErrors(400, 403, 413, 415, 503)
  async import(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() user: AuthUser,
  ): Promise<PlanImportView | PlanRefusalView | DuplicatePlanView> {
    const upload = await receivePlan(request, this.config.PLAN_IMPORT_MAX_BYTES);
    try {
      const result = await this.imports.import(upload, user);
      if (!result.dryRun) response.status(201);
      return planImportView(result);
    } catch (error) {
      if (error instanceof PlanRefusedError) {
        response.status(422);
        return planRefusalView(error.report.problems);
      }
      if (error instanceof DuplicatePlanError) {
        response.status(409);
        return duplicatePlanView(error.earlier, error.message);
      }
      if (error instanceof PlanNotSpreadsheetError) throw new UnsupportedMediaTypeException(error.message);
      throw error;
    }
  }

  @Post('marked-up')
  @Roles('office')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'markUpPlan',
    summary: 'the uploaded plan with its bad cells marked (red error, yellow warning) and commented, as xlsx',
    description:
      'The same reading as the import; a csv comes back as xlsx. 400 no file or a bad field; 403 not the office; ' +
      '413 larger than PLAN_IMPORT_MAX_BYTES; 415 not a spreadsheet; 422 empty, too large to be a plan, or no values (nothing to mark).',
  })
  @ApiConsumes('multipart/form-data')
  @planBody(false)
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'the workbook', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 422, type: PlanRefusalView, description: 'the sheet has no values: nothing to mark' })
  @ApiErrors(400, 403, 413, 415, 503)
  async markedUp(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile | PlanRefusalView> {
    const upload = await receivePlan(request, this.config.PLAN_IMPORT_MAX_BYTES);
    try {
      const workbook = await this.imports.markedUp(upload);
      const name = `${upload.fileName.replace(/\.(xlsx|csv|txt)$/i, '')}-问题标注.xlsx`;
      return new StreamableFile(workbook, { type: XLSX, disposition: attachmentDisposition(name) });
    } catch (error) {
      if (error instanceof PlanNotSpreadsheetError) throw new UnsupportedMediaTypeException(error.message);
      if (error instanceof PlanRefusedError) {
        response.status(422);
        return planRefusalView(error.report.problems);
      }
      throw error;
    }
  }
}
