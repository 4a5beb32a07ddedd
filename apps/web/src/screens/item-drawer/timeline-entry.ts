import type { TimelineEvent } from '../../api';
import type { Dictionary } from '../../i18n';
import { EVENT_KINDS, type EventKind } from '../../i18n/event-kinds';

const isKnown = (type: string): type is EventKind => (EVENT_KINDS as readonly string[]).includes(type);

/** One line of the timeline in words: when, what (with its level or risks), and the comment given. */
export function timelineEntry(e: TimelineEvent, t: Dictionary): string {
  const label = isKnown(e.type) ? t.events[e.type] : e.type;
  const level = e.type === 'escalated' ? ` L${String(e.data.level)}` : '';
  const risks = e.type === 'risk_found' && Array.isArray(e.data.risk) ? (e.data.risk as string[]) : [];
  const risk = risks.length
    ? `（${risks.map((r) => (r in t.risks ? t.risks[r as keyof Dictionary['risks']] : r)).join('、')}）`
    : '';
  return `${e.at.slice(0, 16).replace('T', ' ')} ${label}${level}${risk}${e.comment ? `：${e.comment}` : ''}`;
}
