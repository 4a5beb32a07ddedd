import { DEADLINE_ERRORS, DEADLINES } from '../test/plan-cases';
import { readDeadlinePhrase } from './deadline-phrase';

describe('readDeadlinePhrase', () => {
  it.each(DEADLINES)('reads “%s” in a 2024 plan as %s', (phrase, deadline, milestones = []) => {
    const reading = readDeadlinePhrase(phrase, 2024);
    expect(reading).toMatchObject({ ok: true, date: deadline });
    expect(reading.ok && reading.milestones.map((m) => m.date)).toEqual(milestones);
  });

  it.each(DEADLINE_ERRORS)('refuses “%s” (%s)', (phrase, code) => {
    expect(readDeadlinePhrase(phrase, 2024)).toMatchObject({ ok: false, code });
  });

  it('names each node of a recurring deadline', () => {
    const reading = readDeadlinePhrase('每季度末', 2024);
    expect(reading.ok && reading.milestones.map((m) => m.title)).toEqual([
      '一季度末',
      '二季度末',
      '三季度末',
      '四季度末',
    ]);
  });

  it('needs the plan year only for phrases without a year', () => {
    expect(readDeadlinePhrase('6月底前', null)).toEqual({ ok: false, code: 'deadline_needs_year' });
    expect(readDeadlinePhrase('每季度末', null)).toEqual({ ok: false, code: 'deadline_needs_year' });
    expect(readDeadlinePhrase('2024年6月底前', null)).toMatchObject({
      ok: true,
      date: '2024-06-30',
      explicitYear: 2024,
    });
    expect(readDeadlinePhrase('2024-06-30', null)).toMatchObject({ ok: true, date: '2024-06-30' });
  });

  it('says why an ambiguous month or 年前 is refused', () => {
    expect(readDeadlinePhrase('6月前', 2024)).toMatchObject({ hint: 'month_before' });
    expect(readDeadlinePhrase('年前完成', 2024)).toMatchObject({ hint: 'spring_festival' });
  });

  it('reads 2月底 of a common year as the 28th', () => {
    expect(readDeadlinePhrase('2月底', 2025)).toMatchObject({ ok: true, date: '2025-02-28' });
  });
});
