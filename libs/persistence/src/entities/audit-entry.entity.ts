import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditResult = 'ok' | 'refused' | 'error';

/**
 * One entry of the append-only audit trail (责任倒查): who did what to which object, from where,
 * and how it ended. The database numbers, times and chains every entry as it is inserted
 * (seq, at, prev_hash and hash are set by a trigger whatever the writer sends); see docs/security.md.
 */
@Entity('audit_entries')
@Check('ck_audit_entries_result', `result IN ('ok','refused','error')`)
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Index('ix_audit_entries_at')
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  /** The username as it was then, or the one tried at a failed login. */
  @Column({ type: 'text', name: 'actor_username', nullable: true })
  actorUsername: string | null;

  /** On whose behalf the actor acted (a delegated sign-off); null when for themselves. */
  @Column({ type: 'uuid', name: 'on_behalf_of_id', nullable: true })
  onBehalfOfId: string | null;

  @Column({ type: 'text', name: 'on_behalf_of_username', nullable: true })
  onBehalfOfUsername: string | null;

  @Column({ type: 'uuid', name: 'unit_id', nullable: true })
  unitId: string | null;

  /** e.g. item.signoff, user.update, auth.login, timeline.escalated */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'object_type', nullable: true })
  objectType: string | null;

  @Column({ type: 'text', name: 'object_id', nullable: true })
  objectId: string | null;

  @Column({ type: 'text' })
  result: AuditResult;

  /** The HTTP status of the answer, for what came through the API. */
  @Column({ type: 'int', nullable: true })
  status: number | null;

  /** Why it was refused or failed. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'text', name: 'client_address', nullable: true })
  clientAddress: string | null;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId: string | null;

  /** The timeline event this entry seals (written by a trigger on timeline_events). */
  @Index('uq_audit_entries_timeline_event', { unique: true })
  @Column({ type: 'bigint', name: 'timeline_event_id', nullable: true })
  timelineEventId: string | null;

  /** What else was asked or recorded; never a password or a token. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, any>;

  @Column({ type: 'text', name: 'prev_hash' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
