import { ApiError } from '../api';
import type { Dictionary } from '../i18n';

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
  const key = BY_STATUS[error.status] ?? (error.status >= 500 ? 'server' : 'unknown');
  return { title: t.errors[key], detail: error.message || undefined };
}
