import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  actionRefusal,
  BusinessCalendar,
  cooperatingUnitsProblem,
  deadlineInstant,
  deadlineRefusal,
  invalidInput,
  invalidState,
  ruleViolation,
  shanghaiDate,
  type Actor,
  type EscalationPolicy,
  type ItemEvent,
  type ItemEventData,
} from '@duban/domain';
import { recordEvent } from '@duban/item-projection';
import { ItemEntity, MilestoneEntity, UnitEntity, UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { PolicyVersionsService } from '../policies/policy-versions.service';
import type { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { ItemQueriesService } from './item-queries.service';
import { actionFactsOf, type ItemView } from './item.view';

export interface DraftRules {
  policy: EscalationPolicy;
  calendar: BusinessCalendar;
}

/** The office's work on drafts before they are published: create, edit, delete. */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: ItemQueriesService,
    private readonly calendar: CalendarService,
    private readonly policies: PolicyVersionsService,
  ) {}

  async create(dto: CreateItemDto, user: AuthUser): Promise<ItemView> {
    const rules = await this.draftRules();
    const id = await this.db.transaction((em) => this.createIn(em, dto, user, rules));
    return this.queries.view(id, user);
  }

  /** A draft written inside the caller's transaction (a plan's rows: all or none), checked as create checks. */
  async createIn(em: EntityManager, dto: CreateItemDto, user: AuthUser, rules: DraftRules): Promise<string> {
    await this.checkReferences(em, dto, rules);
    const item = em.create(ItemEntity, {
      ...fieldsOf(dto),
      status: 'draft',
      createdBy: user.userId,
      milestones: (dto.milestones ?? []).map((m, position) => em.create(MilestoneEntity, { ...m, position })),
    });
    await em.save(item);
    await this.record(em, item, user, 'created', {});
    return item.id;
  }

  async update(id: string, dto: UpdateItemDto, user: AuthUser): Promise<ItemView> {
    const rules = await this.draftRules();
    await this.db.transaction(async (em) => {
      const item = await this.lockDraft(em, id, user, 'edit');
      // The milestones kept, when the edit does not replace them, still have to fit a new deadline.
      const kept = dto.milestones ? [] : await em.findBy(MilestoneEntity, { itemId: id });
      const milestones = dto.milestones ?? kept.map(({ title, deadline }) => ({ title, deadline }));
      const merged: CreateItemDto = { ...draftOf(item, dto), ...dto, milestones };
      await this.checkReferences(em, merged, rules);
      em.merge(ItemEntity, item, fieldsOf(merged));
      await em.save(item);
      if (dto.milestones) {
        await em.delete(MilestoneEntity, { itemId: id });
        await em.save(dto.milestones.map((m, position) => em.create(MilestoneEntity, { ...m, itemId: id, position })));
      }
      await this.record(em, item, user, 'edited', { fields: Object.keys(dto) });
    });
    return this.queries.view(id, user);
  }

  async remove(id: string, user: AuthUser): Promise<void> {
    await this.db.transaction(async (em) => {
      const item = await this.lockDraft(em, id, user, 'delete');
      await this.record(em, item, user, 'deleted', {});
      await em.delete(ItemEntity, { id });
    });
  }

  /** Units an item names must exist: the first is the lead unit, the rest cooperate. */
  async requireUnits([lead, ...cooperating]: string[], em: EntityManager = this.db.manager): Promise<void> {
    const found = new Set((await em.findBy(UnitEntity, { id: In([lead, ...cooperating]) })).map((u) => u.id));
    if (!found.has(lead)) throw invalidInput(`leadUnitId: unit ${lead} does not exist`);
    const missing = cooperating.find((u) => !found.has(u));
    if (missing) throw invalidInput(`cooperatingUnitIds: unit ${missing} does not exist`);
  }

  /** A draft that no publish has claimed, locked for the change; anything else is a 409. */
  private async lockDraft(em: EntityManager, id: string, user: AuthUser, action: 'edit' | 'delete') {
    const visible = await this.queries.findVisible(id, user, em);
    const refusal = actionRefusal(actionFactsOf(visible, null), action, user);
    if (refusal) throw refusal;
    const item = await em.findOne(ItemEntity, { where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
    if (!item || item.status !== 'draft') {
      throw invalidState(`item ${id} is published: only a draft can be edited or deleted`);
    }
    if (item.workflowId !== null) {
      throw invalidState(`item ${id} is being published (a publish did not finish): publish it again to finish`);
    }
    return item;
  }

  /**
   * The policy and calendar a draft is checked against, read before its transaction opens: a
   * transaction never waits for a second connection, so a burst cannot take the whole pool.
   */
  async draftRules(): Promise<DraftRules> {
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
    const problem = cooperatingUnitsProblem(dto.leadUnitId, dto.cooperatingUnitIds ?? []);
    if (problem) throw invalidInput(problem);
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

  private async record<K extends 'created' | 'edited' | 'deleted'>(
    em: EntityManager,
    item: ItemEntity,
    user: Actor,
    type: K,
    data: ItemEventData[K],
  ) {
    const event = {
      type,
      at: new Date().toISOString(),
      actor: { userId: user.userId, unitId: user.unitId, role: 'office' },
      rule: null,
      fromStatus: 'draft',
      toStatus: 'draft',
      comment: null,
      data,
      after: {
        status: 'draft',
        colour: 'green',
        escalationLevel: 0,
        deadline: item.deadline,
        dueAt: item.dueAt.toISOString(),
        progressPercent: 0,
        leadUnitId: item.leadUnitId,
        cooperatingUnitIds: item.cooperatingUnitIds,
      },
    } as ItemEvent;
    await recordEvent(em, item.id, null, event);
  }
}

function fieldsOf(dto: CreateItemDto) {
  const deadlineAt = dto.deadlineAt ?? null;
  return {
    title: dto.title.trim(),
    content: dto.content ?? '',
    category: dto.category,
    source: dto.source ?? null,
    priority: dto.priority ?? 'normal',
    leadUnitId: dto.leadUnitId,
    cooperatingUnitIds: dto.cooperatingUnitIds ?? [],
    supervisingLeaderId: dto.supervisingLeaderId ?? null,
    // A chosen leader settles what the plan said.
    supervisingLeaderText: dto.supervisingLeaderId ? null : dto.supervisingLeaderText || null,
    deadline: dto.deadline,
    deadlineAt: deadlineAt ? new Date(deadlineAt) : null,
    dueAt: new Date(deadlineInstant({ deadline: dto.deadline, deadlineAt })),
    reportingCadence: (dto.reportingCadence as ItemEntity['reportingCadence']) ?? null,
  };
}

/**
 * A draft's editable fields in the shape of the create DTO, so an edit merges onto them. An exact
 * deadline time is kept unless the edit moves the deadline to another day without giving one.
 */
function draftOf(item: ItemEntity, edit: UpdateItemDto): CreateItemDto {
  const keepsTime = item.deadlineAt && (edit.deadline === undefined || edit.deadline === item.deadline);
  return {
    title: item.title,
    content: item.content,
    category: item.category,
    source: item.source ?? undefined,
    priority: item.priority,
    leadUnitId: item.leadUnitId,
    cooperatingUnitIds: item.cooperatingUnitIds,
    supervisingLeaderId: item.supervisingLeaderId ?? undefined,
    supervisingLeaderText: item.supervisingLeaderText ?? undefined,
    deadline: item.deadline,
    deadlineAt: keepsTime ? item.deadlineAt!.toISOString() : undefined,
    reportingCadence: item.reportingCadence ?? undefined,
  };
}
