import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import { hasRole, notFound, RUNNING_STATUSES } from '@duban/domain';
import { asLocale, renderNotification } from '@duban/notifications';
import { ExtensionEntity, InboxMessageEntity, ItemEntity, UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import { DelegationsService } from '../delegations/delegations.service';
import { actionsWithDelegation } from '../items/item.view';
import { TODO_OF, type InboxPageView, type InboxQuery, type TodoView } from './inbox.dto';

/** The caller's inbox: messages the escalation chain sent it, and the items waiting for its action. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    return items
      .flatMap((item) =>
        actionsWithDelegation(
          item,
          pending.find((p) => p.itemId === item.id) ?? null,
          user,
          signoff.delegation && signoff.actor,
          now,
        )
          .map((a) => TODO_OF[a.type as keyof typeof TODO_OF] as TodoView['action'] | undefined)
          .filter((action): action is TodoView['action'] => action !== undefined)
          .map((action) => ({
            itemId: item.id,
            title: item.title,
            action,
            deadline: item.deadline,
            colour: item.colour,
          })),
      )
      .sort((a, b) => a.deadline.localeCompare(b.deadline));
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
