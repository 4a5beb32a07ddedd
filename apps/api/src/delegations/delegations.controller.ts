import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CreateDelegationDto, DelegationColleagueView, DelegationView } from './delegation.dto';
import { DelegationsService } from './delegations.service';

/** Out-of-office delegation of a unit head's sign-off (代签). */
@ApiTags('delegations')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @Roles('unit_head', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'a unit head delegates its sign-off to a colleague of its unit for a period (an admin for a unit head)',
  })
  @ApiCreatedResponse({ type: DelegationView })
  @ApiErrors(400, 403, 422)
  create(@Body() dto: CreateDelegationDto, @CurrentUser() user: AuthUser): Promise<DelegationView> {
    return this.delegations.create(dto, user);
  }

  @Get()
  @SignedIn()
  @ApiOperation({ summary: "the delegations of the caller's unit (an admin: every unit's), newest first" })
  @ApiOkResponse({ type: [DelegationView] })
  list(@CurrentUser() user: AuthUser): Promise<DelegationView[]> {
    return this.delegations.list(user);
  }

  @Get('colleagues')
  @Roles('unit_head', 'admin')
  @ApiOperation({
    summary: "who a delegation may name: a unit head's active colleagues; an admin: every active user, heads marked",
  })
  @ApiOkResponse({ type: [DelegationColleagueView] })
  @ApiErrors(403)
  colleagues(@CurrentUser() user: AuthUser): Promise<DelegationColleagueView[]> {
    return this.delegations.colleagues(user);
  }

  @Delete(':id')
  @Roles('unit_head', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'revoke a delegation: it ends now (kept for the record)' })
  @ApiNoContentResponse()
  @ApiErrors(400, 403, 404)
  revoke(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.delegations.revoke(id, user);
  }
}
