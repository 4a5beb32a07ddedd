import type { BusinessCalendar } from './business-calendar';
import { endOfDeadlineDay, shanghaiDate } from './deadline';
import { durationMs } from './escalation-policy';

/**
 * How often the lead unit reports progress (报送频次): every N workdays, monthly on a day, or
 * at an exact interval (ISO 8601, for demos and tests that run in minutes).
 */
export type ReportingCadence =
  { kind: 'workdays'; every: number } | { kind: 'monthly'; day: number } | { kind: 'interval'; duration: string };

/** When the next report falls due after the one before it (or the acknowledgement), unshifted. */
export function nextReportDue(cadence: ReportingCadence, anchor: Date, calendar: BusinessCalendar): Date {
  switch (cadence.kind) {
    case 'workdays':
      return endOfDeadlineDay(calendar.addWorkdays(shanghaiDate(anchor), cadence.every));
    case 'monthly': {
      const [y, m, d] = shanghaiDate(anchor).split('-').map(Number);
      // The day in this month if still ahead, else next month; short months end on their last day.
      const monthIndex = d < cadence.day ? m - 1 : m;
      const lastDay = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
      const due = new Date(Date.UTC(y, monthIndex, Math.min(cadence.day, lastDay)));
      return endOfDeadlineDay(due.toISOString().slice(0, 10));
    }
    case 'interval':
      return new Date(anchor.getTime() + durationMs(cadence.duration));
  }
}

/** The length of one cadence in workdays, for the "no report for 1.5 cadences" risk. */
export function cadenceWorkdays(cadence: ReportingCadence): number | null {
  if (cadence.kind === 'workdays') return cadence.every;
  if (cadence.kind === 'monthly') return 21; // a month holds about 21 workdays
  return null;
}
