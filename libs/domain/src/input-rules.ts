import { isCalendarDate } from './deadline';

/**
 * What any value the item's workflow accepts must satisfy, so that the projection can always store
 * it: the API's DTOs check the same rules at the edge, and `decide()` checks them again.
 */

/** Plan years the calendar and the ladder are meant for; a date outside is a typo (9999, 0024). */
export const PLAN_YEARS = { first: 2000, last: 2099 } as const;

/** Longest texts, in characters. */
export const TEXT_LIMITS = {
  title: 200,
  name: 100,
  note: 2000,
  text: 5000,
  reference: 500,
} as const;

/** Milestone values: quantities such as 100 (亿元) or 1200 (家), far inside what Postgres numeric holds. */
export const MAX_MILESTONE_VALUE = 1e15;

/** A report at most every ten seconds (a demo ladder in minutes); shorter cadences would only flood the timeline. */
export const MIN_CADENCE_MS = 10_000;

// C0 and C1 control characters other than tab, line feed and carriage return; Postgres refuses NUL.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null: a control character, broken Unicode. */
export function textProblem(value: string): string | null {
  const control = CONTROL_CHARACTER.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (found U+${code})`;
  }
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone surrogate)';
  return null;
}

/** A date written YYYY-MM-DD that exists and falls within the plan years. */
export function isPlanDate(value: unknown): value is string {
  if (typeof value !== 'string' || !isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= PLAN_YEARS.first && year <= PLAN_YEARS.last;
}

export const PLAN_DATE_RULE = `a date written YYYY-MM-DD from ${PLAN_YEARS.first}-01-01 to ${PLAN_YEARS.last}-12-31`;

/** An instant within the plan years (an exact deadline time). */
export function isPlanInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return false;
  const year = new Date(ms + 8 * 3600_000).getUTCFullYear();
  return year >= PLAN_YEARS.first && year <= PLAN_YEARS.last;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
