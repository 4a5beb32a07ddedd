import type { Colour, TimelineEvent } from '../../api';
import type { Dictionary } from '../../i18n';

/**
 * Who gave a timeline entry: the person with their unit and the role they acted in, or the
 * escalation chain; a delegated sign-off names whose behalf it was given on: 赵磊（代 钱进）（…）.
 */
export function timelineActor(e: TimelineEvent, t: Dictionary): string {
  if (!e.actor) return t.chain;
  const { unitName, role, onBehalfOf } = e.actor;
  const displayName = onBehalfOf
    ? `${e.actor.displayName}（${t.onBehalfOf(onBehalfOf.displayName)}）`
    : e.actor.displayName;
  // 督查室 acting as 督查室 is said once.
  const as = [...new Set([unitName, role && t.roles[role]])].filter(Boolean).join('·');
  return as ? `${displayName}（${as}）` : displayName;
}

/** One entry of the timeline in words: when, what (with its level or risks, and the comment given), and who. */
export function timelineEntry(e: TimelineEvent, t: Dictionary): { when: string; what: string; who: string } {
  const level = e.type === 'escalated' ? ` · ${t.levelTag(Number(e.data.level))}` : '';
  const risks = e.type === 'risk_found' && Array.isArray(e.data.risk) ? (e.data.risk as string[]) : [];
  const risk = risks.length
    ? `（${risks.map((r) => (r in t.risks ? t.risks[r as keyof Dictionary['risks']] : r)).join('、')}）`
    : '';
  // A warning says which one it was (临期, 有风险): a bare 预警 tells the reader nothing.
  const colour = e.type === 'warned' ? e.data.colour : undefined;
  const warning = typeof colour === 'string' && colour in t.colours ? `（${t.colours[colour as Colour]}）` : '';
  const when = e.at.slice(0, 16).replace('T', ' ');
  const what = `${t.events[e.type]}${level}${warning}${risk}${e.comment ? `：${e.comment}` : ''}`;
  return { when, what, who: timelineActor(e, t) };
}
