import ICAL from 'ical.js';
import { isCalendarDate } from '@duban/domain';

export interface CalendarEntry {
  holidays: string[];
  adjustedWorkdays: string[];
}

// Published holiday feeds mark a worked weekend (调休上班) with 班 or "workday" in the summary.
const WORKED = /班|调休上班|workday|working day/i;

/**
 * Reads a year's arrangement from an iCalendar (ICS) file: every all-day event is a day off,
 * unless its summary says it is worked (调休上班). Multi-day events cover every day up to DTEND.
 */
export function calendarEntryFromIcs(ics: string, year: number): CalendarEntry {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    throw new Error(`ics is not an iCalendar file: ${(error as Error).message}`);
  }
  const entry: CalendarEntry = { holidays: [], adjustedWorkdays: [] };
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const list = WORKED.test(event.summary ?? '') ? entry.adjustedWorkdays : entry.holidays;
    const day = event.startDate.clone();
    const end = event.endDate && event.endDate.compare(day) > 0 ? event.endDate : null;
    do {
      const date = day.toString().slice(0, 10);
      if (date.startsWith(`${year}-`)) list.push(date);
      day.adjust(1, 0, 0, 0);
    } while (end && day.compare(end) < 0);
  }
  return {
    holidays: [...new Set(entry.holidays)].sort(),
    adjustedWorkdays: [...new Set(entry.adjustedWorkdays)].sort(),
  };
}

/** Everything wrong with a year's entry, naming the field and the date. */
export function calendarEntryProblems(entry: CalendarEntry, year: number): string[] {
  const problems: string[] = [];
  for (const field of ['holidays', 'adjustedWorkdays'] as const) {
    for (const date of entry[field]) {
      if (!isCalendarDate(date)) problems.push(`${field}: ${date} is not a date written YYYY-MM-DD`);
      else if (!date.startsWith(`${year}-`)) problems.push(`${field}: ${date} is not in ${year}`);
    }
  }
  const both = entry.holidays.filter((d) => entry.adjustedWorkdays.includes(d));
  if (both.length) problems.push(`${both.join(', ')} cannot be both a holiday and an adjusted workday`);
  return problems;
}
