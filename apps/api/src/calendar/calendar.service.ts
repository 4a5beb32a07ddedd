import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { packagedCalendarYears } from '@duban/calendar-data';
import { calendarYearsFor, invalidInput, shanghaiDate, type CalendarYear, type ItemCalendar } from '@duban/domain';
import { CalendarYearEntity } from '@duban/persistence';
import { calendarEntryProblems, type CalendarEntry } from './calendar-import';

export interface CalendarYearView extends Omit<CalendarYear, 'source'> {
  /** 'fallback': no data for the year, so Monday–Friday are workdays and deadlines are flagged. */
  source: CalendarYear['source'] | 'fallback';
  revision: number;
}

/**
 * The business calendar: the packaged years, overridden year by year by the office's own entry
 * (next year's arrangement is published in November, before packages carry it).
 */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every known year and the calendar's revision, which grows with each change by the office. */
  async current(): Promise<ItemCalendar> {
    const office = await this.db.getRepository(CalendarYearEntity).find();
    const years = new Map(packagedCalendarYears().map((y) => [y.year, y]));
    for (const y of office)
      years.set(y.year, { year: y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays, source: 'office' });
    const revision = Math.max(0, ...office.map((y) => y.revision));
    return { revision, years: [...years.values()].sort((a, b) => a.year - b.year) };
  }

  /** The calendar an item publishing now pins: the years its dates can touch. */
  async forItem(deadline: string): Promise<ItemCalendar> {
    const { revision, years } = await this.current();
    return { revision, years: calendarYearsFor(deadline, years, shanghaiDate(new Date())) };
  }

  async year(year: number): Promise<CalendarYearView> {
    const { revision, years } = await this.current();
    const found = years.find((y) => y.year === year);
    return found ? { ...found, revision } : { year, holidays: [], adjustedWorkdays: [], source: 'fallback', revision };
  }

  async put(year: number, entry: CalendarEntry, userId: string): Promise<CalendarYearView> {
    const problems = calendarEntryProblems(entry, year);
    if (problems.length) throw invalidInput(problems.join('; '));
    await this.db.transaction(async (em) => {
      // One change at a time, so every change gets its own revision.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('duban.calendar'))`);
      const [{ max }] = await em.query(`SELECT COALESCE(MAX(revision), 0) AS max FROM calendar_years`);
      await em.getRepository(CalendarYearEntity).upsert(
        {
          year,
          holidays: [...new Set(entry.holidays)].sort(),
          adjustedWorkdays: [...new Set(entry.adjustedWorkdays)].sort(),
          source: 'office',
          revision: Number(max) + 1,
          updatedBy: userId,
        },
        ['year'],
      );
    });
    return this.year(year);
  }
}
