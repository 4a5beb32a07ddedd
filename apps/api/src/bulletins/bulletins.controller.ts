import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { PageQuery } from '../common/page.query';
import {
  BulletinCheckView,
  BulletinExportQuery,
  BulletinPageView,
  BulletinView,
  MakeBulletinDto,
} from './bulletin.dto';
import { BulletinsService } from './bulletins.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The 督查通报: made by the office (and each week by the schedule); read by everyone signed in, as
 * it is circulated to the units it names (送：各有关单位); checked by the office and the leaders.
 */
@ApiTags('bulletins')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('bulletins')
export class BulletinsController {
  constructor(private readonly bulletins: BulletinsService) {}

  @Post()
  @Roles('office')
  @ApiErrors(403)
  @Idempotent() // without a cut-off, a retry a second later would make (and announce) the next issue
  @ApiOperation({ summary: 'make the bulletin of a cut-off now (the same cut-off gives the bulletin made for it)' })
  @ApiCreatedResponse({ type: BulletinView, description: 'made now (created), or the one of this cut-off' })
  @ApiErrors(400)
  async make(
    @Body() dto: MakeBulletinDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BulletinView> {
    const view = await this.bulletins.make(dto.cutoff ? new Date(dto.cutoff) : new Date(), user.userId);
    if (!view.created) res.status(HttpStatus.OK);
    return view;
  }

  @Get()
  @SignedIn() // a bulletin is circulated to every unit, whose heads get its notice and link
  @ApiOperation({ summary: 'the bulletins, the latest cut-off first' })
  @ApiOkResponse({ type: BulletinPageView })
  @ApiErrors(400)
  list(@Query() query: PageQuery): Promise<BulletinPageView> {
    return this.bulletins.page(query.page, query.pageSize);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: BulletinView })
  @ApiErrors(400, 404)
  one(@Param('id', ParseUUIDPipe) id: string): Promise<BulletinView> {
    return this.bulletins.one(id);
  }

  @Get(':id/xlsx')
  @SignedIn()
  @ApiOperation({ summary: 'the bulletin as a spreadsheet' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'the xlsx' })
  @ApiErrors(400, 404)
  async xlsx(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    send(res, XLSX, await this.bulletins.xlsx(id));
  }

  @Get(':id/pdf')
  @SignedIn()
  @ApiOperation({ summary: 'the bulletin as a printable PDF in the layout of an official 通报' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the PDF' })
  @ApiErrors(400, 404)
  async pdf(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    send(res, 'application/pdf', await this.bulletins.pdf(id));
  }

  // The route the API's contract names (docs: GET /api/bulletins/{id}/export?format=xlsx or pdf).
  @Get(':id/export')
  @SignedIn()
  @ApiOperation({ summary: 'the bulletin as xlsx or PDF, by format: the same files as /xlsx and /pdf' })
  @ApiProduces(XLSX, 'application/pdf')
  @ApiOkResponse({ description: 'the xlsx or the PDF' })
  @ApiErrors(400, 404)
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: BulletinExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    if (query.format === 'pdf') send(res, 'application/pdf', await this.bulletins.pdf(id));
    else send(res, XLSX, await this.bulletins.xlsx(id));
  }

  @Get(':id/check')
  @Roles('office', 'leader', 'leadership', 'admin')
  @ApiErrors(403)
  @ApiOperation({ summary: 'recompute the bulletin from the record for its cut-off and list the differences' })
  @ApiOkResponse({ type: BulletinCheckView })
  @ApiErrors(400, 404)
  check(@Param('id', ParseUUIDPipe) id: string): Promise<BulletinCheckView> {
    return this.bulletins.check(id);
  }
}

function send(res: Response, type: string, file: { name: string; body: Buffer }): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  res.setHeader('Content-Length', String(file.body.length));
  res.end(file.body);
}
