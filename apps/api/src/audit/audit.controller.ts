import { BadRequestException, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { recordAuditAnchor, verifyAuditTrail } from '@duban/audit';
import { endOfDeadlineDay, isCalendarDate, SHANGHAI_OFFSET } from '@duban/domain';
import { Roles } from '../auth/auth.decorators';
import { writeAuditCsv, writeAuditXlsx } from './audit-export';
import { AuditAction } from './audit-routes';
import { AuditAnchorView, AuditExportQuery, AuditVerificationView } from './audit.view';
import { ApiErrors } from '../common/api-errors';

/** The audit trail for the administrator: check it, anchor it, export a period of it. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@ApiErrors(401, 403)
@Controller('audit')
export class AuditController {
  constructor(private readonly db: DataSource) {}

  @Get('verify')
  @AuditAction('audit.verify')
  @ApiOkResponse({
    type: AuditVerificationView,
    description: 'ok, or the problems found, the first broken entry first',
  })
  verify(): Promise<AuditVerificationView> {
    return verifyAuditTrail(this.db);
  }

  @Get('anchors')
  @ApiOkResponse({ type: [AuditAnchorView], description: 'the anchors of the chain head, newest first' })
  async anchors(): Promise<AuditAnchorView[]> {
    const rows: AuditAnchorView[] = await this.db.query(
      `SELECT id::text AS id, at, seq::int AS seq, hash FROM audit_anchors ORDER BY id DESC LIMIT 400`,
    );
    return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  }

  /** The daily anchor, now (the worker's schedule writes one each day anyway). */
  @Post('anchors')
  @HttpCode(201)
  @ApiCreatedResponse({ type: AuditAnchorView })
  anchor(): Promise<AuditAnchorView> {
    return recordAuditAnchor(this.db);
  }

  @ApiErrors(400)
  @Get('export')
  @AuditAction('audit.export')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'the entries of the period, oldest first: xlsx, or csv in UTF-8 with a BOM' })
  async export(@Query() query: AuditExportQuery, @Res() res: Response): Promise<void> {
    const from = isCalendarDate(query.from)
      ? new Date(`${query.from}T00:00:00${SHANGHAI_OFFSET}`)
      : new Date(query.from);
    const to = isCalendarDate(query.to) ? endOfDeadlineDay(query.to) : new Date(query.to);
    if (!(from < to)) throw new BadRequestException('from must come before to');
    const name = `audit-${query.from.slice(0, 10)}-${query.to.slice(0, 10)}.${query.format}`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      await writeAuditCsv(this.db, from, to, res);
    } else {
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await writeAuditXlsx(this.db, from, to, res);
    }
  }
}
