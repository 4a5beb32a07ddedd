import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound, type Actor } from '@duban/domain';
import { ItemProjector, type RepairOutcome } from '@duban/item-projection';
import { AppConfig } from '@duban/config';
import { ItemEntity } from '@duban/persistence';

/** The admin's repair of an item whose change the database refused (docs/operations.md). */
@Injectable()
export class RepairItemService {
  private readonly projector: ItemProjector;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.projector = new ItemProjector(db, config);
  }

  /** Writes again the changes the database refused, whatever the item's units (the admin's view is the record). */
  async repair(id: string, actor: Actor): Promise<RepairOutcome[]> {
    if (!(await this.db.getRepository(ItemEntity).existsBy({ id }))) throw notFound(`item ${id} not found`);
    return this.projector.repair(id, actor.userId);
  }
}
