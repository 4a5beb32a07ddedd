import type { ItemEvent, ItemState } from '@duban/domain';

/** A change of the item to write to Postgres: the projection and its timeline event, in one transaction. */
export interface ItemProjection {
  state: ItemState;
  event: ItemEvent;
}

/** The activities the item workflow calls; implemented by NestJS providers in the worker. */
export interface ItemActivities {
  projectItem(projection: ItemProjection): Promise<void>;
}
