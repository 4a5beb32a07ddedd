import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { hasRole, type Actor, type ItemEventType } from '@duban/domain';
import { ItemEntity } from '@duban/persistence';

/** Those who see every item, drafts included: the office (its own work), leaders and leadership. */
export const seesEveryItem = (actor: Actor) => hasRole(actor, 'office', 'leader', 'leadership');

/**
 * The one rule of who sees an item: the office, leaders and leadership every item and the drafts;
 * anyone else the items its unit leads or cooperates on, and only from their publication (a draft
 * is the office's until it is published). Used by every read and by the guard of item routes.
 */
export function visibleItems(actor: Actor, em: EntityManager): SelectQueryBuilder<ItemEntity> {
  const qb = em.createQueryBuilder(ItemEntity, 'item');
  if (!seesEveryItem(actor)) {
    qb.where(
      new Brackets((w) =>
        w
          .where('item.lead_unit_id = :actorUnit', { actorUnit: actor.unitId })
          .orWhere(':actorUnit = ANY(item.cooperating_unit_ids)'),
      ),
    );
    qb.andWhere("item.status <> 'draft'");
  }
  return qb;
}

/** What the API records of the office's work on a draft: a unit's view of the timeline starts after them. */
export const DRAFT_EVENTS: ItemEventType[] = ['created', 'edited', 'deleted'];

/** Whether the caller may see the item: the guard of item routes asks before anything else. */
export async function isItemVisible(id: string, actor: Actor, em: EntityManager): Promise<boolean> {
  return (await visibleItems(actor, em).andWhere('item.id = :id', { id }).getCount()) > 0;
}
