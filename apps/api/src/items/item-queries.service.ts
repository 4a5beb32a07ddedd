import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  attributeDelay,
  BusinessCalendar,
  notFound,
  RUNNING_STATUSES,
  shanghaiDate,
  toShanghaiIso,
  type Actor,
  type DelayShare,
} from '@duban/domain';
import { eventOfRow } from '@duban/item-projection';
import {
  ExtensionEntity,
  ItemEntity,
  ProgressReportEntity,
  TimelineEventEntity,
  UnitEntity,
  UserEntity,
} from '@duban/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { DelegationsService } from '../delegations/delegations.service';
import { DRAFT_EVENTS, seesEveryItem, visibleItems } from './item-visibility';
import { ITEM_SORTS, type ListItemsQuery } from './dto/list-items.query';
import {
  actionsWithDelegation,
  evidenceView,
  toItemView,
  toTimelineEventView,
  type ItemPageView,
  type ItemView,
  type ProgressReportView,
  type TimelineEventView,
} from './item.view';

const SORT_COLUMNS: Record<(typeof ITEM_SORTS)[number], string> = {
  deadline: 'item.deadline',
  createdAt: 'item.createdAt',
  updatedAt: 'item.updatedAt',
  title: 'item.title',
  escalationLevel: 'item.escalationLevel',
};

