import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DeadlineOnDayOff, PolicyRule } from '@duban/domain';

/** One saved version of the escalation policy; versions are never changed, only added. */
@Entity('escalation_policies')
@Check('ck_escalation_policies_deadline_on_day_off', `deadline_on_day_off IN ('previous_workday','refuse','allow')`)
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

  /** What an imported plan's deadline on a day off becomes (DEADLINE_ON_DAY_OFF). */
  @Column({ type: 'text', name: 'deadline_on_day_off', default: 'previous_workday' })
  deadlineOnDayOff: DeadlineOnDayOff;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
