import published from 'chinese-days/dist/chinese-days.json';
import type { CalendarYear } from '@duban/domain';

/**
 * The years China has published, as the well-kept `chinese-days` package carries them. Packages
 * lag the November publication of next year's arrangement: the office can load a year itself.
 */
export function packagedCalendarYears(): CalendarYear[] {
  const years = new Map<number, CalendarYear>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    if (!years.has(year)) years.set(year, { year, holidays: [], adjustedWorkdays: [], source: 'package' });
    return years.get(year)!;
  };
  for (const date of Object.keys(published.holidays)) yearOf(date).holidays.push(date);
  for (const date of Object.keys(published.workdays)) yearOf(date).adjustedWorkdays.push(date);
  return [...years.values()].sort((a, b) => a.year - b.year);
}
