import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export const CHANNELS = ['email', 'webhook', 'wecom', 'dingtalk'] as const;
export type Channel = (typeof CHANNELS)[number];
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One message on one channel to one target (an address or an endpoint): recorded once. */
@Entity('deliveries')
@Check('ck_deliveries_channel', `channel IN ('email','webhook','wecom','dingtalk')`)
@Check('ck_deliveries_status', `status IN ('pending','sent','failed')`)
@Check('ck_deliveries_sent_at', `status <> 'sent' OR sent_at IS NOT NULL`)
@Unique('uq_deliveries_notification_channel_target', ['notificationId', 'channel', 'target'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'notification_id' })
  notificationId: string;

  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  target: string;

  /** The recipient's language for e-mail; robots and webhooks get zh-CN. */
  @Column({ type: 'text', default: 'zh-CN' })
  locale: string;

  @Column({ type: 'text', default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
