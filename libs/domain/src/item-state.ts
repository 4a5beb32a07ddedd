import type { CalendarYear } from './business-calendar';
import type { FiredRule, RiskReason } from './escalation-ladder';
import type { EscalationPolicy } from './escalation-policy';
import type { Colour, ItemStatus } from './item-status';
import type { ReportingCadence } from './reporting-cadence';

export interface MilestoneState {
  id: string;
  deadline: string;
  targetValue: number | null;
  actualValue: number | null;
}

export interface PendingExtension {
  id: string;
  requestedDeadline: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
}

export interface PendingConfirmation {
  unitId: string;
  note: string;
  requestedAt: string;
}

/** A file of evidence (佐证材料) cited by a report or a completion request: stored once by its SHA-256. */
export interface EvidenceFile {
  id: string;
  name: string;
  size: number;
  sha256: string;
}

export const RATING_GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

/** What the item's workflow owns; Postgres holds a projection of it. */
export interface ItemState {
  itemId: string;
  status: ItemStatus;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  supervisingLeaderId: string | null;
  /** The deadline date as given or as extended (YYYY-MM-DD, Shanghai). */
  deadline: string;
  /** An exact time on the deadline day when one was given (a demo ladder in minutes); else its end. */
  deadlineAt: string | null;
  /** When the deadline falls due; moved on by the time the item stood suspended. */
  dueAt: string;
  colour: Colour;
  escalationLevel: number;
  progressPercent: number;
  milestones: MilestoneState[];
  pendingExtension: PendingExtension | null;
  /** Cooperating units whose confirmation (配合单位确认) the lead unit awaits. */
  pendingConfirmations: PendingConfirmation[];
  suspension: { from: ItemStatus; since: string } | null;
  signoff: { by: string; at: string } | null;
  rating: { grade: RatingGrade; comment: string | null; by: string; at: string } | null;
  closedAt: string | null;
  /** The escalation policy version the item was published (or migrated) under. */
  policy: EscalationPolicy;
  /** The business calendar it was published under: the revision and the years its dates touch. */
  calendar: ItemCalendar;
  reportingCadence: ReportingCadence | null;
  publishedAt: string | null;
  /** When the current deadline was set (publish, approved extension): its clock runs from here. */
  deadlineSetAt: string | null;
  /** The acknowledgement or the lead unit's last report: the next report is due a cadence later. */
  reportAnchorAt: string | null;
  /** Finished suspensions; every clock moves on by the part of them after it was set. */
  suspensions: { since: string; until: string }[];
  /** Every rule that has fired, with its occurrence: fired once, never again. */
  fired: FiredRule[];
  /** Overdue risk found at the last assessment, and since when the item has been at risk. */
  risk: RiskReason[];
  riskSince: string | null;
  /** Grows with every change, so a late projection write never overwrites a newer one. */
  version: number;
}

/** What a work plan fixes about an item before it is published. */
export type ItemPlan = Pick<
  ItemState,
  | 'itemId'
  | 'leadUnitId'
  | 'cooperatingUnitIds'
  | 'supervisingLeaderId'
  | 'deadline'
  | 'milestones'
  | 'reportingCadence'
> &
  Partial<Pick<ItemState, 'deadlineAt'>>;

export interface ItemCalendar {
  /** Grows with every change the office makes to the calendar. */
  revision: number;
  years: CalendarYear[];
}
