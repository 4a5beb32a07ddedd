import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';

/** An extension request (延期申请) and the office's decision on it. */
@Entity('extensions')
@Check('ck_extensions_status', `status IN ('pending','approved','rejected')`)
// At most one extension request of an item waits for a decision.
@Index('uq_extensions_one_pending', ['itemId'], { unique: true, where: `status = 'pending'` })
export class ExtensionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @Column({ type: 'date', name: 'previous_deadline' })
  previousDeadline: string;

  @Column({ type: 'date', name: 'requested_deadline' })
  requestedDeadline: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', name: 'requested_by' })
  requestedBy: string;

  @Column({ type: 'timestamptz', name: 'requested_at' })
  requestedAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: ExtensionStatus;

  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', name: 'decision_comment', nullable: true })
  decisionComment: string | null;
}
