import fc from 'fast-check';
import { BusinessCalendar } from '@duban/domain';
import { packagedCalendarYears } from './index';

const calendar = new BusinessCalendar(packagedCalendarYears());
const dates = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const steps = fc.integer({ min: 1, max: 40 });

describe('the business calendar with the packaged years', () => {
  it('knows the 2026 Spring Festival: holidays off, the adjusted Saturday worked', () => {
    expect(calendar.isWorkday('2026-02-16')).toBe(false); // 春节
    expect(calendar.isWorkday('2026-02-14')).toBe(true); // Saturday, worked in lieu
    expect(calendar.isWorkday('2026-02-15')).toBe(false); // Sunday
    expect(calendar.isWorkday('2026-02-13')).toBe(true);
  });

  it('counts 5 workdays before a deadline across the Spring Festival', () => {
    // Back from 02-26: 02-25, 02-24, (02-15..23 off), 02-14 (the adjusted Saturday), 02-13, 02-12.
    expect(calendar.addWorkdays('2026-02-26', -5)).toBe('2026-02-12');
    expect(calendar.workdaysBetween('2026-02-12', '2026-02-26')).toBe(5);
    // By Monday–Friday alone it would have been 02-19, inside the holiday.
    expect(new BusinessCalendar([]).addWorkdays('2026-02-26', -5)).toBe('2026-02-19');
  });

  it('falls back to Monday–Friday for a year with no data, and says so', () => {
    expect(calendar.isFallback('2027-01-04')).toBe(true);
    expect(calendar.isFallback('2026-01-05')).toBe(false);
    expect(calendar.isWorkday('2027-01-02')).toBe(false); // Saturday
    expect(calendar.isWorkday('2027-01-04')).toBe(true);
    expect(calendar.rangeUsesFallback('2026-12-20', '2027-01-10')).toBe(true);
  });

  it('lands N workdays on a workday, N workdays away', () => {
    fc.assert(
      fc.property(dates, steps, (date, n) => {
        const later = calendar.addWorkdays(date, n);
        const earlier = calendar.addWorkdays(date, -n);
        return (
          calendar.isWorkday(later) &&
          calendar.isWorkday(earlier) &&
          later > date &&
          earlier < date &&
          calendar.workdaysBetween(date, later) === n &&
          calendar.workdaysBetween(later, date) === -n
        );
      }),
    );
  });

  it('goes back exactly where it came from, from a workday', () => {
    fc.assert(
      fc.property(
        dates.filter((d) => calendar.isWorkday(d)),
        steps,
        (date, n) => calendar.addWorkdays(calendar.addWorkdays(date, n), -n) === date,
      ),
    );
  });

  it('adds workdays in steps as in one go', () => {
    fc.assert(
      fc.property(
        dates,
        steps,
        steps,
        (date, a, b) => calendar.addWorkdays(calendar.addWorkdays(date, a), b) === calendar.addWorkdays(date, a + b),
      ),
    );
  });

  it('counts the workdays of a range additively', () => {
    fc.assert(
      fc.property(
        dates,
        dates,
        dates,
        (a, b, c) => calendar.workdaysBetween(a, b) + calendar.workdaysBetween(b, c) === calendar.workdaysBetween(a, c),
      ),
    );
  });
});
