import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemEventType, ItemSnapshot, ItemStatus, Role } from '@duban/domain';

/** One entry of an item's timeline: a command, decision, reminder or escalation, with who, when and why. */
@Entity('timeline_events')
@Index('uq_timeline_events_item_seq', ['itemId', 'seq'], { unique: true })
// The board counts missed reports and escalations of a period by kind.
@Index('ix_timeline_events_type_at', ['type', 'at'])
export class TimelineEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  /**
   * The workflow's state version the event produced, so a retried write finds it taken;
   * null for what the API records of a draft (created, edited), before any workflow.
   */
  @Column({ type: 'int', nullable: true })
  seq: number | null;

  @Column({ type: 'text' })
  type: ItemEventType;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  /** The unit the actor acted for, and the role it acted in (null for the escalation chain, and before they were kept). */
  @Column({ type: 'uuid', name: 'actor_unit_id', nullable: true })
  actorUnitId: string | null;

  @Column({ type: 'text', name: 'actor_role', nullable: true })
  actorRole: Role | null;

  /** The user whose authority the actor acted on (a unit head's delegated sign-off); null when its own. */
  @Column({ type: 'uuid', name: 'on_behalf_of_id', nullable: true })
  onBehalfOfId: string | null;

  /** The rule that acted when no person did: a policy rule's key, or risk_assessment. */
  @Column({ type: 'text', nullable: true })
  rule: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', name: 'from_status' })
  fromStatus: ItemStatus;

  @Column({ type: 'text', name: 'to_status' })
  toStatus: ItemStatus;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, any>;

  /** The item right after the event (null before it was kept). */
  @Column({ type: 'jsonb', nullable: true })
  after: ItemSnapshot | null;
}
