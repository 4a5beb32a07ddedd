import type { FiringNotice, RiskReason } from './escalation-ladder';
import type { EvidenceFile, RatingGrade } from './item-state';
import type { Colour, ItemStatus } from './item-status';
import type { Role } from './roles';

/** Who gave a command: the user, the unit it acted for, and the role it acted in. */
export interface EventActor {
  userId: string;
  unitId: string;
  role: Role;
  /** The user whose authority it acted on (a unit head's delegated sign-off); absent when its own. */
  onBehalfOf?: string;
}

/** The item right after an event: what the board and a bulletin read as of any instant. */
export interface ItemSnapshot {
  status: ItemStatus;
  colour: Colour;
  escalationLevel: number;
  deadline: string;
  dueAt: string;
  progressPercent: number;
  leadUnitId: string;
  cooperatingUnitIds: string[];
}

/** What a rule's firing records: the message it sent, when it was planned, and where it left the item. */
export type FiringData = FiringNotice & { plannedAt: string; itemColour: Colour; escalationLevel: number };

/** What a re-judgement of risk and colour records. */
export interface AssessmentData {
  colour: Colour;
  escalationLevel: number;
  risk: RiskReason[];
  previousColour: Colour;
  dueAt: string;
}

interface ExtensionData {
  extensionId: string;
  previousDeadline: string;
  requestedDeadline: string;
}

type Nothing = Record<string, never>;

/**
 * Every kind of timeline event and the data it carries. A new kind added here without its label
 * (the console's dictionaries), its projection (`libs/item-projection`) or a place in the delay
 * attribution fails the type check.
 */
export interface ItemEventData {
  // The office's work on a draft, recorded by the API before any workflow.
  created: Nothing;
  edited: { fields: string[] };
  deleted: Nothing;
  // Commands, decided by the item's workflow.
  published: { policyVersion: number; calendarRevision: number; backfilled?: string[] };
  acknowledged: Nothing;
  progress_reported: {
    reportId: string;
    unitId: string;
    percent: number;
    milestoneValues: { milestoneId: string; value: number }[];
    /** The files of evidence cited: name, size and hash on the record. */
    attachments?: EvidenceFile[];
  };
  completion_requested: { evidence: string[]; attachments?: EvidenceFile[] };
  signed_off: Nothing;
  returned_by_unit_head: Nothing;
  closed: Nothing;
  returned_by_office: Nothing;
  extension_requested: ExtensionData;
  extension_approved: ExtensionData;
  extension_rejected: ExtensionData;
  confirmation_requested: { unitId: string };
  confirmed: { unitId: string };
  reassigned: {
    previousLeadUnitId: string;
    leadUnitId: string;
    cooperatingUnitIds: string[];
    previousCooperatingUnitIds?: string[];
  };
  suspended: Nothing;
  resumed: { suspendedMs: number; dueAt: string };
  cancelled: Nothing;
  rated: { grade: RatingGrade };
  deadline_changed: { previousDeadline: string; deadline: string };
  policy_migrated: {
    previousPolicyVersion: number;
    policyVersion: number;
    previousCalendarRevision: number;
    calendarRevision: number;
  };
  // The escalation chain: a rule fired, or risk and colour were judged again.
  warned: FiringData;
  escalated: FiringData;
  report_reminded: FiringData;
  deadline_passed: AssessmentData;
  risk_found: AssessmentData;
  risk_cleared: AssessmentData;
  colour_changed: AssessmentData;
}

export type ItemEventType = keyof ItemEventData;

/** One entry of the item's timeline: who (or which rule) did what, when and why. */
export interface ItemEventOf<K extends ItemEventType> {
  type: K;
  at: string;
  /** The person who acted; null when the escalation chain did. */
  actor: EventActor | null;
  /** The rule that acted when no person did: a policy rule's key, or `risk_assessment`. */
  rule: string | null;
  fromStatus: ItemStatus;
  toStatus: ItemStatus;
  comment: string | null;
  data: ItemEventData[K];
  /** The item right after the event. */
  after: ItemSnapshot;
}

export type ItemEvent = { [K in ItemEventType]: ItemEventOf<K> }[ItemEventType];

// A record keyed by every kind, so the list below cannot miss one.
const KINDS: Record<ItemEventType, 'api' | 'command' | 'chain'> = {
  created: 'api',
  edited: 'api',
  deleted: 'api',
  published: 'command',
  acknowledged: 'command',
  progress_reported: 'command',
  completion_requested: 'command',
  signed_off: 'command',
  returned_by_unit_head: 'command',
  closed: 'command',
  returned_by_office: 'command',
  extension_requested: 'command',
  extension_approved: 'command',
  extension_rejected: 'command',
  confirmation_requested: 'command',
  confirmed: 'command',
  reassigned: 'command',
  suspended: 'command',
  resumed: 'command',
  cancelled: 'command',
  rated: 'command',
  deadline_changed: 'command',
  policy_migrated: 'command',
  warned: 'chain',
  escalated: 'chain',
  report_reminded: 'chain',
  deadline_passed: 'chain',
  risk_found: 'chain',
  risk_cleared: 'chain',
  colour_changed: 'chain',
};

export const ITEM_EVENT_TYPES = Object.keys(KINDS) as ItemEventType[];

/** Whether the escalation chain (not a person) records this kind of event. */
export const isChainEvent = (type: ItemEventType) => KINDS[type] === 'chain';

/** The snapshot of an item state that every event carries. */
export function snapshotOf(state: ItemSnapshot): ItemSnapshot {
  const { status, colour, escalationLevel, deadline, dueAt, progressPercent, leadUnitId, cooperatingUnitIds } = state;
  return { status, colour, escalationLevel, deadline, dueAt, progressPercent, leadUnitId, cooperatingUnitIds };
}

/** Whether an event is of one of these kinds, its data typed accordingly. */
export function isEventOf<K extends ItemEventType>(
  event: ItemEvent,
  ...types: K[]
): event is ItemEventOf<K> & ItemEvent {
  return (types as ItemEventType[]).includes(event.type);
}
