import type { BusinessCalendar, Colour, ItemEvent, ItemStatus } from '@duban/domain';

/** The item's state right after an event: what the timeline tells about the item at that instant. */
export interface StateAfterEvent {
  /** The event's toStatus. */
  status: ItemStatus;
  colour: Colour;
  escalationLevel: number;
  /** The deadline in force (YYYY-MM-DD, Shanghai), after any extension or change. */
  deadline: string;
  /** When that deadline falls due, moved on by the time the item stood suspended. */
  dueAt: string;
  progressPercent: number;
  leadUnitId: string;
}

/** A timeline event carrying the item's state right after it (see `withStateAfter` for older events). */
export type BulletinEvent = ItemEvent & StateAfterEvent;

export interface BulletinUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/** What a bulletin needs of one item: its fixed facts and its timeline. */
export interface BulletinItem {
  id: string;
  title: string;
  category: string;
  /** The lead unit now; the events tell which unit led at the cut-off. */
  leadUnitId: string;
  cooperatingUnitIds: string[];
  /** The supervising leader's name, as the bulletin prints it. */
  supervisingLeader: string | null;
  /** The deadline the plan gave (完成时限), before any extension or change. */
  originalDeadline: string;
  events: BulletinEvent[];
}

/** The bulletin's issue number: 督查通报 2024年第12期. */
export interface BulletinNumber {
  year: number;
  issue: number;
}

export interface BulletinInput {
  number: BulletinNumber;
  /** The instant the bulletin is taken as of: only events at or before it count. */
  cutoff: string;
  /** The previous bulletin's cut-off, or null for the first: "since the last one" starts there. */
  previousCutoff: string | null;
  /** The office that issues it (e.g. 督查室), printed under the title. */
  issuer: string;
  units: BulletinUnit[];
  items: BulletinItem[];
  calendar: BusinessCalendar;
}
