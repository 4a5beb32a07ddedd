import { RUNNING_STATUSES, shanghaiDate, type BusinessCalendar, type FiringData } from '@duban/domain';
import type { BulletinEvent, BulletinInput, BulletinItem, BulletinUnit } from './bulletin-input';
import type {
  BulletinItemLine,
  BulletinSnapshot,
  ClosedItemLine,
  FlaggedEscalation,
  UnitFigures,
  UnitItems,
  UnitRow,
} from './bulletin-snapshot';

export const BULLETIN_TITLE = '督查通报';

/**
 * How units are ranked, best first: fewer overdue items, then fewer at-risk items, then the higher
 * on-time rate. Units equal on all three share a rank (1, 1, 3). A unit with only suspended items,
 * or none, has nothing to rank by and stays unranked.
 */
export const RANKING_RULE =
  '排名规则：逾期事项少者在前；逾期事项数相同的，逾期风险事项少者在前；仍相同的，按期率高者在前；三项均相同的并列。';

/** One item as it stood at the cut-off: its facts and the last event at or before it. */
interface ItemAtCutoff {
  item: BulletinItem;
  /** Events at or before the cut-off, in order. */
  events: BulletinEvent[];
  last: BulletinEvent;
}

/** A rule's firing's data (warned, escalated, report_reminded), as far as the record carries it. */
const firing = (e: BulletinEvent): Partial<FiringData> | null =>
  e.type === 'warned' || e.type === 'escalated' || e.type === 'report_reminded' ? e.data : null;

const byTime = (a: BulletinEvent, b: BulletinEvent) => Date.parse(a.at) - Date.parse(b.at);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Workdays late at an instant: the workdays after the deadline's day up to the instant's day. */
export function workdaysLate(dueAt: string, at: string, calendar: BusinessCalendar): number {
  if (Date.parse(at) <= Date.parse(dueAt)) return 0;
  const dueDate = shanghaiDate(new Date(Date.parse(dueAt) - 1)); // dueAt is the end of the deadline's day
  return Math.max(0, calendar.workdaysBetween(dueDate, shanghaiDate(new Date(at))));
}

