import type { Colour, ItemStatus } from '@duban/domain';
import type { BulletinNumber } from './bulletin-input';

/**
 * A bulletin (督查通报) as of its cut-off: plain JSON, so it can be stored as it was issued and
 * checked against the record later (`checkBulletin`).
 */
export interface BulletinSnapshot {
  /** 督查通报 */
  title: string;
  number: BulletinNumber;
  /** e.g. 2024年第12期 */
  numberLabel: string;
  issuer: string;
  cutoff: string;
  /** The cut-off's date in Shanghai (YYYY-MM-DD): the bulletin's date. */
  cutoffDate: string;
  previousCutoff: string | null;
  /** All units together. */
  totals: UnitFigures;
  /** Per lead unit, best first by `RANKING_RULE`. */
  units: UnitRow[];
  /** Open items past their deadline at the cut-off, by lead unit (in the units' tree order). */
  overdue: UnitItems[];
  /** Open items at overdue risk (orange) at the cut-off, not yet overdue, by lead unit. */
  atRisk: UnitItems[];
  /** Items closed after the previous cut-off, up to this one, in order of closing. */
  closed: ClosedItemLine[];
  /** Escalations since the previous cut-off whose policy rule puts the item into the bulletin. */
  escalations: FlaggedEscalation[];
  /** How the units were ranked, in the words the document prints. */
  rankingRule: string;
}

export interface UnitFigures {
  /** Published and not yet closed or cancelled (suspended ones included). */
  open: number;
  /** Open, running, neither overdue nor at risk. */
  onTime: number;
  /** Of the on-time ones, those near their deadline (yellow). */
  nearDeadline: number;
  /** Open, running, not yet overdue, at overdue risk (orange). */
  atRisk: number;
  /** Open, running, past the deadline in force. */
  overdue: number;
  /** Open but suspended: their clocks stand still, so they are neither on time nor late. */
  suspended: number;
  closedOnTime: number;
  closedLate: number;
  /** Over the overdue and the closed-late items, one decimal; null when none is late. */
  averageWorkdaysLate: number | null;
  /** Progress reports missed since the previous cut-off (one per report owed, however often reminded). */
  missedReports: number;
  /** Items that reached each escalation level since the previous cut-off. */
  escalations: { level1: number; level2: number; level3: number };
  /** Share not late, in percent with one decimal: (on time + at risk + closed on time) / all but suspended. */
  onTimeRate: number | null;
}

export interface UnitRow {
  /** 1 is best; units that tie share a rank (1, 1, 3); null for a unit with nothing to rank by. */
  rank: number | null;
  unitId: string;
  unitName: string;
  figures: UnitFigures;
}

export interface BulletinItemLine {
  itemId: string;
  title: string;
  category: string;
  leadUnitId: string;
  leadUnitName: string;
  cooperatingUnitNames: string[];
  supervisingLeader: string | null;
  originalDeadline: string;
  /** The deadline in force at the cut-off (differs from the original after an extension or change). */
  deadline: string;
  dueAt: string;
  status: ItemStatus;
  colour: Colour;
  escalationLevel: number;
  progressPercent: number;
  /** Workdays of the business calendar past the deadline, at the cut-off (or at closing). */
  workdaysLate: number;
}

export interface UnitItems {
  unitId: string;
  unitName: string;
  items: BulletinItemLine[];
}

export interface ClosedItemLine extends BulletinItemLine {
  closedAt: string;
  onTime: boolean;
}

export interface FlaggedEscalation {
  /** The item as it stood at the cut-off. */
  item: BulletinItemLine;
  at: string;
  level: number;
  /** The lead unit when the escalation fired. */
  unitId: string;
  unitName: string;
}
