import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles, SignedIn } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-errors';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CreateUnitDto, UnitView, UpdateUnitDto } from './unit.dto';
import { UnitsService } from './units.service';

export { UnitView } from './unit.dto';

/** The unit tree, as a flat list with parent ids (a client builds the tree). */
@ApiTags('units')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [UnitView] })
  list(): Promise<UnitView[]> {
    return this.units.list();
  }

  @Post()
  @Idempotent()
  @Roles('admin')
  @ApiCreatedResponse({ type: UnitView })
  @ApiErrors(400, 403, 409)
  create(@Body() dto: CreateUnitDto): Promise<UnitView> {
    return this.units.create(dto);
  }

  @Patch(':id')
  @Idempotent()
  @Roles('admin')
  @ApiOkResponse({ type: UnitView })
  @ApiErrors(400, 403, 404, 409, 422)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto): Promise<UnitView> {
    return this.units.update(id, dto);
  }
}
