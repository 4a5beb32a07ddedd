import type { FiringNotice, ItemEvent, ItemState } from '@duban/domain';

/**
 * A change of the item to write to Postgres in one transaction: the projection, its timeline
 * event and, when a rule fired, the message with its inbox entries and channel deliveries.
 */
export interface ItemProjection {
  state: ItemState;
  event: ItemEvent;
  notice?: FiringNotice;
}

/** The activities the item workflow calls; implemented by NestJS providers in the worker. */
export interface ItemActivities {
  projectItem(projection: ItemProjection): Promise<void>;
  /** Sends the message's pending channel deliveries; throws (to be retried) while any fails. */
  deliverNotice(request: { messageKey: string }): Promise<void>;
}
