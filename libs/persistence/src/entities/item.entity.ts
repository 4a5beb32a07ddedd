import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { Category, Colour, ItemStatus, Priority, RatingGrade, ReportingCadence } from '@duban/domain';
import { UnitEntity } from './unit.entity';
import { UserEntity } from './user.entity';
import { MilestoneEntity } from './milestone.entity';

/** The supervision item (督办事项): fields from the plan, and the projection of its workflow's state. */
@Entity('items')
@Check(
  'ck_items_status',
  `status IN ('draft','assigned','in_progress','awaiting_signoff','under_review','closed','suspended','cancelled')`,
)
@Check('ck_items_colour', `colour IN ('green','yellow','orange','red')`)
@Check('ck_items_category', `category IN ('重点工作','民生实事','重大项目','领导批示','会议议定事项','安全隐患整改')`)
@Check('ck_items_priority', `priority IN ('normal','high','urgent')`)
@Check('ck_items_progress', `progress_percent BETWEEN 0 AND 100`)
// A published item has its workflow; a closed item has the responsible unit's sign-off.
@Check('ck_items_published_has_workflow', `status = 'draft' OR workflow_id IS NOT NULL`)
@Check('ck_items_closed_signed_off', `status <> 'closed' OR signed_off_at IS NOT NULL`)
@Index('ix_items_lead_unit', ['leadUnitId'])
@Index('ix_items_status', ['status'])
// The board's filters and its overdue series.
@Index('ix_items_category', ['category'])
@Index('ix_items_supervising_leader', ['supervisingLeaderId'])
@Index('ix_items_due_at', ['dueAt'])
export class ItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'text' })
  category: Category;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', default: 'normal' })
  priority: Priority;

  @Column({ type: 'uuid', name: 'lead_unit_id' })
  leadUnitId: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: UnitEntity;

  @Column({ type: 'uuid', array: true, name: 'cooperating_unit_ids', default: () => "'{}'" })
  cooperatingUnitIds: string[];

  @Column({ type: 'uuid', name: 'supervising_leader_id', nullable: true })
  supervisingLeaderId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervising_leader_id' })
  supervisingLeader?: UserEntity;

  /** The supervising leader as a plan names them, when no user matched (kept for the office to settle). */
  @Column({ type: 'text', name: 'supervising_leader_text', nullable: true })
  supervisingLeaderText: string | null;

  @Column({ type: 'date' })
  deadline: string;

  /** An exact time on the deadline day when one was given (a meeting-set hour, a demo ladder); else null, the day's end. */
  @Column({ type: 'timestamptz', name: 'deadline_at', nullable: true })
  deadlineAt: Date | null;

  @Column({ type: 'timestamptz', name: 'due_at' })
  dueAt: Date;

  @Column({ type: 'jsonb', name: 'reporting_cadence', nullable: true })
  reportingCadence: ReportingCadence | null;

  @Column({ type: 'text', default: 'draft' })
  status: ItemStatus;

  @Column({ type: 'text', default: 'green' })
  colour: Colour;

  @Column({ type: 'int', name: 'escalation_level', default: 0 })
  escalationLevel: number;

  @Column({ type: 'int', name: 'progress_percent', default: 0 })
  progressPercent: number;

  @Column({ type: 'text', name: 'suspended_from', nullable: true })
  suspendedFrom: ItemStatus | null;

  @Column({ type: 'uuid', name: 'signed_off_by', nullable: true })
  signedOffBy: string | null;

  @Column({ type: 'timestamptz', name: 'signed_off_at', nullable: true })
  signedOffAt: Date | null;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', name: 'rating_grade', nullable: true })
  ratingGrade: RatingGrade | null;

  @Column({ type: 'text', name: 'rating_comment', nullable: true })
  ratingComment: string | null;

  /** Set before the workflow starts, so an edit can never race a publish. */
  @Column({ type: 'text', name: 'workflow_id', nullable: true, unique: true })
  workflowId: string | null;

  /** The escalation policy version and calendar revision the item runs under (set at publish). */
  @Column({ type: 'int', name: 'policy_version', nullable: true })
  policyVersion: number | null;

  @Column({ type: 'int', name: 'calendar_revision', nullable: true })
  calendarRevision: number | null;

  /** The deadline was computed from a year without calendar data (Monday–Friday fallback). */
  @Column({ type: 'boolean', name: 'calendar_fallback', default: false })
  calendarFallback: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  risk: string[];

  /** Cooperating units whose confirmation the lead unit awaits (配合单位确认), longest-awaited first. */
  @Column({ type: 'uuid', array: true, name: 'awaiting_confirmation', default: () => "'{}'" })
  awaitingConfirmation: string[];

  @Column({ type: 'int', name: 'projection_version', default: 0 })
  projectionVersion: number;

  /** Set when a change of the workflow could not be written (see projection_failures): the item needs an admin. */
  @Column({ type: 'text', nullable: true })
  attention: string | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @OneToMany(() => MilestoneEntity, (milestone) => milestone.item, { cascade: ['insert'] })
  milestones?: Relation<MilestoneEntity>[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
