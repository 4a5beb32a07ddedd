import type { EntityManager } from 'typeorm';
import { packagedCalendarYears } from '@duban/calendar-data';
import { BusinessCalendar, toShanghaiIso, type CalendarYear, type ItemEvent } from '@duban/domain';
import { withStateAfter, type BulletinInput, type BulletinItem, type BulletinNumber } from '@duban/bulletins';
import { CalendarYearEntity, UnitEntity } from '@duban/persistence';

/**
 * Later events that only tell of the past (the plan's lead unit and deadline, the cooperating units
 * before a reassignment): reading them cannot let anything after the cut-off change the bulletin.
 */
const PAST_TELLING = ['reassigned', 'extension_approved', 'deadline_changed'];

/** The business calendar as the office keeps it now: the packaged years, overridden by its own entries. */
export async function currentCalendar(em: EntityManager): Promise<BusinessCalendar> {
  const years = new Map<number, CalendarYear>(packagedCalendarYears().map((y) => [y.year, y]));
  for (const y of await em.find(CalendarYearEntity))
    years.set(y.year, { year: y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays, source: 'office' });
  return new BusinessCalendar([...years.values()].sort((a, b) => a.year - b.year));
}

interface EventRow {
  item_id: string;
  type: ItemEvent['type'];
  at: Date;
  actor_id: string | null;
  actor_unit_id: string | null;
  actor_role: string | null;
  rule: string | null;
  from_status: ItemEvent['fromStatus'];
  to_status: ItemEvent['toStatus'];
  comment: string | null;
  data: Record<string, unknown>;
  after: ItemEvent['after'] | null;
}

/**
 * What a bulletin is computed from, read from the timeline as of the cut-off: the items that had
 * an event by then, with their events up to it (and the later ones that only tell of the past).
 */
export async function readBulletinInput(
  em: EntityManager,
  options: { cutoff: Date; previousCutoff: Date | null; number: BulletinNumber; issuer: string },
): Promise<BulletinInput> {
  const { cutoff } = options;
  const [units, calendar, items, events] = await Promise.all([
    em.find(UnitEntity, { order: { createdAt: 'ASC', id: 'ASC' } }),
    currentCalendar(em),
    em.query(
      `SELECT i.id, i.title, i.category, i.lead_unit_id, i.cooperating_unit_ids, i.deadline::text AS deadline,
              COALESCE(u.display_name, i.supervising_leader_text) AS leader
         FROM items i LEFT JOIN users u ON u.id = i.supervising_leader_id
        WHERE EXISTS (SELECT 1 FROM timeline_events e WHERE e.item_id = i.id AND e.at <= $1 AND e.to_status <> 'draft')
        ORDER BY i.id`,
      [cutoff],
    ) as Promise<
      {
        id: string;
        title: string;
        category: string;
        lead_unit_id: string;
        cooperating_unit_ids: string[];
        deadline: string;
        leader: string | null;
      }[]
    >,
    em.query(
      `SELECT e.item_id, e.type, e.at, e.actor_id, e.actor_unit_id, e.actor_role, e.rule, e.from_status, e.to_status,
              e.comment, e.data, e.after
         FROM timeline_events e
        WHERE e.item_id IN (SELECT item_id FROM timeline_events WHERE at <= $1 AND to_status <> 'draft')
          AND (e.at <= $1 OR e.type = ANY($2))
        ORDER BY e.item_id, e.at, e.id`,
      [cutoff, PAST_TELLING],
    ) as Promise<EventRow[]>,
  ]);
  const eventsOf = new Map<string, ItemEvent[]>();
  for (const row of events) {
    const list = eventsOf.get(row.item_id) ?? [];
    list.push({
      type: row.type,
      at: toShanghaiIso(row.at),
      actor: row.actor_id ? { userId: row.actor_id, unitId: row.actor_unit_id, role: row.actor_role } : null,
      rule: row.rule,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      comment: row.comment,
      data: row.data,
      after: row.after,
    } as unknown as ItemEvent);
    eventsOf.set(row.item_id, list);
  }
  const bulletinItems: BulletinItem[] = items.map((i) => {
    const facts = { leadUnitId: i.lead_unit_id, originalDeadline: i.deadline };
    return {
      id: i.id,
      title: i.title,
      category: i.category,
      ...facts,
      cooperatingUnitIds: i.cooperating_unit_ids,
      supervisingLeader: i.leader,
      events: withStateAfter(facts, eventsOf.get(i.id) ?? []),
    };
  });
  return {
    number: options.number,
    cutoff: cutoff.toISOString(),
    previousCutoff: options.previousCutoff?.toISOString() ?? null,
    issuer: options.issuer,
    units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
    items: bulletinItems,
    calendar,
  };
}
