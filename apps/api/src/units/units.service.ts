import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { invalidInput, notFound, ruleViolation } from '@duban/domain';
import { UnitEntity } from '@duban/persistence';
import type { CreateUnitDto, UnitView, UpdateUnitDto } from './unit.dto';

const toView = ({ id, name, parentId, kind, aliases }: UnitEntity): UnitView => ({ id, name, parentId, kind, aliases });

/** The unit tree: a flat list with parent ids, each unit with its kind and aliases. */
@Injectable()
export class UnitsService {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  async list(): Promise<UnitView[]> {
    return (await this.units.find({ order: { name: 'ASC' } })).map(toView);
  }

  async create(dto: CreateUnitDto): Promise<UnitView> {
    if (dto.parentId) await this.mustExist(dto.parentId, 'parentId');
    const unit = this.units.create({
      name: dto.name,
      parentId: dto.parentId ?? null,
      kind: dto.kind ?? null,
      aliases: [...new Set(dto.aliases ?? [])],
    });
    return toView(await this.units.save(unit));
  }

  async update(id: string, dto: UpdateUnitDto): Promise<UnitView> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw notFound(`unit ${id} not found`);
    if (dto.parentId) {
      await this.mustExist(dto.parentId, 'parentId');
      if (await this.isInSubtree(dto.parentId, id)) {
        throw ruleViolation('parentId: a unit cannot sit under itself or its own subunit');
      }
    }
    if (dto.name !== undefined) unit.name = dto.name;
    if (dto.parentId !== undefined) unit.parentId = dto.parentId;
    if (dto.kind !== undefined) unit.kind = dto.kind;
    if (dto.aliases !== undefined) unit.aliases = [...new Set(dto.aliases)];
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
