import type { EntityManager } from 'typeorm';
import { DeliveryEntity, InboxMessageEntity, type Channel, type UserEntity } from './entities';

/** The channels configured for notices (AppConfig's fields of the same names). */
export interface NoticeChannels {
  SMTP_URL?: string;
  WEBHOOK_URL?: string;
  WECOM_ROBOT_URL?: string;
  DINGTALK_ROBOT_URL?: string;
}

// Robot addresses carry their key in the query string: keep it out of the database.
const endpoint = (url: string) => {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
};

/**
 * A recorded notification's fan-out, in the transaction that recorded it: an inbox entry per person
 * and one pending delivery per configured channel and target (sent later by `deliverNotice`).
 */
export async function queueNoticeDeliveries(
  em: EntityManager,
  notificationId: string,
  people: UserEntity[],
  channels: NoticeChannels,
): Promise<void> {
  if (people.length) {
    await em.insert(
      InboxMessageEntity,
      people.map((u) => ({ notificationId, userId: u.id })),
    );
  }
  const deliveries: Pick<DeliveryEntity, 'notificationId' | 'channel' | 'target' | 'locale'>[] = [];
  const add = (channel: Channel, target: string, locale = 'zh-CN') =>
    deliveries.push({ notificationId, channel, target, locale });
  if (channels.SMTP_URL) for (const u of people.filter((p) => p.email)) add('email', u.email!, u.locale);
  if (channels.WEBHOOK_URL) add('webhook', endpoint(channels.WEBHOOK_URL));
  if (channels.WECOM_ROBOT_URL) add('wecom', endpoint(channels.WECOM_ROBOT_URL));
  if (channels.DINGTALK_ROBOT_URL) add('dingtalk', endpoint(channels.DINGTALK_ROBOT_URL));
  if (deliveries.length) await em.insert(DeliveryEntity, deliveries);
}
