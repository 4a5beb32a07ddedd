import { endOfDeadlineDay, isCalendarDate, shanghaiDate, toShanghaiIso } from './deadline';

describe('deadline dates in Asia/Shanghai', () => {
  it('ends a deadline at 24:00 Shanghai time', () => {
    expect(endOfDeadlineDay('2024-03-31').toISOString()).toBe('2024-03-31T16:00:00.000Z');
    expect(toShanghaiIso(endOfDeadlineDay('2024-03-31'))).toBe('2024-04-01T00:00:00.000+08:00');
  });

  it('refuses dates that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-3-1')).toBe(false);
    expect(() => endOfDeadlineDay('2024-02-30')).toThrow(RangeError);
  });

  it('reads the Shanghai date of an instant near midnight', () => {
    expect(shanghaiDate(new Date('2024-03-31T15:59:59Z'))).toBe('2024-03-31');
    expect(shanghaiDate(new Date('2024-03-31T16:00:00Z'))).toBe('2024-04-01');
  });
});
