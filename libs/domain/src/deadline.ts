/**
 * Time in Duban is Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset is exact and keeps this module free of zone databases (workflow code uses it).
 */
export const SHANGHAI_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A deadline given as a date ends when that day ends in Shanghai (24:00), so work handed in
 * late in the evening of the last day is still on time.
 */
export function endOfDeadlineDay(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const start = new Date(`${date}T00:00:00${SHANGHAI_OFFSET}`);
  return new Date(start.getTime() + 24 * 3600_000);
}

/** The calendar date in Shanghai of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant written with the Shanghai offset, e.g. 2024-03-31T24:00 as 2024-04-01T00:00:00.000+08:00. */
export function toShanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().replace('Z', SHANGHAI_OFFSET);
}
