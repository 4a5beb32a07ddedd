import type { BusinessCalendar } from './business-calendar';
import { endOfDeadlineDay, shanghaiDate } from './deadline';
import { durationMs } from './escalation-policy';

/**
 * How often the lead unit reports progress (报送频次): every N workdays, monthly on a day, or
 * at an exact interval (ISO 8601, for demos and tests that run in minutes); and as plans write
 * them: weekly on a weekday (1 = Monday … 7 = Sunday, ISO), twice a month (the 15th and the
 * month's last day, 半月报), at each month's end, at each quarter's end.
 *
 * `monthly` with day 31 does put the report on a short month's last day, but a report made on
 * that last day (say 29 February) would owe the next one the same evening, because the day is
 * compared unclamped; `month_end` is the cadence that means "by the end of every month".
 */
export type ReportingCadence =
  | { kind: 'workdays'; every: number }
  | { kind: 'monthly'; day: number }
  | { kind: 'interval'; duration: string }
  | { kind: 'weekly'; weekday: number }
  | { kind: 'semimonthly' }
  | { kind: 'month_end' }
  | { kind: 'quarterly' };

export const REPORTING_CADENCE_KINDS = [
  'workdays',
  'monthly',
  'interval',
  'weekly',
  'semimonthly',
  'month_end',
  'quarterly',
] as const satisfies readonly ReportingCadence['kind'][];

const DAY_MS = 24 * 3600_000;
const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];
const utcDate = (y: number, monthIndex: number, d: number) =>
  new Date(Date.UTC(y, monthIndex, d)).toISOString().slice(0, 10);
const lastDayOf = (y: number, monthIndex: number) => new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();

/**
 * When the next report falls due after the one before it (or the acknowledgement), unshifted.
 * The calendar-day cadences (weekly, semimonthly, month_end, quarterly) fall due on the first
 * such day after the anchor's date, at the end of that day, as `monthly` does.
 */
export function nextReportDue(cadence: ReportingCadence, anchor: Date, calendar: BusinessCalendar): Date {
  const today = shanghaiDate(anchor);
  const [y, m, d] = ymd(today);
  switch (cadence.kind) {
    case 'workdays':
      return endOfDeadlineDay(calendar.addWorkdays(today, cadence.every));
    case 'monthly': {
      // The day in this month if still ahead, else next month; short months end on their last day.
      const monthIndex = d < cadence.day ? m - 1 : m;
      return endOfDeadlineDay(utcDate(y, monthIndex, Math.min(cadence.day, lastDayOf(y, monthIndex))));
    }
    case 'interval':
      return new Date(anchor.getTime() + durationMs(cadence.duration));
    case 'weekly': {
      const isoWeekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const ahead = (cadence.weekday - isoWeekday + 7) % 7 || 7;
      return endOfDeadlineDay(new Date(Date.parse(`${today}T00:00:00Z`) + ahead * DAY_MS).toISOString().slice(0, 10));
    }
    case 'semimonthly': {
      if (d < 15) return endOfDeadlineDay(utcDate(y, m - 1, 15));
      if (d < lastDayOf(y, m - 1)) return endOfDeadlineDay(utcDate(y, m - 1, lastDayOf(y, m - 1)));
      return endOfDeadlineDay(utcDate(y, m, 15));
    }
    case 'month_end': {
      const monthIndex = d < lastDayOf(y, m - 1) ? m - 1 : m;
      return endOfDeadlineDay(utcDate(y, monthIndex, lastDayOf(y, monthIndex)));
    }
    case 'quarterly': {
      const quarterEnd = Math.ceil(m / 3) * 3 - 1; // month index of this quarter's last month
      const monthIndex = m - 1 === quarterEnd && d === lastDayOf(y, quarterEnd) ? quarterEnd + 3 : quarterEnd;
      return endOfDeadlineDay(utcDate(y, monthIndex, lastDayOf(y, monthIndex)));
    }
  }
}

/** The length of one cadence in workdays, for the "no report for 1.5 cadences" risk. */
export function cadenceWorkdays(cadence: ReportingCadence): number | null {
  switch (cadence.kind) {
    case 'workdays':
      return cadence.every;
    case 'monthly':
    case 'month_end':
      return 21; // a month holds about 21 workdays
    case 'weekly':
      return 5;
    case 'semimonthly':
      return 10;
    case 'quarterly':
      return 63;
    case 'interval':
      return null;
  }
}
