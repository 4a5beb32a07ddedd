import { BusinessCalendar } from './business-calendar';
import { cadenceWorkdays, nextReportDue, type ReportingCadence } from './reporting-cadence';

// Anchors are Shanghai noon; a due date is the end of that Shanghai day.
const due = (cadence: ReportingCadence, anchorDate: string) =>
  nextReportDue(cadence, new Date(`${anchorDate}T12:00:00+08:00`), new BusinessCalendar([])).toISOString();
const endOf = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 24 * 3600_000).toISOString();

describe('nextReportDue', () => {
  it.each<[string, ReportingCadence, string, string]>([
    ['weekly on Friday, from a Monday', { kind: 'weekly', weekday: 5 }, '2024-03-04', '2024-03-08'],
    ['weekly on Friday, from that Friday: the next one', { kind: 'weekly', weekday: 5 }, '2024-03-08', '2024-03-15'],
    ['weekly on Monday, from a Saturday', { kind: 'weekly', weekday: 1 }, '2024-03-09', '2024-03-11'],
    ['weekly on Sunday (7), from a Wednesday', { kind: 'weekly', weekday: 7 }, '2024-03-06', '2024-03-10'],
    ['semimonthly, before the 15th', { kind: 'semimonthly' }, '2024-02-03', '2024-02-15'],
    ['semimonthly, on the 15th: the month end', { kind: 'semimonthly' }, '2024-02-15', '2024-02-29'],
    ['semimonthly, on the month end: next 15th', { kind: 'semimonthly' }, '2024-02-29', '2024-03-15'],
    ['month end, mid-month', { kind: 'month_end' }, '2024-02-10', '2024-02-29'],
    ['month end, on a short month’s last day: the next month’s', { kind: 'month_end' }, '2024-02-29', '2024-03-31'],
    ['month end, across the year', { kind: 'month_end' }, '2024-12-31', '2025-01-31'],
    ['quarterly, in the first quarter', { kind: 'quarterly' }, '2024-01-15', '2024-03-31'],
    ['quarterly, on the quarter’s last day: the next quarter’s', { kind: 'quarterly' }, '2024-06-30', '2024-09-30'],
    ['quarterly, across the year', { kind: 'quarterly' }, '2024-12-31', '2025-03-31'],
    ['monthly on the 25th, unchanged', { kind: 'monthly', day: 25 }, '2024-01-25', '2024-02-25'],
    ['monthly on the 31st of February, unchanged (clamped)', { kind: 'monthly', day: 31 }, '2024-02-10', '2024-02-29'],
  ])('%s', (_name, cadence, anchor, expected) => {
    expect(due(cadence, anchor)).toBe(endOf(expected));
  });

  it('counts workdays by the calendar, unchanged', () => {
    expect(due({ kind: 'workdays', every: 2 }, '2024-03-08')).toBe(endOf('2024-03-12'));
  });
});

describe('cadenceWorkdays', () => {
  it.each<[ReportingCadence, number | null]>([
    [{ kind: 'workdays', every: 10 }, 10],
    [{ kind: 'monthly', day: 25 }, 21],
    [{ kind: 'month_end' }, 21],
    [{ kind: 'weekly', weekday: 3 }, 5],
    [{ kind: 'semimonthly' }, 10],
    [{ kind: 'quarterly' }, 63],
    [{ kind: 'interval', duration: 'PT5M' }, null],
  ])('%j is about %p workdays', (cadence, workdays) => {
    expect(cadenceWorkdays(cadence)).toBe(workdays);
  });
});
