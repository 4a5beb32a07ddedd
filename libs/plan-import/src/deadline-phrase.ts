import { isCalendarDate } from '@duban/domain';
import { digitsForChineseNumerals, lookupKey } from './plan-text';

/**
 * Deadlines (完成时限) as plans write them, read against the plan's year. Every phrase names one
 * date by a rule a supervision office would state the same way; what does not fit a rule is an
 * error for the cell, never a guess.
 *
 * - a date: 2024-03-31, 2024/3/31, 2024.3.31, 20240331, 2024年3月31日, 3月31日 (plan year); with
 *   前/之前/以前/为止/完成 after it or 截至/于 before it: "by that day" is that day.
 * - a month: 6月底, 6月末, 6月, 6月份, 2024年6月底 → its last day; 6月上旬 → the 10th, 中旬 → the
 *   20th, 下旬 → the last day. "6月前" is refused: it may mean by June or before June.
 * - a range: 3-6月, 3月至6月 → the last day of the range.
 * - the year: 上半年 → 6月30日, 下半年, 年底, 年末, 年内, 全年, 本年度, 2024年, 2024年底 → 12月31日.
 *   "年前" is refused: in an office it means before the Spring Festival.
 * - quarters: 一季度, 一季度末, 第三季度末, Q3 → the quarter's last day.
 * - recurring: 每季度末, 每月底, 每月25日, 每半年 → the year's last such day, with a node
 *   (milestone) at each one, so each quarter's (month's) work is followed on its own day.
 * - open-ended: 长期坚持, 持续推进, 常态化 … → an error: an item needs a date to be followed by.
 * - anything else (三季度中, 年中, 6月中, two dates in one cell) → an error.
 */
export type DeadlineReading =
  | { ok: true; date: string; explicitYear: number | null; milestones: { title: string; date: string }[] }
  | {
      ok: false;
      code: 'deadline_unreadable' | 'deadline_open_ended' | 'deadline_invalid_date' | 'deadline_needs_year';
      hint?: 'month_before' | 'spring_festival';
    };

type Failure = Extract<DeadlineReading, { ok: false }>;
type Rule = [RegExp, (match: string[], year: number | null) => DeadlineReading];

