import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  attributeDelay,
  awaitedConfirmations,
  BusinessCalendar,
  deadlineInstant,
  deadlineRefusal,
  hasRole,
  invalidInput,
  ruleViolation,
  RUNNING_STATUSES,
  shanghaiDate,
  type Actor,
  type EscalationPolicy,
  type DelayShare,
} from '@duban/domain';
import {
  ExtensionEntity,
  ItemEntity,
  MilestoneEntity,
  TimelineEventEntity,
  UnitEntity,
  UserEntity,
} from '@duban/persistence';
import { ItemProjector, type RepairOutcome } from '@duban/item-projection';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../escalation/calendar.service';
import { PolicyVersionsService } from '../escalation/policy-versions.service';
import type { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { ITEM_SORTS, type ListItemsQuery } from './dto/list-items.query';
import { toItemView, toTimelineEventView, type ItemPageView, type ItemView, type TimelineEventView } from './item.view';

interface DraftRules {
  policy: EscalationPolicy;
  calendar: BusinessCalendar;
}

const SORT_COLUMNS: Record<(typeof ITEM_SORTS)[number], string> = {
  deadline: 'item.deadline',
  createdAt: 'item.createdAt',
  updatedAt: 'item.updatedAt',
  title: 'item.title',
  escalationLevel: 'item.escalationLevel',
};

/** Reading items as the caller may see them, and the office's work on drafts. */
@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly policies: PolicyVersionsService,
    private readonly projector: ItemProjector,
  ) {}

  /** The item if the caller may see it; otherwise 404, so nobody learns that it exists. */
  async findVisible(id: string, actor: Actor, em: EntityManager = this.db.manager): Promise<ItemEntity> {
    const item = await this.visibleQuery(actor, em).andWhere('item.id = :id', { id }).getOne();
    if (!item) throw new NotFoundException(`item ${id} not found`);
    return item;
  }

  /** One item, with the confirmations its lead unit awaits and the delay attribution of a late one. */
  async view(id: string, actor: Actor): Promise<ItemView> {
    const item = await this.findVisible(id, actor);
    const [view] = await this.views([item]);
    const events = await this.db
      .getRepository(TimelineEventEntity)
      .find({ where: { itemId: item.id }, order: { at: 'ASC', id: 'ASC' } });
    return {
      ...view,
      awaitingConfirmation: awaitedConfirmations(events),
      delayAttribution: await this.delayAttribution(item, events),
    };
  }

  private async delayAttribution(item: ItemEntity, events: TimelineEventEntity[]): Promise<DelayShare[]> {
    if (item.status === 'draft') return [];
    const [firstExtension, { years }] = await Promise.all([
      this.db
        .getRepository(ExtensionEntity)
        .findOne({ where: { itemId: item.id, status: 'approved' }, order: { requestedAt: 'ASC' } }),
      this.calendar.current(),
    ]);
    const originalDeadline = firstExtension?.previousDeadline ?? item.deadline;
    return attributeDelay(originalDeadline, events, new BusinessCalendar(years), new Date());
  }

  async list(query: ListItemsQuery, actor: Actor): Promise<ItemPageView> {
    const { page, pageSize } = query;
    const qb = this.visibleQuery(actor);
    if (query.status) qb.andWhere('item.status = :status', { status: query.status });
    if (query.colour) qb.andWhere('item.colour = :colour', { colour: query.colour });
    if (query.category) qb.andWhere('item.category = :category', { category: query.category });
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
    return { items: await this.views(items), total, page, pageSize };
  }

  async timeline(id: string, actor: Actor): Promise<TimelineEventView[]> {
    await this.findVisible(id, actor);
    const events = await this.db
      .getRepository(TimelineEventEntity)
      .find({ where: { itemId: id }, order: { at: 'ASC', id: 'ASC' } });
    return events.map(toTimelineEventView);
  }

  async create(dto: CreateItemDto, user: AuthUser): Promise<ItemView> {
    const rules = await this.draftRules();
    const id = await this.db.transaction(async (em) => {
      await this.checkReferences(em, dto, rules);
      const item = em.create(ItemEntity, {
        ...this.fields(dto),
        status: 'draft',
        createdBy: user.userId,
        milestones: (dto.milestones ?? []).map((m, position) => em.create(MilestoneEntity, { ...m, position })),
      });
      await em.save(item);
      await this.record(em, item, 'created', user);
      return item.id;
    });
    return this.view(id, user);
  }

  async update(id: string, dto: UpdateItemDto, user: AuthUser): Promise<ItemView> {
    const rules = await this.draftRules();
    await this.db.transaction(async (em) => {
      const item = await this.lockDraft(em, id, user);
      // The milestones kept, when the edit does not replace them, still have to fit a new deadline.
      const kept = dto.milestones ? [] : await em.findBy(MilestoneEntity, { itemId: id });
      const milestones = dto.milestones ?? kept.map(({ title, deadline }) => ({ title, deadline }));
      const merged: CreateItemDto = { ...draftOf(item), ...dto, milestones };
      await this.checkReferences(em, merged, rules);
      em.merge(ItemEntity, item, this.fields(merged));
      await em.save(item);
      if (dto.milestones) {
        await em.delete(MilestoneEntity, { itemId: id });
        await em.save(dto.milestones.map((m, position) => em.create(MilestoneEntity, { ...m, itemId: id, position })));
      }
      await this.record(em, item, 'edited', user, { fields: Object.keys(dto) });
    });
    return this.view(id, user);
  }

  async remove(id: string, user: AuthUser): Promise<void> {
    await this.db.transaction(async (em) => {
      const item = await this.lockDraft(em, id, user);
      await this.record(em, item, 'deleted', user);
      await em.delete(ItemEntity, { id });
    });
  }

  private visibleQuery(actor: Actor, em: EntityManager = this.db.manager): SelectQueryBuilder<ItemEntity> {
    const qb = em
      .createQueryBuilder(ItemEntity, 'item')
      .leftJoinAndSelect('item.milestones', 'milestone')
      .leftJoinAndSelect('item.supervisingLeader', 'leader');
    // The office, leaders and leadership read every item; a unit sees the items it leads or cooperates on.
    if (!hasRole(actor, 'office', 'leader', 'leadership')) {
      qb.where(
        new Brackets((w) =>
          w
            .where('item.lead_unit_id = :actorUnit', { actorUnit: actor.unitId })
            .orWhere(':actorUnit = ANY(item.cooperating_unit_ids)'),
        ),
      );
    }
    return qb;
  }

  /** A draft that no publish has claimed, locked for the edit; anything else is a 409. */
  private async lockDraft(em: EntityManager, id: string, user: AuthUser): Promise<ItemEntity> {
    const visible = await this.findVisible(id, user, em);
    const item = await em.findOne(ItemEntity, { where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
    if (!item || item.status !== 'draft') {
      throw new ConflictException(`item ${id} is published: only a draft can be edited or deleted`);
    }
    if (item.workflowId !== null) {
      throw new ConflictException(
        `item ${id} is being published (a publish did not finish): publish it again to finish`,
      );
    }
    return item;
  }

  private fields(dto: CreateItemDto) {
    return {
      title: dto.title.trim(),
      content: dto.content ?? '',
      category: dto.category,
      source: dto.source ?? null,
      priority: dto.priority ?? 'normal',
      leadUnitId: dto.leadUnitId,
      cooperatingUnitIds: dto.cooperatingUnitIds ?? [],
      supervisingLeaderId: dto.supervisingLeaderId ?? null,
      deadline: dto.deadline,
      dueAt: new Date(deadlineInstant({ deadline: dto.deadline, deadlineAt: dto.deadlineAt ?? null })),
      reportingCadence: (dto.reportingCadence as ItemEntity['reportingCadence']) ?? null,
    };
  }

  /**
   * The policy and calendar a draft is checked against, read before its transaction opens: a
   * transaction never waits for a second connection, so a burst cannot take the whole pool.
   */
  private async draftRules(): Promise<DraftRules> {
    const [policy, { years }] = await Promise.all([this.policies.current(), this.calendar.current()]);
    return { policy, calendar: new BusinessCalendar(years) };
  }

  private async checkReferences(em: EntityManager, dto: CreateItemDto, rules: DraftRules): Promise<void> {
    if (dto.deadlineAt && shanghaiDate(new Date(dto.deadlineAt)) !== dto.deadline) {
      throw invalidInput(`deadlineAt must fall on the deadline day ${dto.deadline} (Asia/Shanghai)`);
    }
    // Told at once; the workflow checks again at publish, under the policy it pins then.
    const refusal = deadlineRefusal(rules.policy, rules.calendar, dto.deadline);
    if (refusal) throw ruleViolation(`deadline: ${refusal}`);
    (dto.milestones ?? []).forEach((m, i) => {
      if (m.deadline > dto.deadline) {
        throw ruleViolation(`milestones[${i}].deadline ${m.deadline} is after the item's deadline ${dto.deadline}`);
      }
    });
    if ((dto.cooperatingUnitIds ?? []).includes(dto.leadUnitId)) {
      throw invalidInput('cooperatingUnitIds must not contain the lead unit');
    }
    await this.requireUnits([dto.leadUnitId, ...(dto.cooperatingUnitIds ?? [])], em);
    if (dto.supervisingLeaderId) {
      const leader = await em.findOneBy(UserEntity, { id: dto.supervisingLeaderId });
      if (!leader?.active || !leader.roles.includes('leader')) {
        throw invalidInput(
          `supervisingLeaderId: ${dto.supervisingLeaderId} is not an active user with the leader role`,
        );
      }
    }
  }

  /** Writes again the changes the database refused; for the admin, whatever the item's units. */
  async repair(id: string, user: AuthUser): Promise<RepairOutcome[]> {
    if (!(await this.db.getRepository(ItemEntity).existsBy({ id })))
      throw new NotFoundException(`item ${id} not found`);
    return this.projector.repair(id, user.userId);
  }

  /** Units an item names must exist: the first is the lead unit, the rest cooperate. */
  async requireUnits([lead, ...cooperating]: string[], em: EntityManager = this.db.manager): Promise<void> {
    const found = new Set((await em.findBy(UnitEntity, { id: In([lead, ...cooperating]) })).map((u) => u.id));
    if (!found.has(lead)) throw invalidInput(`leadUnitId: unit ${lead} does not exist`);
    const missing = cooperating.find((u) => !found.has(u));
    if (missing) throw invalidInput(`cooperatingUnitIds: unit ${missing} does not exist`);
  }

  private async record(
    em: EntityManager,
    item: ItemEntity,
    type: string,
    user: AuthUser,
    data: Record<string, unknown> = {},
  ) {
    await em.insert(TimelineEventEntity, {
      itemId: item.id,
      seq: null,
      type,
      actorId: user.userId,
      at: new Date(),
      fromStatus: 'draft',
      toStatus: 'draft',
      comment: null,
      data: data as Record<string, any>,
    });
  }

  private async views(items: ItemEntity[]): Promise<ItemView[]> {
    if (items.length === 0) return [];
    const unitIds = [...new Set(items.flatMap((i) => [i.leadUnitId, ...i.cooperatingUnitIds]))];
    const units = new Map((await this.db.getRepository(UnitEntity).findBy({ id: In(unitIds) })).map((u) => [u.id, u]));
    const pending = await this.db
      .getRepository(ExtensionEntity)
      .findBy({ itemId: In(items.map((i) => i.id)), status: 'pending' });
    return items.map((item) => toItemView(item, units, pending.find((p) => p.itemId === item.id) ?? null));
  }
}

/** A draft's editable fields in the shape of the create DTO, so an edit merges onto them. */
function draftOf(item: ItemEntity): CreateItemDto {
  return {
    title: item.title,
    content: item.content,
    category: item.category,
    source: item.source ?? undefined,
    priority: item.priority,
    leadUnitId: item.leadUnitId,
    cooperatingUnitIds: item.cooperatingUnitIds,
    supervisingLeaderId: item.supervisingLeaderId ?? undefined,
    deadline: item.deadline,
    reportingCadence: item.reportingCadence ?? undefined,
  };
}