/** Reading items as the caller may see them: lists, one item with what the caller may do, its timeline. */
@Injectable()
export class ItemQueriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly delegations: DelegationsService,
  ) {}

  /** The item if the caller may see it; otherwise 404, so nobody learns that it exists. */
  async findVisible(id: string, actor: Actor, em: EntityManager = this.db.manager): Promise<ItemEntity> {
    const item = await this.visibleQuery(actor, em).andWhere('item.id = :id', { id }).getOne();
    if (!item) throw notFound(`item ${id} not found`);
    return item;
  }

  /** The item as the projection shows it now, with the caller's actions: the answer to a command. */
  async view(id: string, actor: Actor): Promise<ItemView> {
    const [view] = await this.views([await this.findVisible(id, actor)], actor);
    return view;
  }

  /** One item in full: with the delay attribution of a late one (责任倒查). */
  async detail(id: string, actor: Actor): Promise<ItemView> {
    const item = await this.findVisible(id, actor);
    const [view] = await this.views([item], actor);
    return { ...view, delayAttribution: await this.delayAttribution(item) };
  }

  private async delayAttribution(item: ItemEntity): Promise<DelayShare[]> {
    if (item.status === 'draft') return [];
    const [rows, firstExtension, { years }] = await Promise.all([
      this.db.getRepository(TimelineEventEntity).find({ where: { itemId: item.id }, order: { at: 'ASC', id: 'ASC' } }),
      this.db
        .getRepository(ExtensionEntity)
        .findOne({ where: { itemId: item.id, status: 'approved' }, order: { requestedAt: 'ASC' } }),
      this.calendar.current(),
    ]);
    const originalDeadline = firstExtension?.previousDeadline ?? item.deadline;
    const facts = rows.map((row) => ({ ...eventOfRow(row), at: row.at }));
    return attributeDelay(originalDeadline, facts, new BusinessCalendar(years), new Date());
  }

  async list(query: ListItemsQuery, actor: Actor): Promise<ItemPageView> {
    const { page, pageSize } = query;
    const qb = this.visibleQuery(actor);
    if (query.status) qb.andWhere('item.status = :status', { status: query.status });
    if (query.colour) qb.andWhere('item.colour = :colour', { colour: query.colour });
    if (query.category) qb.andWhere('item.category = :category', { category: query.category });
    if (query.supervisingLeaderId) {
      qb.andWhere('item.supervising_leader_id = :leaderId', { leaderId: query.supervisingLeaderId });
    }
    if (query.escalationLevel !== undefined)
      qb.andWhere('item.escalation_level = :level', { level: query.escalationLevel });
    if (query.minEscalationLevel !== undefined)
      qb.andWhere('item.escalation_level >= :minLevel', { minLevel: query.minEscalationLevel });
    if (query.unitId) {
      qb.andWhere('(item.lead_unit_id = :unitId OR :unitId = ANY(item.cooperating_unit_ids))', {
        unitId: query.unitId,
      });
    }
    if (query.overdue !== undefined) {
      const overdue = 'item.due_at < now() AND item.status IN (:...running)';
      qb.andWhere(query.overdue ? overdue : `NOT (${overdue})`, { running: RUNNING_STATUSES });
    }
    if (query.attention !== undefined) qb.andWhere(`item.attention IS ${query.attention ? 'NOT ' : ''}NULL`);
    if (query.dueFrom) qb.andWhere('item.deadline >= :dueFrom', { dueFrom: query.dueFrom });
    if (query.dueTo) qb.andWhere('item.deadline <= :dueTo', { dueTo: query.dueTo });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(item.title ILIKE :like OR item.content ILIKE :like)', { like });
    }
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[query.sort ?? 'deadline'], order).addOrderBy('item.id', 'ASC');
    const [items, total] = await qb
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.views(items, actor), total, page, pageSize };
  }

  /** Every entry, oldest first, each naming who acted (person, unit and role) or the rule that fired. */
  async timeline(id: string, actor: Actor): Promise<TimelineEventView[]> {
    await this.findVisible(id, actor);
    const all = await this.db
      .getRepository(TimelineEventEntity)
      .find({ where: { itemId: id }, order: { at: 'ASC', id: 'ASC' } });
    // A unit sees an item from its publication: the office's work on the draft stays the office's.
    const rows = seesEveryItem(actor) ? all : all.filter((row) => !DRAFT_EVENTS.includes(row.type));
    const events = rows.map(eventOfRow);
    const userIds = [...new Set(rows.flatMap((r) => [r.actorId, r.onBehalfOfId]).filter((u): u is string => !!u))];
    const unitIds = [...new Set(events.map((e) => e.actor?.unitId).filter((u): u is string => !!u))];
    const [people, units] = await Promise.all([
      this.db.getRepository(UserEntity).findBy({ id: In(userIds) }),
      this.db.getRepository(UnitEntity).findBy({ id: In(unitIds) }),
    ]);
    const peopleById = new Map(people.map((p) => [p.id, p]));
    const unitsById = new Map(units.map((u) => [u.id, u]));
    return events.map((event, i) => toTimelineEventView(event, peopleById, unitsById, rows[i].actorId));
  }

  /** The progress reports of an item the caller may see, newest first, each with its files of evidence. */
  async progressReports(id: string, actor: Actor): Promise<ProgressReportView[]> {
    await this.findVisible(id, actor);
    const reports = await this.db
      .getRepository(ProgressReportEntity)
      .find({ where: { itemId: id }, order: { reportedAt: 'DESC' } });
    const [people, units] = await Promise.all([
      this.db.getRepository(UserEntity).findBy({ id: In([...new Set(reports.map((r) => r.userId))]) }),
      this.db.getRepository(UnitEntity).findBy({ id: In([...new Set(reports.map((r) => r.unitId))]) }),
    ]);
    return reports.map((r) => ({
      id: r.id,
      unit: { id: r.unitId, name: units.find((u) => u.id === r.unitId)?.name ?? '' },
      reporter: { id: r.userId, displayName: people.find((p) => p.id === r.userId)?.displayName ?? '' },
      text: r.text,
      percent: r.percent,
      milestoneValues: r.milestoneValues,
      attachments: r.attachments.map(evidenceView),
      reportedAt: toShanghaiIso(r.reportedAt),
    }));
  }

  /** Items the caller may see (item-visibility.ts), with their milestones and supervising leader. */
  visibleQuery(actor: Actor, em: EntityManager = this.db.manager): SelectQueryBuilder<ItemEntity> {
    return visibleItems(actor, em)
      .leftJoinAndSelect('item.milestones', 'milestone')
      .leftJoinAndSelect('item.supervisingLeader', 'leader');
  }

  private async views(items: ItemEntity[], actor: Actor): Promise<ItemView[]> {
    if (items.length === 0) return [];
    const unitIds = [...new Set(items.flatMap((i) => [i.leadUnitId, ...i.cooperatingUnitIds]))];
    const [units, pending, { years }, signoff] = await Promise.all([
      this.db.getRepository(UnitEntity).findBy({ id: In(unitIds) }),
      this.db.getRepository(ExtensionEntity).findBy({ itemId: In(items.map((i) => i.id)), status: 'pending' }),
      this.calendar.current(),
      this.delegations.signoffActor(actor),
    ]);
    const unitsById = new Map(units.map((u) => [u.id, u]));
    const calendar = new BusinessCalendar(years);
    const now = new Date();
    const today = shanghaiDate(now);
    return items.map((item) => {
      const extension = pending.find((p) => p.itemId === item.id) ?? null;
      // A delegate of its unit head may sign off too, while the delegation runs.
      const actions = actionsWithDelegation(item, extension, actor, signoff.delegation && signoff.actor, now);
      const view = toItemView(item, unitsById, extension, actions);
      // Workdays until the deadline (0: due today), negative once late; only while the item runs.
      const running = RUNNING_STATUSES.includes(item.status) || item.status === 'suspended';
      return { ...view, workdaysLeft: running ? calendar.workdaysBetween(today, item.deadline) : null };
    });
  }
}
