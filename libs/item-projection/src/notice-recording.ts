import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@duban/config';
import { daysLate, type FiringNotice, type ItemEvent, type ItemState, type Recipient } from '@duban/domain';
import { ItemEntity, NotificationEntity, queueNoticeDeliveries, UnitEntity, UserEntity } from '@duban/persistence';

/** The people a rule's recipients are at the moment it fires: a reassignment re-targets them. */
async function resolveRecipients(em: EntityManager, recipients: Recipient[], state: ItemState): Promise<UserEntity[]> {
  const users = em.getRepository(UserEntity);
  const found: UserEntity[] = [];
  for (const recipient of recipients) {
    if (recipient === 'supervising_leader') {
      if (state.supervisingLeaderId)
        found.push(...(await users.findBy({ id: state.supervisingLeaderId, active: true })));
      continue;
    }
    // The other recipients are named after the role they hold.
    const qb = users.createQueryBuilder('u').where('u.active AND :role = ANY(u.roles)', { role: recipient });
    if (recipient === 'handler' || recipient === 'unit_head')
      qb.andWhere('u.unit_id = :unit', { unit: state.leadUnitId });
    found.push(...(await qb.getMany()));
  }
  return [...new Map(found.map((u) => [u.id, u])).values()];
}

/**
 * Records a firing inside the projection's transaction: the message under its unique key, an
 * inbox entry per recipient, and one pending delivery per channel and target. A retry finds the
 * key taken and adds nothing.
 */
export async function recordNotice(
  em: EntityManager,
  config: AppConfig,
  state: ItemState,
  event: ItemEvent,
  notice: FiringNotice,
): Promise<void> {
  const item = await em.findOneByOrFail(ItemEntity, { id: state.itemId });
  const leadUnit = await em.findOneBy(UnitEntity, { id: state.leadUnitId });
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values({
      messageKey: notice.messageKey,
      itemId: state.itemId,
      ruleKey: notice.ruleKey,
      trigger: notice.trigger,
      occurrence: notice.occurrence,
      level: notice.level,
      colour: notice.colour,
      recipients: notice.recipients,
      bulletin: notice.bulletin,
      params: {
        itemTitle: item.title,
        leadUnitName: leadUnit?.name ?? '',
        deadline: state.deadline,
        dueAt: state.dueAt,
        daysLate: daysLate(state, new Date(event.at)),
        escalationLevel: state.escalationLevel,
        colour: state.colour,
        risk: state.risk,
        link: `${config.CONSOLE_URL.replace(/\/$/, '')}/?item=${state.itemId}`,
      },
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  if (!inserted.identifiers[0]?.id) return; // recorded by an earlier attempt
  const notificationId = inserted.identifiers[0].id as string;

  const people = await resolveRecipients(em, notice.recipients, state);
  await queueNoticeDeliveries(em, notificationId, people, config);
}
