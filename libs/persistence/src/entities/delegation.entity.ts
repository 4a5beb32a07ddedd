import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit head's out-of-office delegation (代签): while it runs (from `startsAt` until `endsAt`,
 * unless revoked), the named colleague of the same unit may sign off the unit's items on the
 * head's behalf. Kept after it ends or is revoked: the timeline's entries point at whose authority.
 */
@Entity('delegations')
@Index('ix_delegations_delegate', ['delegateId', 'endsAt'])
@Check('ck_delegations_period', 'ends_at > starts_at')
@Check('ck_delegations_not_self', 'delegate_id <> delegator_id')
export class DelegationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId: string;

  /** The unit head whose sign-off is delegated. */
  @Column({ type: 'uuid', name: 'delegator_id' })
  delegatorId: string;

  /** The colleague who may sign off meanwhile. */
  @Column({ type: 'uuid', name: 'delegate_id' })
  delegateId: string;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Who set it up: the unit head, or an admin for them. */
  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', name: 'revoked_by', nullable: true })
  revokedBy: string | null;
}
