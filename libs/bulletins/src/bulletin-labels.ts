import type { Colour, ItemStatus } from '@duban/domain';
import type { BulletinItemLine, UnitFigures } from './bulletin-snapshot';

// The words and formats both documents print, so the spreadsheet and the PDF say the same things.

export const STATUS_LABELS: Record<ItemStatus, string> = {
  draft: '草稿',
  assigned: '已交办',
  in_progress: '办理中',
  awaiting_signoff: '待签发',
  under_review: '待审核',
  closed: '已办结',
  suspended: '暂缓',
  cancelled: '已撤销',
};

export const COLOUR_LABELS: Record<Colour, string> = {
  green: '正常推进',
  yellow: '临近时限',
  orange: '逾期风险',
  red: '已逾期',
};

const LEVELS = ['—', '一级', '二级', '三级'];
export const levelLabel = (level: number) => LEVELS[level] ?? `${level}级`;

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 一, 二 … 十 for section numbers. */
export const chineseNumeral = (n: number) => NUMERALS[n] ?? String(n);

const SHANGHAI_MS = 8 * 3600_000;
const wallClock = (instant: string) => new Date(Date.parse(instant) + SHANGHAI_MS);

/** 2024-04-08 → 2024年4月8日 */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant as Shanghai wall time: 2024年4月8日9时 (with minutes when it has them). */
export function instantLabel(instant: string): string {
  const t = wallClock(instant);
  const minutes = t.getUTCMinutes() ? `${t.getUTCMinutes()}分` : '';
  return `${dateLabel(t.toISOString().slice(0, 10))}${t.getUTCHours()}时${minutes}`;
}

/** An instant as Shanghai wall time for a table cell: 4月2日 10:00 */
export function shortInstantLabel(instant: string): string {
  const t = wallClock(instant);
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${t.toISOString().slice(11, 16)}`;
}

/**
 * Spreadsheets keep dates without a zone: a date or a Shanghai wall time is written as that same
 * wall time in UTC, so Excel shows what an office in Shanghai expects.
 */
export const excelDate = (date: string) => new Date(`${date}T00:00:00Z`);
export const excelInstant = (instant: string) => wallClock(instant);

export const percentLabel = (rate: number | null) => (rate === null ? '—' : `${rate.toFixed(1)}%`);
export const numberLabel = (n: number | null) => (n === null ? '—' : String(n));

/** 原定3月29日，延期至4月30日: the deadline in force, and the original when it moved. */
export function deadlineLabel(line: Pick<BulletinItemLine, 'deadline' | 'originalDeadline'>): string {
  const short = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return line.deadline === line.originalDeadline
    ? short(line.deadline)
    : `${short(line.deadline)}（原${short(line.originalDeadline)}）`;
}

/** The per-unit table's columns, in the order both documents print them. */
export const FIGURE_COLUMNS: { header: string; value: (f: UnitFigures) => number | null }[] = [
  { header: '在办', value: (f) => f.open },
  { header: '按期推进', value: (f) => f.onTime },
  { header: '其中临近时限', value: (f) => f.nearDeadline },
  { header: '逾期风险', value: (f) => f.atRisk },
  { header: '已逾期', value: (f) => f.overdue },
  { header: '暂缓', value: (f) => f.suspended },
  { header: '按时办结', value: (f) => f.closedOnTime },
  { header: '逾期办结', value: (f) => f.closedLate },
  { header: '平均逾期工作日', value: (f) => f.averageWorkdaysLate },
  { header: '本期漏报', value: (f) => f.missedReports },
  { header: '本期一级升级', value: (f) => f.escalations.level1 },
  { header: '本期二级升级', value: (f) => f.escalations.level2 },
  { header: '本期三级升级', value: (f) => f.escalations.level3 },
  { header: '按期率', value: (f) => f.onTimeRate },
];
