import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ROLES, type Role } from '@duban/domain';
import { UnitEntity } from '@duban/persistence';
import { CurrentUser, SignedIn } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { UnitView } from '../units/units.controller';
import { ApiErrors } from '../common/api-errors';

export class MeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: UnitView }) unit: UnitView;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
}

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(401)
@SignedIn()
@Controller('me')
export class MeController {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  @Get()
  @ApiOkResponse({ type: MeView })
  async me(@CurrentUser() user: AuthUser): Promise<MeView> {
    const unit = await this.units.findOneByOrFail({ id: user.unitId });
    return {
      id: user.userId,
      username: user.username,
      displayName: user.displayName,
      unit: { id: unit.id, name: unit.name, parentId: unit.parentId, kind: unit.kind, aliases: unit.aliases },
      roles: user.roles,
    };
  }
}
