/**
 * Workdays by the business calendar: weekends, statutory holidays and the adjusted workdays
 * (调休) China publishes each year. Pure and deterministic, so workflow code can plan timers
 * with it; the years' data comes in from outside (a package, or the office's own entry).
 * Dates are Shanghai calendar dates written YYYY-MM-DD.
 */
export interface CalendarYear {
  year: number;
  /** Days off that would otherwise be workdays (法定节假日). */
  holidays: string[];
  /** Weekend days worked in lieu (调休上班). */
  adjustedWorkdays: string[];
  /** Where the year came from: the packaged publication, or the office's own entry. */
  source: 'package' | 'office';
}

const DAY_MS = 24 * 3600_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export class BusinessCalendar {
  private readonly years = new Map<number, { holidays: Set<string>; adjusted: Set<string> }>();

  constructor(years: CalendarYear[]) {
    for (const y of years)
      this.years.set(y.year, { holidays: new Set(y.holidays), adjusted: new Set(y.adjustedWorkdays) });
  }

  /** A year with no data falls back to Monday–Friday; whatever is computed from it is flagged. */
  isFallback(date: string): boolean {
    return !this.years.has(Number(date.slice(0, 4)));
  }

  isWorkday(date: string): boolean {
    const year = this.years.get(Number(date.slice(0, 4)));
    if (year?.adjusted.has(date)) return true;
    if (year?.holidays.has(date)) return false;
    const weekday = new Date(toDay(date) * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The |n|-th workday after (n > 0) or before (n < 0) the date; the date itself for 0.
   * "5 workdays before the deadline" is addWorkdays(deadline, -5).
   */
  addWorkdays(date: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`whole workdays only: ${n}`);
    const step = Math.sign(n);
    let day = toDay(date);
    for (let left = Math.abs(n); left > 0;) {
      day += step;
      if (this.isWorkday(fromDay(day))) left--;
    }
    return fromDay(day);
  }

  /** Workdays after `from` up to and including `to` (negative when `to` is earlier). */
  workdaysBetween(from: string, to: string): number {
    const [start, end, sign] = from <= to ? [toDay(from), toDay(to), 1] : [toDay(to), toDay(from), -1];
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (this.isWorkday(fromDay(day))) count++;
    return sign * count;
  }

  /** Whether any day from `from` to `to` falls in a year without data. */
  rangeUsesFallback(from: string, to: string): boolean {
    const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort();
    for (let year = a; year <= b; year++) if (!this.years.has(year)) return true;
    return false;
  }
}
