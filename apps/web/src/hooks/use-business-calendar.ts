import type { Dayjs } from 'dayjs';
import { useCallback, useMemo, useRef, useState } from 'react';
import { api, type CalendarYear } from '../api';

/** What a day is by the business calendar: a workday, a holiday, a weekend, or a weekend day worked (调休). */
export type DayKind = 'workday' | 'holiday' | 'weekend' | 'adjusted';

export interface BusinessCalendar {
  /** The day's kind; by the weekday alone until its year is loaded. */
  dayKind: (date: Dayjs) => DayKind;
  /** The day's kind once its year is loaded, and whether that year has no published arrangement. */
  dayLoaded: (date: Dayjs) => Promise<{ kind: DayKind; unconfirmed: boolean }>;
  /** Whether the day's year has no published arrangement (Monday–Friday is assumed). */
  unconfirmed: (date: Dayjs) => boolean;
  /** Loads a year (the one a picker shows) if it is not loaded yet. */
  showYear: (year: number) => void;
  /** Why a year could not be loaded, if one could not. */
  error: unknown;
}

const isWeekend = (date: Dayjs) => date.day() === 0 || date.day() === 6;

function kindIn(year: CalendarYear | undefined, date: Dayjs): DayKind {
  const day = date.format('YYYY-MM-DD');
  if (year?.holidays.includes(day)) return 'holiday';
  if (year?.adjustedWorkdays.includes(day)) return 'adjusted';
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** The business calendar (GET /api/calendar/{year}), a year at a time, as the pickers page through it. */
export function useBusinessCalendar(): BusinessCalendar {
  const [years, setYears] = useState<Record<number, CalendarYear>>({});
  const [error, setError] = useState<unknown>(undefined);
  const requests = useRef(new Map<number, Promise<CalendarYear | undefined>>());

  const load = useCallback((year: number): Promise<CalendarYear | undefined> => {
    let request = requests.current.get(year);
    if (!request) {
      request = api<CalendarYear>('GET', `/calendar/${year}`).then(
        (data) => (setYears((all) => ({ ...all, [year]: data })), data),
        (e: unknown) => (requests.current.delete(year), setError(e), undefined),
      );
      requests.current.set(year, request);
    }
    return request;
  }, []);

  return useMemo(
    () => ({
      dayKind: (date) => kindIn(years[date.year()], date),
      dayLoaded: async (date) => {
        const year = await load(date.year());
        return { kind: kindIn(year, date), unconfirmed: year?.source === 'fallback' };
      },
      unconfirmed: (date) => years[date.year()]?.source === 'fallback',
      showYear: (year) => void load(year),
      error,
    }),
    [years, error, load],
  );
}
