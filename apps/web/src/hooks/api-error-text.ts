import { ApiError } from '../api';
import type { Dictionary, Lang } from '../i18n';

export interface ErrorText {
  /** A sentence in the user's language saying what went wrong. */
  title: string;
  /** The API's own message, shown as the detail. */
  detail?: string;
}

const BY_STATUS: Record<number, keyof Dictionary['errors']> = {
  0: 'network',
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  413: 'tooLarge',
  422: 'ruleViolation',
  429: 'tooManyRequests',
};

/** What a failed request means, in the user's language, from the API's status code. */
export function apiErrorText(error: unknown, t: Dictionary): ErrorText {
  if (!(error instanceof ApiError)) return { title: t.errors.unknown, detail: String(error) };
  // A file the store refused for its content (415): an evidence upload.
  if (error.status === 415) return { title: t.work.unsupportedFile, detail: error.message || undefined };
  const key = BY_STATUS[error.status] ?? (error.status >= 500 ? 'server' : 'unknown');
  return { title: t.errors[key], detail: error.message || undefined };
}

const ENGLISH = /[A-Za-z]{3,}/;
const NOT_NOW = /not possible while the item is (\w+)/;
const DEADLINE_PASSED = /the deadline (\d{4}-\d{2}-\d{2}) has already passed/;

/**
 * The API's own message as a zh-CN screen may show it: its English never reaches a Chinese screen.
 * A refusal for the item's state or a passed deadline is said in Chinese; any other English message is left out (the
 * title already says what went wrong). In English the message is shown as the API gave it.
 */
export function localDetail(detail: string | undefined, t: Dictionary, lang: Lang): string | undefined {
  if (!detail || lang === 'en') return detail;
  const status = NOT_NOW.exec(detail)?.[1];
  if (status && status in t.statuses) return t.work.notNow(t.statuses[status as keyof Dictionary['statuses']]);
  // A past deadline (a plan of a past year) cannot be published from the console: it is to be changed.
  const passed = DEADLINE_PASSED.exec(detail)?.[1];
  if (passed) return t.work.deadlinePassed(passed);
  return ENGLISH.test(detail) ? undefined : detail;
}
