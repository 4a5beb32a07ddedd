import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PolicyRule } from '@duban/domain';

/** One saved version of the escalation policy; versions are never changed, only added. */
@Entity('escalation_policies')
export class EscalationPolicyEntity {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  rules: PolicyRule[];

  @Column({ type: 'int', name: 'risk_margin_points' })
  riskMarginPoints: number;

  @Column({ type: 'boolean', name: 'workday_deadlines_only', default: false })
  workdayDeadlinesOnly: boolean;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