const OPEN_ENDED = /长期|持续|常态|坚持|经常|定期|逐步|随时|及时|不定期/;
const FILLER = /(?:全面完成|基本完成|完成|到位|为止|之前|以前|前|止|以内|内)$/;
const CN_QUARTERS = ['一', '二', '三', '四'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const needsYear: Failure = { ok: false, code: 'deadline_needs_year' };
const invalid: Failure = { ok: false, code: 'deadline_invalid_date' };

function day(
  year: number | null,
  month: number,
  dayOfMonth: number | 'last',
  explicitYear: number | null = null,
): DeadlineReading {
  if (year === null) return needsYear;
  if (month < 1 || month > 12) return invalid;
  const date = `${year}-${pad(month)}-${pad(dayOfMonth === 'last' ? lastDay(year, month) : dayOfMonth)}`;
  return isCalendarDate(date) ? { ok: true, date, explicitYear, milestones: [] } : invalid;
}

// A phrase's year: written in it (explicit), else the plan's.
const yearOf = (written: string | undefined, planYear: number | null) => (written ? Number(written) : planYear);
const explicit = (written: string | undefined) => (written ? Number(written) : null);

function recurring(
  year: number | null,
  nodes: [title: string, month: number, dayOfMonth: number | 'last'][],
): DeadlineReading {
  if (year === null) return needsYear;
  const milestones = nodes.map(([title, month, dayOfMonth]) => {
    const d = dayOfMonth === 'last' ? lastDay(year, month) : Math.min(dayOfMonth, lastDay(year, month));
    return { title, date: `${year}-${pad(month)}-${pad(d)}` };
  });
  return { ok: true, date: milestones.at(-1)!.date, explicitYear: null, milestones };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const RULES: Rule[] = [
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})日?$/, ([, y, m, d]) => day(+y, +m, +d, +y)],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/, ([, y, m, d]) => day(+y, +m, +d, +y)],
  [/^(\d{4})(\d{2})(\d{2})$/, ([, y, m, d]) => day(+y, +m, +d, +y)],
  [/^(\d{1,2})月(\d{1,2})[日号]$/, ([, m, d], year) => day(year, +m, +d)],
  [
    /^(?:(\d{4})年)?(\d{1,2})月份?(底|末|上旬|中旬|下旬)?$/,
    ([, y, m, part], year) =>
      day(yearOf(y, year), +m, part === '上旬' ? 10 : part === '中旬' ? 20 : 'last', explicit(y)),
  ],
  [
    /^(?:(\d{4})年)?(\d{1,2})月?-(\d{1,2})月份?(?:底|末)?$/,
    ([, y, from, to], year) =>
      +from < +to ? day(yearOf(y, year), +to, 'last', explicit(y)) : { ok: false, code: 'deadline_unreadable' },
  ],
  [
    /^(?:(\d{4})年)?(上|下)半年(?:底|末)?$/,
    ([, y, half], year) => day(yearOf(y, year), half === '上' ? 6 : 12, 'last', explicit(y)),
  ],
  [/^(\d{4})年度?(?:全年|年底|年末|底|末)?$/, ([, y]) => day(+y, 12, 31, +y)],
  [/^(?:本|今|当|全)?年度?(?:底|末)?$/, (_, year) => day(year, 12, 31)],
  [/^(?:(\d{4})年)?第?([1-4])季度(?:末|底)?$/, ([, y, q], year) => day(yearOf(y, year), +q * 3, 'last', explicit(y))],
  [/^q([1-4])$/, ([, q], year) => day(year, +q * 3, 'last')],
  [
    /^每(?:个)?季度(?:末|底)?$/,
    (_, year) =>
      recurring(
        year,
        CN_QUARTERS.map((q, i) => [`${q}季度末`, (i + 1) * 3, 'last']),
      ),
  ],
  [
    /^每(?:个)?月(?:底|末)$/,
    (_, year) =>
      recurring(
        year,
        MONTHS.map((m) => [`${m}月底`, m, 'last']),
      ),
  ],
  [
    /^每(?:个)?月(\d{1,2})[日号]$/,
    ([, d], year) =>
      +d < 1 || +d > 31
        ? invalid
        : recurring(
            year,
            MONTHS.map((m) => [`${m}月${d}日`, m, +d]),
          ),
  ],
  [
    /^每半年(?:末|底)?$/,
    (_, year) =>
      recurring(year, [
        ['上半年', 6, 'last'],
        ['下半年', 12, 'last'],
      ]),
  ],
];

/** The date a 完成时限 phrase names, read against the plan's year (null when it is not known). */
export function readDeadlinePhrase(phrase: string, planYear: number | null): DeadlineReading {
  let key = digitsForChineseNumerals(lookupKey(phrase))
    .replace(/^(?:截至|截止到|截止|到|于|在)/, '')
    .replace(/\((?:星期|周)[1-7一二三四五六日天]\)/, '');
  if (/^(?:\d{4}年)?\d{1,2}月份?(?:前|之前|以前)/.test(key))
    return { ok: false, code: 'deadline_unreadable', hint: 'month_before' };
  if (/^(?:\d{4})?年(?:前|之前|以前)/.test(key))
    return { ok: false, code: 'deadline_unreadable', hint: 'spring_festival' };
  if (OPEN_ENDED.test(key) && !/\d/.test(key)) return { ok: false, code: 'deadline_open_ended' };
  while (FILLER.test(key)) key = key.replace(FILLER, '');
  key = key.replace(/[—–~－]|至|到/g, '-');
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(key);
    if (match) return read(match, planYear);
  }
  return { ok: false, code: 'deadline_unreadable' };
}

/** The same deadline as a date cell: Excel stored the date itself. */
export const deadlineOfDate = (date: string): DeadlineReading => ({
  ok: true,
  date,
  explicitYear: Number(date.slice(0, 4)),
  milestones: [],
});
