import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Colour, Recipient, Trigger } from '@duban/domain';
import { BulletinEntity } from './bulletin.entity';
import { ItemEntity } from './item.entity';

/** What the template needs to render a message in any language, fixed when the rule fired. */
export interface NotificationParams {
  itemTitle: string;
  leadUnitName: string;
  deadline: string;
  dueAt: string;
  daysLate: number;
  escalationLevel: number;
  colour: Colour;
  risk: string[];
  link: string;
}

/**
 * One firing of one rule for one item (the message). Its key (item, rule, occurrence) is unique,
 * so however often an activity is retried or a worker dies, the rule fires once per occurrence.
 */
@Entity('notifications')
// A rule's firing is about an item; a bulletin's notice about the bulletin.
@Check('ck_notifications_subject', 'item_id IS NOT NULL OR bulletin_id IS NOT NULL')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', name: 'message_key', unique: true })
  messageKey: string;

  @Column({ type: 'uuid', name: 'item_id', nullable: true })
  itemId: string | null;

  @ManyToOne(() => ItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ItemEntity;

  @Column({ type: 'uuid', name: 'bulletin_id', nullable: true })
  bulletinId: string | null;

  @ManyToOne(() => BulletinEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bulletin_id' })
  issuedBulletin?: BulletinEntity;

  @Column({ type: 'text', name: 'rule_key' })
  ruleKey: string;

  /** The rule's trigger, or 'bulletin' for a bulletin's notice. */
  @Column({ type: 'text' })
  trigger: Trigger | 'bulletin';

  @Column({ type: 'text' })
  occurrence: string;

  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'text', nullable: true })
  colour: Colour | null;

  @Column({ type: 'text', array: true })
  recipients: Recipient[];

  @Column({ type: 'boolean', default: false })
  bulletin: boolean;

  @Column({ type: 'jsonb' })
  params: NotificationParams;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