/** The units in the order of their tree: each parent followed by its children, as given. */
function treeOrder(units: BulletinUnit[]): BulletinUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const ordered: BulletinUnit[] = [];
  const visit = (parentId: string | null) => {
    for (const unit of units.filter(
      (u) => (u.parentId !== null && ids.has(u.parentId) ? u.parentId : null) === parentId,
    )) {
      if (ordered.includes(unit)) continue;
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return [...ordered, ...units.filter((u) => !ordered.includes(u))]; // a cycle would leave some out
}

type Classified = 'overdue' | 'atRisk' | 'onTime' | 'suspended' | 'closedOnTime' | 'closedLate';

/**
 * The bulletin as of its cut-off, from the timeline only: every item's state is that of its last
 * event at or before the cut-off, so the same cut-off always yields the same snapshot, whatever
 * happened to the items afterwards, and a missed week can be made later for its own cut-off.
 */
export function computeBulletin(input: BulletinInput): BulletinSnapshot {
  const cutoff = Date.parse(input.cutoff);
  const previous = input.previousCutoff === null ? -Infinity : Date.parse(input.previousCutoff);
  if (Number.isNaN(cutoff)) throw new RangeError(`cutoff is not an instant: ${input.cutoff}`);
  if (previous >= cutoff) throw new RangeError('previousCutoff must be earlier than cutoff');
  const inPeriod = (e: BulletinEvent) => Date.parse(e.at) > previous && Date.parse(e.at) <= cutoff;
  const units = treeOrder(input.units);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;

  const published: ItemAtCutoff[] = [];
  for (const item of input.items) {
    const events = item.events.filter((e) => Date.parse(e.at) <= cutoff).sort(byTime);
    const last = events.at(-1);
    if (last && last.status !== 'draft') published.push({ item, events, last });
  }

  const cooperatingAtCutoff = (item: BulletinItem): string[] => {
    // A reassignment sets them anew; one after the cut-off may say what they were before it.
    const sorted = [...item.events].sort(byTime).filter((e) => e.type === 'reassigned');
    const before = sorted.filter((e) => Date.parse(e.at) <= cutoff).at(-1);
    const after = sorted.find((e) => Date.parse(e.at) > cutoff);
    const ids = before?.data.cooperatingUnitIds ?? after?.data.previousCooperatingUnitIds ?? item.cooperatingUnitIds;
    return Array.isArray(ids) ? ids.map(String) : item.cooperatingUnitIds;
  };

  const lineOf = (x: ItemAtCutoff, lateAt: string): BulletinItemLine => ({
    itemId: x.item.id,
    title: x.item.title,
    category: x.item.category,
    leadUnitId: x.last.leadUnitId,
    leadUnitName: unitName(x.last.leadUnitId),
    cooperatingUnitNames: cooperatingAtCutoff(x.item).map(unitName),
    supervisingLeader: x.item.supervisingLeader,
    // The deadline it was published with; the item's facts may hold today's.
    originalDeadline: x.events.find((e) => e.type === 'published')?.deadline ?? x.item.originalDeadline,
    deadline: x.last.deadline,
    dueAt: x.last.dueAt,
    status: x.last.status,
    colour: x.last.colour,
    escalationLevel: x.last.escalationLevel,
    progressPercent: x.last.progressPercent,
    workdaysLate: workdaysLate(x.last.dueAt, lateAt, input.calendar),
  });

  // When it closed (a rating may come after): on time if by the deadline then in force.
  const closing = (x: ItemAtCutoff) => x.events.find((e) => e.status === 'closed');
  const classify = (x: ItemAtCutoff): Classified | null => {
    const { status, dueAt, colour } = x.last;
    if (status === 'closed') return Date.parse(closing(x)!.at) <= Date.parse(dueAt) ? 'closedOnTime' : 'closedLate';
    if (status === 'suspended') return 'suspended';
    if (!RUNNING_STATUSES.includes(status)) return null; // cancelled
    if (Date.parse(dueAt) <= cutoff) return 'overdue';
    return colour === 'orange' || colour === 'red' ? 'atRisk' : 'onTime';
  };
  const classified = published.map((x) => ({
    ...x,
    kind: classify(x),
    // A closed item was late by what it was late when it closed.
    line: lineOf(x, closing(x)?.at ?? input.cutoff),
  }));

  // What happened in the period, charged to the unit that led the item when it happened.
  const periodEvents = published.flatMap((x) => x.events.filter(inPeriod).map((e) => ({ itemId: x.item.id, e })));
  const missedReportKeys = periodEvents
    .filter(({ e }) => e.type === 'report_reminded' || firing(e)?.trigger === 'missed_report')
    .map(({ itemId, e }) => ({ unitId: e.leadUnitId, key: `${itemId}/${String(firing(e)?.occurrence ?? e.at)}` }));
  const escalationKeys = periodEvents
    .filter(({ e }) => e.type === 'escalated')
    .map(({ itemId, e }) => ({
      unitId: e.leadUnitId,
      level: firing(e)?.level ?? e.escalationLevel,
      itemId,
    }));

  const figuresOf = (unitId: string | null): UnitFigures => {
    const mine = classified.filter((x) => unitId === null || x.last.leadUnitId === unitId);
    const count = (kind: Classified) => mine.filter((x) => x.kind === kind).length;
    const late = mine.filter((x) => x.kind === 'overdue' || x.kind === 'closedLate');
    const [onTime, atRisk, overdue, suspended] = [
      count('onTime'),
      count('atRisk'),
      count('overdue'),
      count('suspended'),
    ];
    const [closedOnTime, closedLate] = [count('closedOnTime'), count('closedLate')];
    const ranked = onTime + atRisk + overdue + closedOnTime + closedLate;
    const forUnit = <T extends { unitId: string }>(list: T[]) =>
      list.filter((k) => unitId === null || k.unitId === unitId);
    const reached = (level: number) =>
      new Set(
        forUnit(escalationKeys)
          .filter((k) => k.level === level)
          .map((k) => k.itemId),
      ).size;
    return {
      open: onTime + atRisk + overdue + suspended,
      onTime,
      nearDeadline: mine.filter((x) => x.kind === 'onTime' && x.last.colour === 'yellow').length,
      atRisk,
      overdue,
      suspended,
      closedOnTime,
      closedLate,
      averageWorkdaysLate: late.length
        ? round1(late.reduce((sum, x) => sum + x.line.workdaysLate, 0) / late.length)
        : null,
      missedReports: new Set(forUnit(missedReportKeys).map((k) => k.key)).size,
      escalations: { level1: reached(1), level2: reached(2), level3: reached(3) },
      onTimeRate: ranked ? round1((100 * (onTime + atRisk + closedOnTime)) / ranked) : null,
    };
  };

  // Every unit that leads an item at the cut-off, or had a report missed or an escalation in the period.
  const involved = new Set([
    ...classified.filter((x) => x.kind).map((x) => x.last.leadUnitId),
    ...missedReportKeys.map((k) => k.unitId),
    ...escalationKeys.map((k) => k.unitId),
  ]);
  const unitIds = [
    ...units.map((u) => u.id).filter((id) => involved.has(id)),
    ...[...involved].filter((id) => !units.some((u) => u.id === id)).sort(compareText),
  ];
  const rows = rankUnits(
    unitIds.map((unitId) => ({ rank: null, unitId, unitName: unitName(unitId), figures: figuresOf(unitId) })),
  );

  const byLateness = (a: BulletinItemLine, b: BulletinItemLine) =>
    b.workdaysLate - a.workdaysLate ||
    b.escalationLevel - a.escalationLevel ||
    compareText(a.deadline, b.deadline) ||
    compareText(a.title, b.title) ||
    compareText(a.itemId, b.itemId);
  const groupByUnit = (kind: Classified): UnitItems[] =>
    unitIds
      .map((unitId) => ({
        unitId,
        unitName: unitName(unitId),
        items: classified
          .filter((x) => x.kind === kind && x.last.leadUnitId === unitId)
          .map((x) => x.line)
          .sort(byLateness),
      }))
      .filter((group) => group.items.length > 0);

  const closed: ClosedItemLine[] = classified
    .filter((x) => (x.kind === 'closedOnTime' || x.kind === 'closedLate') && inPeriod(closing(x)!))
    .map((x) => ({ ...x.line, closedAt: closing(x)!.at, onTime: x.kind === 'closedOnTime' }))
    .sort((a, b) => compareText(a.closedAt, b.closedAt) || compareText(a.itemId, b.itemId));

  const escalations: FlaggedEscalation[] = classified
    .flatMap((x) =>
      x.events
        .filter((e) => e.type === 'escalated' && e.data.bulletin === true && inPeriod(e))
        .map((e) => ({
          item: x.line,
          at: e.at,
          level: firing(e)?.level ?? e.escalationLevel,
          unitId: e.leadUnitId,
          unitName: unitName(e.leadUnitId),
        })),
    )
    .sort((a, b) => compareText(a.at, b.at) || compareText(a.item.itemId, b.item.itemId));

  return {
    title: BULLETIN_TITLE,
    number: input.number,
    numberLabel: `${input.number.year}年第${input.number.issue}期`,
    issuer: input.issuer,
    cutoff: new Date(cutoff).toISOString(),
    cutoffDate: shanghaiDate(new Date(cutoff)),
    previousCutoff: input.previousCutoff === null ? null : new Date(previous).toISOString(),
    totals: figuresOf(null),
    units: rows,
    overdue: groupByUnit('overdue'),
    atRisk: groupByUnit('atRisk'),
    closed,
    escalations,
    rankingRule: RANKING_RULE,
  };
}

/** Sorts the rows best first by `RANKING_RULE` (stable, so ties keep the tree order) and numbers them. */
export function rankUnits(rows: UnitRow[]): UnitRow[] {
  const rankable = rows.filter((r) => r.figures.onTimeRate !== null);
  const key = (r: UnitRow) => [r.figures.overdue, r.figures.atRisk, -(r.figures.onTimeRate ?? 0)];
  const compare = (a: UnitRow, b: UnitRow) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  };
  const sorted = [...rankable].sort(compare);
  const ranked = sorted.map((row, i) => ({ ...row, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i++)
    if (compare(ranked[i - 1], ranked[i]) === 0) ranked[i].rank = ranked[i - 1].rank;
  return [...ranked, ...rows.filter((r) => r.figures.onTimeRate === null).map((r) => ({ ...r, rank: null }))];
}
