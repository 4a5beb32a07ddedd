import type { BusinessCalendar } from './business-calendar';
import { endOfDeadlineDay } from './deadline';
import type { ItemEvent } from './item-events';
import type { ItemStatus } from './item-status';

/** Who held a late item on a late workday: the base of accountability (责任倒查). */
export const DELAY_PARTIES = [
  'lead_unit',
  'cooperating_unit',
  'unit_head',
  'office',
  'suspended',
  'extension_granted',
] as const;
export type DelayParty = (typeof DELAY_PARTIES)[number];

/** What the attribution reads of a timeline event: its kind, data and status, and when. */
export type TimelineFact = ItemEvent extends infer E
  ? E extends ItemEvent
    ? Pick<E, 'type' | 'toStatus' | 'data'> & { at: Date }
    : never
  : never;

export interface DelayShare {
  party: DelayParty;
  /** The cooperating unit, for days its confirmation was awaited. */
  unitId?: string;
  workdays: number;
  /** The late workdays this party held, YYYY-MM-DD. */
  dates: string[];
}

const HOLDER: Partial<Record<ItemStatus, DelayParty>> = {
  assigned: 'lead_unit',
  in_progress: 'lead_unit',
  awaiting_signoff: 'unit_head',
  under_review: 'office',
  suspended: 'suspended',
};

/** The cooperating units whose confirmation the lead unit awaited after these events, longest-awaited first. */
export function awaitedConfirmations(events: Pick<TimelineFact, 'type' | 'data'>[]): string[] {
  let awaited: string[] = [];
  for (const e of events as TimelineFact[]) {
    if (e.type === 'confirmation_requested') awaited = [...awaited, e.data.unitId];
    else if (e.type === 'confirmed') awaited = awaited.filter((u) => u !== e.data.unitId);
    else if (e.type === 'reassigned') awaited = [];
  }
  return awaited;
}

/**
 * Every workday after the original deadline, up to closing (or `until`), goes to whoever held
 * the item when that workday ended: covered by an extension granted since; a cooperating unit
 * while the lead unit awaited its confirmation (the longest-awaited first); or by status.
 */
export function attributeDelay(
  originalDeadline: string,
  events: TimelineFact[],
  calendar: BusinessCalendar,
  until: Date,
): DelayShare[] {
  const sorted = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  const closed = sorted.find((e) => e.toStatus === 'closed' || e.toStatus === 'cancelled');
  const end = closed && closed.at < until ? closed.at : until;
  const shares = new Map<string, { party: DelayParty; unitId?: string; dates: string[] }>();
  for (
    let day = calendar.addWorkdays(originalDeadline, 1);
    endOfDeadlineDay(day).getTime() - 24 * 3600_000 < end.getTime();
    day = calendar.addWorkdays(day, 1)
  ) {
    const moment = Math.min(endOfDeadlineDay(day).getTime(), end.getTime());
    const before = sorted.filter((e) => e.at.getTime() < moment); // the closing day belongs to whoever held it until then
    const status: ItemStatus = before.at(-1)?.toStatus ?? 'assigned';
    const extended = before.filter((e) => e.type === 'extension_approved').at(-1);
    const deadline = extended?.type === 'extension_approved' ? extended.data.requestedDeadline : originalDeadline;
    const awaited = awaitedConfirmations(before);
    const holder = HOLDER[status];
    const [party, unitId] =
      day <= deadline
        ? ['extension_granted' as const]
        : holder === 'lead_unit' && awaited.length
          ? ['cooperating_unit' as const, awaited[0]]
          : [holder];
    if (!party) continue;
    const key = `${party}:${unitId ?? ''}`;
    if (!shares.has(key)) shares.set(key, { party, ...(unitId ? { unitId } : {}), dates: [] });
    shares.get(key)!.dates.push(day);
  }
  return [...shares.values()]
    .sort((a, b) => DELAY_PARTIES.indexOf(a.party) - DELAY_PARTIES.indexOf(b.party))
    .map(({ dates, ...who }) => ({ ...who, workdays: dates.length, dates }));
}
