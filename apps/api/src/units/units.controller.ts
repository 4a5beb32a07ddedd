import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Repository } from 'typeorm';
import { invalidInput, ruleViolation } from '@duban/domain';
import { UnitEntity } from '@duban/persistence';
import { Roles } from '../auth/auth.decorators';
import { Trim } from '../common/text-fields';

export class CreateUnitDto {
  @ApiProperty({ example: '经济发展局' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'the parent unit; none for a root',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {
  // A unit always has a name: left out it stays, but null is no name.
  @ApiPropertyOptional({ example: '经济发展局' })
  @ValidateIf((_: unknown, value: unknown) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;
}

export class UnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
}

const toView = ({ id, name, parentId }: UnitEntity): UnitView => ({ id, name, parentId });

/** The unit tree, as a flat list with parent ids (a client builds the tree). */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  @Get()
  @ApiOkResponse({ type: [UnitView] })
  async list(): Promise<UnitView[]> {
    return (await this.units.find({ order: { name: 'ASC' } })).map(toView);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UnitView })
  async create(@Body() dto: CreateUnitDto): Promise<UnitView> {
    if (dto.parentId) await this.mustExist(dto.parentId, 'parentId');
    return toView(await this.units.save(this.units.create({ name: dto.name.trim(), parentId: dto.parentId ?? null })));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UnitView })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto): Promise<UnitView> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw new NotFoundException(`unit ${id} not found`);
    if (dto.parentId) {
      await this.mustExist(dto.parentId, 'parentId');
      if (await this.isInSubtree(dto.parentId, id))
        throw ruleViolation('parentId: a unit cannot sit under itself or its own subunit');
    }
    if (dto.name !== undefined) unit.name = dto.name.trim();
    if (dto.parentId !== undefined) unit.parentId = dto.parentId;
    return toView(await this.units.save(unit));
  }

  private async mustExist(id: string, field: string): Promise<void> {
    if (!(await this.units.existsBy({ id }))) throw invalidInput(`${field}: unit ${id} does not exist`);
  }

  /** Whether `candidate` is `root` or lies below it. */
  private async isInSubtree(candidate: string, root: string): Promise<boolean> {
    const rows: unknown[] = await this.units.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM units WHERE id = $1
         UNION SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2`,
      [candidate, root],
    );
    return rows.length > 0;
  }
}
