import type { Item } from '../api';
import type { Dictionary } from '../i18n';

/** A reporting cadence in words: 每 10 个工作日, 每月 25 日前, 每周五… */
export function cadenceText(cadence: Item['reportingCadence'], t: Dictionary): string {
  if (!cadence) return t.none;
  switch (cadence.kind) {
    case 'workdays':
      return t.cadence.workdays(cadence.every ?? 0);
    case 'monthly':
      return t.cadence.monthly(cadence.day ?? 0);
    case 'weekly':
      return t.cadence.weekly(t.weekdays[(cadence.weekday ?? 1) - 1]);
    case 'interval':
      return t.cadence.interval(cadence.duration ?? '');
    default:
      return t.cadence[cadence.kind];
  }
}
