import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import {
  BusinessCalendar,
  hasRole,
  nextReportDue,
  notFound,
  RUNNING_STATUSES,
  toShanghaiIso,
  type ItemEventType,
} from '@duban/domain';
import { asLocale, renderNotification } from '@duban/notifications';
import { ExtensionEntity, InboxMessageEntity, ItemEntity, UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { CalendarService } from '../calendar/calendar.service';
import { DelegationsService } from '../delegations/delegations.service';
import { actionsWithDelegation } from '../items/item.view';
import { TODO_OF, type InboxPageView, type InboxQuery, type TodoView } from './inbox.dto';

/** The caller's inbox: messages the escalation chain sent it, and the items waiting for its action. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly delegations: DelegationsService,
  ) {}

  async page(query: InboxQuery, user: AuthUser): Promise<InboxPageView> {
    const repo = this.db.getRepository(InboxMessageEntity);
    const me = await this.db.getRepository(UserEntity).findOneByOrFail({ id: user.userId });
    const locale = query.locale ?? asLocale(me.locale);
    const [rows, total] = await repo.findAndCount({
      where: { userId: user.userId, ...(query.unread ? { readAt: IsNull() } : {}) },
      relations: { notification: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const unread = await repo.countBy({ userId: user.userId, readAt: IsNull() });
    const messages = rows.map(({ id, notification: n, createdAt, readAt }) => {
      const message = renderNotification(n!, locale);
      return {
        id,
        itemId: n!.itemId,
        bulletinId: n!.bulletinId,
        messageKey: n!.messageKey,
        trigger: n!.trigger,
        level: n!.level,
        colour: n!.colour,
        subject: message.subject,
        text: message.text,
        link: n!.params.link,
        createdAt: createdAt.toISOString(),
        readAt: readAt?.toISOString() ?? null,
      };
    });
    return { messages, todos: await this.todos(user), total, unread, page: query.page, pageSize: query.pageSize };
  }

  /**
   * The items waiting for the caller's own action: the actions the rules offer it now (the same
   * that decide() accepts) that are someone's to-do. The query only narrows the candidates.
   */
  async todos(user: AuthUser): Promise<TodoView[]> {
    const qb = this.db
      .getRepository(ItemEntity)
      .createQueryBuilder('i')
      .where(
        new Brackets((w) => {
          w.where('(i.lead_unit_id = :unit OR :unit = ANY(i.cooperating_unit_ids)) AND i.status IN (:...running)', {
            unit: user.unitId,
            running: RUNNING_STATUSES,
          });
          if (hasRole(user, 'office')) {
            w.orWhere(`i.status = 'under_review'`).orWhere(
              `EXISTS (SELECT 1 FROM extensions e WHERE e.item_id = i.id AND e.status = 'pending')`,
            );
          }
        }),
      )
      .orderBy('i.due_at', 'ASC')
      .limit(200);
    const items = await qb.getMany();
    const pending = items.length
      ? await this.db.getRepository(ExtensionEntity).findBy({ itemId: In(items.map((i) => i.id)), status: 'pending' })
      : [];
    const now = new Date();
    // A delegate of its unit head has the unit's sign-offs to do too, while the delegation runs.
    const signoff = await this.delegations.signoffActor(user);
    const todos = items.flatMap((item) =>
      actionsWithDelegation(
        item,
        pending.find((p) => p.itemId === item.id) ?? null,
        user,
        signoff.delegation && signoff.actor,
        now,
      )
        .map((a) => TODO_OF[a.type as keyof typeof TODO_OF] as TodoView['action'] | undefined)
        .filter((action): action is TodoView['action'] => action !== undefined)
        .map((action) => ({ item, action })),
    );
    const working = todos.filter((t) => t.action === 'report_or_complete').map((t) => t.item);
    const lastOf = await this.lastEvents(working.map((i) => i.id));
    const calendar = working.some((i) => i.reportingCadence)
      ? new BusinessCalendar((await this.calendar.current()).years)
      : null;
    return todos
      .map(({ item, action }) => {
        const last = lastOf.get(item.id) ?? {};
        const returned = action === 'report_or_complete' && isReturned(last);
        // The next report falls due a cadence after the last report, or after the acknowledgement.
        const anchor = latest(last.progress_reported, last.acknowledged);
        const reportDueAt =
          action === 'report_or_complete' && item.reportingCadence && anchor && calendar
            ? toShanghaiIso(nextReportDue(item.reportingCadence, anchor, calendar))
            : null;
        return {
          itemId: item.id,
          title: item.title,
          action,
          deadline: item.deadline,
          colour: item.colour,
          returned,
          reportDueAt,
        };
      })
      .sort((a, b) => a.deadline.localeCompare(b.deadline));
  }

  /** When each item last saw each kind of event that tells a unit's work: reports, requests, returns. */
  private async lastEvents(itemIds: string[]): Promise<Map<string, LastEvents>> {
    const last = new Map<string, LastEvents>();
    if (itemIds.length === 0) return last;
    const rows: { item_id: string; type: WorkEvent; at: Date }[] = await this.db.query(
      `SELECT item_id, type, max(at) AS at FROM timeline_events
       WHERE item_id = ANY($1) AND type = ANY($2) GROUP BY item_id, type`,
      [itemIds, WORK_EVENTS],
    );
    for (const row of rows) last.set(row.item_id, { ...last.get(row.item_id), [row.type]: new Date(row.at) });
    return last;
  }

  async markRead(id: string, user: AuthUser): Promise<void> {
    const repo = this.db.getRepository(InboxMessageEntity);
    const found = await repo.findOneBy({ id, userId: user.userId });
    if (!found) throw notFound(`message ${id} not found`);
    if (!found.readAt) await repo.update(id, { readAt: new Date() });
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.db
      .getRepository(InboxMessageEntity)
      .update({ userId: user.userId, readAt: IsNull() }, { readAt: new Date() });
  }
}

const WORK_EVENTS = [
  'acknowledged',
  'progress_reported',
  'completion_requested',
  'returned_by_unit_head',
  'returned_by_office',
] as const satisfies readonly ItemEventType[];
type WorkEvent = (typeof WORK_EVENTS)[number];
type LastEvents = Partial<Record<WorkEvent, Date>>;

const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, b) => (!b ? a : !a || b > a ? b : a), undefined);

/** Sent back to the unit (by its head or the office) since it last asked to complete. */
function isReturned(last: LastEvents): boolean {
  const returnedAt = latest(last.returned_by_unit_head, last.returned_by_office);
  return returnedAt !== undefined && (!last.completion_requested || returnedAt >= last.completion_requested);
}
