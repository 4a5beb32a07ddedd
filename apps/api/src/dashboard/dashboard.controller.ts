import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-errors';
import { DashboardQuery, DashboardView } from './dashboard.dto';
import { DashboardService } from './dashboard.service';

/** The board (综合看板) of the office and the leaders. */
@ApiTags('dashboard')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Roles('office', 'leader', 'leadership', 'admin')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({
    summary: 'totals and per-unit figures, colours per unit, overdue items over time and the delay attribution',
  })
  @ApiOkResponse({ type: DashboardView })
  @ApiErrors(400)
  figures(@Query() query: DashboardQuery): Promise<DashboardView> {
    return this.dashboard.figures(query);
  }
}
