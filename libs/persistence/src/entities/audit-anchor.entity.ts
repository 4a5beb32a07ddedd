import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit chain's head as it was at a moment (daily): a later rewrite of history up to `seq`
 * no longer matches. Only the function audit_anchor() appends here; the application may read.
 */
@Entity('audit_anchors')
export class AuditAnchorEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'bigint' })
  seq: string;

  @Column({ type: 'text' })
  hash: string;
}
