import { Body, Controller, ForbiddenException, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CreatePolicyDto, MigrationChangeView, PolicyMigrationDto, PolicyView } from './policy.dto';
import { PolicyMigrationService } from './policy-migration.service';
import { PolicyVersionsService } from './policy-versions.service';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';

/** Escalation policies, versioned (newest first); new items take the newest. */
@ApiTags('policies')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller('policies')
export class PoliciesController {
  constructor(
    private readonly policies: PolicyVersionsService,
    private readonly migration: PolicyMigrationService,
  ) {}

  @Get()
  @Roles('admin', 'office')
  @ApiOkResponse({ type: [PolicyView] })
  list(): Promise<PolicyView[]> {
    return this.policies.list();
  }

  @ApiErrors(400, 422)
  @Post()
  @Idempotent()
  @Roles('admin')
  @ApiCreatedResponse({
    type: PolicyView,
    description:
      'the new version (or the newest, unchanged, if it says the same); open items keep theirs until migrated',
  })
  create(@Body() dto: CreatePolicyDto, @CurrentUser() user: AuthUser): Promise<PolicyView> {
    const rules = dto.rules.map(({ offset, ...rule }) => ({
      ...rule,
      offset: offset.duration !== undefined ? { duration: offset.duration } : { workdays: offset.workdays! },
    }));
    return this.policies.create(
      {
        name: dto.name,
        riskMarginPoints: dto.riskMarginPoints,
        workdayDeadlinesOnly: dto.workdayDeadlinesOnly,
        deadlineOnDayOff: dto.deadlineOnDayOff,
        rules,
      },
      user,
    );
  }

  /**
   * The office's explicit move of open items to a version; dryRun (the default) changes nothing,
   * so the admin who wrote a version may preview what it would do before the office applies it.
   */
  @ApiErrors(400, 404, 503)
  @Post('migration')
  @Idempotent()
  @Roles('office', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: [MigrationChangeView] })
  migrate(@Body() dto: PolicyMigrationDto, @CurrentUser() user: AuthUser): Promise<MigrationChangeView[]> {
    if (!dto.dryRun && !user.roles.includes('office'))
      throw new ForbiddenException('only the office moves open items to a policy version; an admin may preview');
    return this.migration.migrate(dto.policyVersion, dto.dryRun, user);
  }
}
