import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EvidenceFile } from '@duban/domain';

/** A progress report from a handler of the lead or a cooperating unit. */
@Entity('progress_reports')
@Index('ix_progress_reports_item', ['itemId', 'reportedAt'])
@Check('ck_progress_reports_percent', `percent BETWEEN 0 AND 100`)
export class ProgressReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'item_id' })
  itemId: string;

  @Column({ type: 'uuid', name: 'unit_id' })
  unitId: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'int' })
  percent: number;

  @Column({ type: 'jsonb', name: 'milestone_values', default: () => "'[]'" })
  milestoneValues: { milestoneId: string; value: number }[];

  /** The files of evidence the report cites (name, size, hash; the files are in the attachments). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: EvidenceFile[];

  @Column({ type: 'timestamptz', name: 'reported_at' })
  reportedAt: Date;
}
