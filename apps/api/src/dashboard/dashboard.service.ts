import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { currentCalendar } from '@duban/bulletin-record';
import {
  endOfDeadlineDay,
  isPlanDate,
  invalidInput,
  PLAN_DATE_RULE,
  RUNNING_STATUSES,
  SHANGHAI_OFFSET,
  shanghaiDate,
  type BusinessCalendar,
  type DelayParty,
} from '@duban/domain';
import type {
  DashboardFiguresView,
  DashboardQuery,
  DashboardView,
  DelayShareByUnitView,
  OverduePointView,
  UnitColoursView,
} from './dashboard.dto';

const DAY = 24 * 3600_000;
const LONGEST_PERIOD_DAYS = 3 * 366;

/** The filters as SQL over `items i`: the WHERE text and its parameters; a query appends its own. */
interface Filter {
  where: string;
  params: unknown[];
  periodStart: Date;
  periodEnd: Date;
}

type Counts = Omit<DashboardFiguresView, 'averageWorkdaysLate' | 'missedReports' | 'escalations'>;
const ZERO: Counts = { open: 0, onTime: 0, atRisk: 0, overdue: 0, suspended: 0, closedOnTime: 0, closedLate: 0 };
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The board (综合看板): SQL aggregates over the projection (items) and the timeline, so it stays fast
 * with 100,000 items; the calendar arithmetic (workdays late) runs over grouped days, not items.
 * Classified as the bulletin classifies, but as of now and from today's rows.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(query: DashboardQuery, now = new Date()): Promise<DashboardView> {
    const filter = this.filter(query, now);
    const calendar = await currentCalendar(this.db.manager);
    const [counts, late, missed, escalations, colours, series, delay] = await Promise.all([
      this.counts(filter, now),
      this.lateDays(filter, calendar, now),
      this.missedReports(filter),
      this.escalations(filter),
      this.colours(filter),
      this.overdueSeries(filter),
      this.delayAttribution(filter, calendar, now),
    ]);
    const unitIds = [...new Set([...counts.keys(), ...missed.keys(), ...escalations.keys()].filter((id) => id !== ''))];
    const names = await this.unitNames([...unitIds, ...delay.map((d) => d.unitId).filter((id): id is string => !!id)]);
    const figuresOf = (unitId: string | null): DashboardFiguresView => {
      const pick = <T>(map: Map<string, T>, zero: T, add: (a: T, b: T) => T): T =>
        unitId === null ? [...map.values()].reduce(add, zero) : (map.get(unitId) ?? zero);
      const c = pick(counts, ZERO, (a, b) => sumCounts(a, b));
      const l = pick(late, { items: 0, workdays: 0 }, (a, b) => ({
        items: a.items + b.items,
        workdays: a.workdays + b.workdays,
      }));
      const e = pick(escalations, [0, 0, 0], (a, b) => a.map((x, i) => x + b[i]));
      return {
        ...c,
        averageWorkdaysLate: l.items ? round1(l.workdays / l.items) : null,
        missedReports: pick(missed, 0, (a, b) => a + b),
        escalations: { level1: e[0], level2: e[1], level3: e[2] },
      };
    };
    const units = unitIds
      .map((unitId) => ({ unitId, unitName: names.get(unitId) ?? '', figures: figuresOf(unitId) }))
      .sort(
        (a, b) =>
          b.figures.overdue - a.figures.overdue ||
          b.figures.atRisk - a.figures.atRisk ||
          a.unitName.localeCompare(b.unitName, 'zh-CN'),
      );
    return {
      asOf: now.toISOString(),
      from: shanghaiDate(filter.periodStart),
      to: shanghaiDate(new Date(filter.periodEnd.getTime() - 1)),
      totals: figuresOf(null),
      units,
      colours: colours.map((c) => ({ ...c, unitName: names.get(c.unitId) ?? '' })),
      overdueSeries: series,
      delayAttribution: delay.map((d) => ({ ...d, unitName: d.unitId ? (names.get(d.unitId) ?? '') : null })),
    };
  }

  private filter(query: DashboardQuery, now: Date): Filter {
    const today = shanghaiDate(now);
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    // A day no calendar has (2026-02-30, 2026-00-10) is refused, not rolled over into another one; and,
    // as the items' dates, a period of the plan years (not 1900 or 9999).
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ])
      if (!isPlanDate(value)) throw invalidInput(`${name} must be ${PLAN_DATE_RULE}, not ${value}`);
    const periodStart = new Date(`${from}T00:00:00${SHANGHAI_OFFSET}`);
    const periodEnd = endOfDeadlineDay(to);
    if (periodStart >= periodEnd) throw invalidInput('from must not come after to');
    if (periodEnd.getTime() - periodStart.getTime() > LONGEST_PERIOD_DAYS * DAY)
      throw invalidInput(`the period is at most ${LONGEST_PERIOD_DAYS} days`);
    const params: unknown[] = [];
    const where = [`i.status <> 'draft'`];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.category) add('i.category = ?', query.category);
    if (query.leaderId) add('i.supervising_leader_id = ?', query.leaderId);
    if (query.unitId) add('i.lead_unit_id = ?', query.unitId);
    return { where: where.join(' AND '), params, periodStart, periodEnd };
  }

  /** A parameter appended to the filter's: its placeholder, and the parameter list to pass. */
  private withParams(filter: Filter, ...values: unknown[]): { params: unknown[]; at: (i: number) => string } {
    const base = filter.params.length;
    return { params: [...filter.params, ...values], at: (i) => `$${base + i + 1}` };
  }

  private async counts(filter: Filter, now: Date): Promise<Map<string, Counts>> {
    const p = this.withParams(filter, RUNNING_STATUSES, filter.periodStart, filter.periodEnd, now);
    const asOf = p.at(3);
    const running = `i.status = ANY(${p.at(0)})`;
    const closedInPeriod = `i.status = 'closed' AND i.closed_at >= ${p.at(1)} AND i.closed_at < ${p.at(2)}`;
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT i.lead_unit_id AS unit,
              count(*) FILTER (WHERE ${running} AND i.due_at > ${asOf} AND i.colour IN ('green','yellow')) AS on_time,
              count(*) FILTER (WHERE ${running} AND i.due_at > ${asOf} AND i.colour IN ('orange','red')) AS at_risk,
              count(*) FILTER (WHERE ${running} AND i.due_at <= ${asOf}) AS overdue,
              count(*) FILTER (WHERE i.status = 'suspended') AS suspended,
              count(*) FILTER (WHERE ${closedInPeriod} AND i.closed_at <= i.due_at) AS closed_on_time,
              count(*) FILTER (WHERE ${closedInPeriod} AND i.closed_at > i.due_at) AS closed_late
         FROM items i
        WHERE ${filter.where} AND (${running} OR i.status = 'suspended' OR (${closedInPeriod}))
        GROUP BY i.lead_unit_id`,
      p.params,
    );
    return new Map(
      rows.map((r) => {
        const c = {
          onTime: Number(r.on_time),
          atRisk: Number(r.at_risk),
          overdue: Number(r.overdue),
          suspended: Number(r.suspended),
          closedOnTime: Number(r.closed_on_time),
          closedLate: Number(r.closed_late),
        };
        return [r.unit, { open: c.onTime + c.atRisk + c.overdue + c.suspended, ...c }];
      }),
    );
  }

  /**
   * Workdays late of the overdue items (up to today) and of those closed late in the period (up
   * to their closing day), summed per unit: grouped by day in SQL, counted on the calendar here.
   */
  private async lateDays(
    filter: Filter,
    calendar: BusinessCalendar,
    now: Date,
  ): Promise<Map<string, { items: number; workdays: number }>> {
    const p = this.withParams(filter, RUNNING_STATUSES, filter.periodStart, filter.periodEnd, now);
    const rows: { unit: string; due_day: string; end_day: string | null; n: string }[] = await this.db.query(
      `SELECT i.lead_unit_id AS unit,
              to_char((i.due_at - interval '1 millisecond') AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS due_day,
              to_char(i.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS end_day,
              count(*) AS n
         FROM items i
        WHERE ${filter.where}
          AND ((i.status = ANY(${p.at(0)}) AND i.due_at <= ${p.at(3)})
            OR (i.status = 'closed' AND i.closed_at >= ${p.at(1)} AND i.closed_at < ${p.at(2)} AND i.closed_at > i.due_at))
        GROUP BY 1, 2, 3`,
      p.params,
    );
    const today = shanghaiDate(now);
    const out = new Map<string, { items: number; workdays: number }>();
    for (const r of rows) {
      const n = Number(r.n);
      const days = Math.max(0, calendar.workdaysBetween(r.due_day, r.end_day ?? today));
      const sum = out.get(r.unit) ?? { items: 0, workdays: 0 };
      out.set(r.unit, { items: sum.items + n, workdays: sum.workdays + n * days });
    }
    return out;
  }

  /** Reports owed and missed in the period, once each however often reminded, charged to the unit leading then. */
  private async missedReports(filter: Filter): Promise<Map<string, number>> {
    const p = this.withParams(filter, filter.periodStart, filter.periodEnd);
    const rows: { unit: string; n: string }[] = await this.db.query(
      `SELECT COALESCE(e.after->>'leadUnitId', i.lead_unit_id::text) AS unit,
              count(DISTINCT (e.item_id, COALESCE(e.data->>'occurrence', e.at::text))) AS n
         FROM timeline_events e JOIN items i ON i.id = e.item_id
        WHERE ${filter.where} AND e.at >= ${p.at(0)} AND e.at < ${p.at(1)}
          AND (e.type = 'report_reminded' OR (e.type IN ('warned','escalated') AND e.data->>'trigger' = 'missed_report'))
        GROUP BY 1`,
      p.params,
    );
    return new Map(rows.map((r) => [r.unit, Number(r.n)]));
  }

  /** Items that reached each escalation level in the period, per unit leading then: [level1, level2, level3]. */
  private async escalations(filter: Filter): Promise<Map<string, number[]>> {
    const p = this.withParams(filter, filter.periodStart, filter.periodEnd);
    const rows: { unit: string; level: number; n: string }[] = await this.db.query(
      `SELECT COALESCE(e.after->>'leadUnitId', i.lead_unit_id::text) AS unit,
              COALESCE((e.data->>'level')::int, (e.after->>'escalationLevel')::int) AS level,
              count(DISTINCT e.item_id) AS n
         FROM timeline_events e JOIN items i ON i.id = e.item_id
        WHERE ${filter.where} AND e.type = 'escalated' AND e.at >= ${p.at(0)} AND e.at < ${p.at(1)}
        GROUP BY 1, 2`,
      p.params,
    );
    const out = new Map<string, number[]>();
    for (const r of rows) {
      if (!(r.level >= 1 && r.level <= 3)) continue;
      const levels = out.get(r.unit) ?? [0, 0, 0];
      levels[r.level - 1] += Number(r.n);
      out.set(r.unit, levels);
    }
    return out;
  }

  private async colours(filter: Filter): Promise<Omit<UnitColoursView, 'unitName'>[]> {
    const p = this.withParams(filter, RUNNING_STATUSES);
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT i.lead_unit_id AS unit,
              count(*) FILTER (WHERE i.colour = 'green') AS green,
              count(*) FILTER (WHERE i.colour = 'yellow') AS yellow,
              count(*) FILTER (WHERE i.colour = 'orange') AS orange,
              count(*) FILTER (WHERE i.colour = 'red') AS red
         FROM items i
        WHERE ${filter.where} AND i.status = ANY(${p.at(0)})
        GROUP BY 1 ORDER BY 1`,
      p.params,
    );
    return rows.map((r) => ({
      unitId: r.unit,
      green: Number(r.green),
      yellow: Number(r.yellow),
      orange: Number(r.orange),
      red: Number(r.red),
    }));
  }

  /**
   * Overdue items at the end of each week of the period (and of its last day): an item counts from
   * its deadline in force until it closed (never, if it closed in time). From today's rows: an
   * extension moves the whole line, and a suspension is not taken out.
   */
  private async overdueSeries(filter: Filter): Promise<OverduePointView[]> {
    const rows: { day: string; started: string; stopped: string }[] = await this.db.query(
      `WITH late AS (
         SELECT i.due_at AS start, i.closed_at AS stop FROM items i
          WHERE ${filter.where} AND i.status <> 'cancelled' AND (i.closed_at IS NULL OR i.closed_at > i.due_at)
       ), moves AS (
         SELECT to_char(start AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, 1 AS started, 0 AS stopped FROM late
         UNION ALL
         SELECT to_char(stop AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), 0, 1 FROM late WHERE stop IS NOT NULL
       )
       SELECT day, sum(started) AS started, sum(stopped) AS stopped FROM moves GROUP BY day ORDER BY day`,
      filter.params,
    );
    // An item due at D (a deadline's end is the next day's 00:00) is late at the end of D; one closed on S is not.
    const points: OverduePointView[] = [];
    const lastDay = shanghaiDate(new Date(filter.periodEnd.getTime() - 1));
    const ends: string[] = [];
    for (let t = filter.periodStart.getTime() + 6 * DAY; t < filter.periodEnd.getTime(); t += 7 * DAY)
      ends.push(shanghaiDate(new Date(t)));
    if (ends.at(-1) !== lastDay) ends.push(lastDay);
    let index = 0;
    let overdue = 0;
    for (const date of ends) {
      for (; index < rows.length && rows[index].day <= date; index++)
        overdue += Number(rows[index].started) - Number(rows[index].stopped);
      points.push({ date, overdue });
    }
    return points;
  }

  /**
   * Who held the late items on their late workdays (责任倒查), summed by party and unit, as the
   * domain's `attributeDelay` counts them: each workday after the original deadline goes to whoever
   * held the item at that day's end (the closing day to whoever held it until it closed), or to the
   * extension while an approved one covered it. SQL cuts each late item's timeline into spans of one
   * holder and groups them by their first and last day; the workdays are counted here, once per
   * group, from a running count of the calendar. One simplification: a lead unit awaiting a
   * cooperating unit's confirmation keeps the days (the item's own view tells them apart).
   */
  private async delayAttribution(
    filter: Filter,
    calendar: BusinessCalendar,
    now: Date,
  ): Promise<Omit<DelayShareByUnitView, 'unitName'>[]> {
    const p = this.withParams(filter, RUNNING_STATUSES, filter.periodStart, filter.periodEnd, now);
    const day = (sql: string) => `to_char((${sql}) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
    const rows: {
      unit: string;
      status: string;
      original: string;
      in_force: string;
      first_day: string;
      last_day: string;
      n: string;
    }[] = await this.db.query(
      `WITH late AS (
         SELECT i.id, i.lead_unit_id, i.deadline::text AS deadline, COALESCE(i.closed_at, ${p.at(3)}) AS end_at FROM items i
          WHERE ${filter.where}
            AND ((i.status = ANY(${p.at(0)}) AND i.due_at <= ${p.at(3)})
              OR (i.status = 'closed' AND i.closed_at >= ${p.at(1)} AND i.closed_at < ${p.at(2)} AND i.closed_at > i.due_at))
       ), spans AS (
         SELECT late.lead_unit_id, late.end_at, e.at, e.to_status,
                COALESCE(e.after->>'deadline', late.deadline) AS in_force,
                first_value(COALESCE(e.after->>'deadline', late.deadline)) OVER w AS original,
                lead(e.at) OVER w AS next_at
           FROM late JOIN timeline_events e ON e.item_id = late.id
          WHERE (e.at < late.end_at OR e.to_status = 'closed')
            -- only what changes the holder or the deadline in force starts a span
            AND (e.from_status <> e.to_status OR e.type IN ('extension_approved', 'deadline_changed'))
         WINDOW w AS (PARTITION BY e.item_id ORDER BY e.at, e.id)
       )
       SELECT lead_unit_id AS unit, to_status AS status, original, in_force,
              ${day('at')} AS first_day,
              CASE WHEN next_at IS NULL OR next_at >= end_at THEN ${day('end_at')}
                   ELSE ${day('next_at')}::date - 1 || '' END AS last_day,
              count(*) AS n
         FROM spans
        WHERE at < end_at
        GROUP BY 1, 2, 3, 4, 5, 6`,
      p.params,
    );
    const workdays = workdayCounter(calendar);
    const totals = new Map<string, Omit<DelayShareByUnitView, 'unitName'>>();
    const add = (party: DelayParty, unitId: string | null, days: number) => {
      if (days <= 0) return;
      const key = `${party}:${unitId ?? ''}`;
      const sum = totals.get(key) ?? { party, unitId, workdays: 0 };
      totals.set(key, { ...sum, workdays: sum.workdays + days });
    };
    for (const r of rows) {
      const n = Number(r.n);
      // The span's late days: after the original deadline, from the span's first day to its last.
      const from = r.first_day > r.original ? previousDay(r.first_day) : r.original;
      const covered = r.in_force > from ? (r.in_force < r.last_day ? r.in_force : r.last_day) : from;
      add('extension_granted', null, n * workdays(from, covered));
      const holder = HOLDER[r.status];
      if (holder)
        add(
          holder,
          holder === 'lead_unit' || holder === 'unit_head' ? r.unit : null,
          n * workdays(covered, r.last_day),
        );
    }
    return [...totals.values()].sort((a, b) => b.workdays - a.workdays || a.party.localeCompare(b.party));
  }

  private async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM units WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

const HOLDER: Record<string, DelayParty | undefined> = {
  assigned: 'lead_unit',
  in_progress: 'lead_unit',
  awaiting_signoff: 'unit_head',
  under_review: 'office',
  suspended: 'suspended',
};

const previousDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

/**
 * Workdays in (from, to] of the calendar, counted once per day and remembered: the board asks for
 * thousands of spans over the same few hundred days.
 */
function workdayCounter(calendar: BusinessCalendar): (from: string, to: string) => number {
  const remembered = new Map<string, number>();
  return (from, to) => {
    if (to <= from) return 0;
    const key = `${from}/${to}`;
    let n = remembered.get(key);
    if (n === undefined) remembered.set(key, (n = calendar.workdaysBetween(from, to)));
    return n;
  };
}

function sumCounts(a: Counts, b: Counts): Counts {
  return {
    open: a.open + b.open,
    onTime: a.onTime + b.onTime,
    atRisk: a.atRisk + b.atRisk,
    overdue: a.overdue + b.overdue,
    suspended: a.suspended + b.suspended,
    closedOnTime: a.closedOnTime + b.closedOnTime,
    closedLate: a.closedLate + b.closedLate,
  };
}
