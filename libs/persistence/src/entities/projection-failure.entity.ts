import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change the item's workflow made that Postgres refused for good (a constraint, an encoding):
 * kept with what was to be written, so the item is flagged and an admin can repair it, and the
 * workflow goes on instead of retrying forever.
 */
@Entity('projection_failures')
@Index('uq_projection_failures_item_version', ['itemId', 'version'], { unique: true })
export class ProjectionFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  /** The workflow state version the change produced. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', name: 'event_type' })
  eventType: string;

  @Column({ type: 'text' })
  error: string;

  /** The projection as it was to be written, its texts made storable. */
  @Column({ type: 'jsonb' })
  projection: Record<string, any>;

  @Column({ type: 'timestamptz', name: 'failed_at', default: () => 'now()' })
  failedAt: Date;

  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', name: 'resolved_by', nullable: true })
  resolvedBy: string | null;
}
