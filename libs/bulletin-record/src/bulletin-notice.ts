import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@duban/config';
import type { BulletinSnapshot } from '@duban/bulletins';
import { NotificationEntity, queueNoticeDeliveries, UserEntity } from '@duban/persistence';

/** The message key of a bulletin's notice: one per bulletin, however often its making is retried. */
export const bulletinMessageKey = (bulletinId: string) => `bulletin:${bulletinId}`;

/**
 * Records the bulletin's notice inside the transaction that stores it, as the escalation chain
 * records a firing: the message under its unique key, an inbox entry for leadership and the heads
 * of the units named, and one pending delivery per channel and target (sent by `deliverNotice`).
 */
export async function recordBulletinNotice(
  em: EntityManager,
  config: Pick<AppConfig, 'CONSOLE_URL' | 'SMTP_URL' | 'WEBHOOK_URL' | 'WECOM_ROBOT_URL' | 'DINGTALK_ROBOT_URL'>,
  bulletinId: string,
  snapshot: BulletinSnapshot,
): Promise<string> {
  const messageKey = bulletinMessageKey(bulletinId);
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values({
      messageKey,
      itemId: null,
      bulletinId,
      ruleKey: 'bulletin',
      trigger: 'bulletin',
      occurrence: snapshot.cutoff,
      level: 0,
      colour: null,
      recipients: ['leadership', 'unit_head'],
      bulletin: true,
      params: {
        itemTitle: snapshot.numberLabel,
        leadUnitName: snapshot.issuer,
        deadline: snapshot.cutoffDate,
        dueAt: snapshot.cutoff,
        daysLate: 0,
        escalationLevel: 0,
        colour: 'green',
        risk: [],
        link: `${config.CONSOLE_URL.replace(/\/$/, '')}/bulletins?open=${bulletinId}`,
      },
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  const notificationId = inserted.identifiers[0]?.id as string | undefined;
  if (!notificationId) return messageKey; // recorded by an earlier attempt

  const named = snapshot.units.map((u) => u.unitId);
  const people = await em
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where(`u.active AND ('leadership' = ANY(u.roles) OR ('unit_head' = ANY(u.roles) AND u.unit_id = ANY(:named)))`, {
      named,
    })
    .orderBy('u.id')
    .getMany();
  await queueNoticeDeliveries(em, notificationId, people, config);
  return messageKey;
}
