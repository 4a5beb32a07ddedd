import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@duban/config';
import type { ItemProjection } from '@duban/contracts';
import { ItemProjector } from '@duban/item-projection';

/**
 * Writes what the item workflow decided to Postgres. A transient failure is thrown and retried
 * by Temporal; a permanent one flags the item for an admin and lets the workflow go on.
 */
@Injectable()
export class ItemProjectionActivities {
  private readonly projector: ItemProjector;

  constructor(dataSource: DataSource, config: AppConfig) {
    this.projector = new ItemProjector(dataSource, config);
  }

  async projectItem(projection: ItemProjection): Promise<void> {
    await this.projector.project(projection);
  }
}
