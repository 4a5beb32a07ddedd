import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { forbidden, hasRole, notFound, ruleViolation, toShanghaiIso, type Actor } from '@duban/domain';
import { DelegationEntity, UserEntity } from '@duban/persistence';
import type { AuthUser } from '../auth/auth-user';
import type { CreateDelegationDto, DelegationColleagueView, DelegationView } from './delegation.dto';

/** A running delegation, with the unit head's name for the audit entry. */
export interface RunningDelegation {
  delegation: DelegationEntity;
  delegatorUsername: string;
}

/**
 * The actor a delegate's sign-off is decided as: the unit head's role for this one command, and
 * whose authority it is (the timeline and the audit trail name both). The rules stay the same.
 */
export function delegatedActor(actor: Actor, delegatorId: string): Actor {
  return { ...actor, roles: [...actor.roles, 'unit_head'], onBehalfOf: delegatorId };
}

/**
 * Out-of-office delegation (代签): a unit head (or an admin for one) names a colleague of the same
 * unit who may sign off the unit's items for a period; revoking ends it at once.
 */
@Injectable()
export class DelegationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(dto: CreateDelegationDto, user: AuthUser): Promise<DelegationView> {
    const users = this.db.getRepository(UserEntity);
    const delegatorId = dto.delegatorId ?? user.userId;
    if (delegatorId !== user.userId && !hasRole(user, 'admin')) {
      throw forbidden('a unit head delegates its own sign-off; an admin may set one up for a unit head');
    }
    const delegator = await users.findOneBy({ id: delegatorId, active: true });
    if (!delegator?.roles.includes('unit_head')) throw ruleViolation('the delegator must be an active unit head');
    const delegate = await users.findOneBy({ id: dto.delegateId, active: true });
    if (!delegate || delegate.unitId !== delegator.unitId) {
      throw ruleViolation("the delegate must be an active colleague of the unit head's unit");
    }
    if (delegate.id === delegator.id) throw ruleViolation('a unit head cannot delegate to itself');
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw ruleViolation('endsAt must be after startsAt');
    if (endsAt <= new Date()) throw ruleViolation('endsAt has already passed');
    const saved = await this.db.getRepository(DelegationEntity).save({
      unitId: delegator.unitId,
      delegatorId: delegator.id,
      delegateId: delegate.id,
      startsAt,
      endsAt,
      reason: dto.reason ?? null,
      createdBy: user.userId,
    });
    return toView(saved, new Map([delegator, delegate].map((u) => [u.id, u])));
  }

  /** An admin sees every delegation; anyone else its unit's. Newest first. */
  async list(user: AuthUser): Promise<DelegationView[]> {
    const rows = await this.db.getRepository(DelegationEntity).find({
      where: hasRole(user, 'admin') ? {} : { unitId: user.unitId },
      order: { startsAt: 'DESC', id: 'ASC' },
      take: 500,
    });
    const ids = [...new Set(rows.flatMap((r) => [r.delegatorId, r.delegateId]))];
    const people = await this.db.getRepository(UserEntity).findBy({ id: In(ids) });
    return rows.map((r) => toView(r, new Map(people.map((p) => [p.id, p]))));
  }

  /** The console's picker: a unit head's active colleagues (itself left out); an admin every active user. */
  async colleagues(user: AuthUser): Promise<DelegationColleagueView[]> {
    const admin = hasRole(user, 'admin');
    const people = await this.db.getRepository(UserEntity).find({
      where: admin ? { active: true } : { active: true, unitId: user.unitId },
      order: { displayName: 'ASC' },
    });
    return people
      .filter((p) => admin || p.id !== user.userId)
      .map((p) => ({
        id: p.id,
        displayName: p.displayName,
        unitId: p.unitId,
        unitHead: p.roles.includes('unit_head'),
      }));
  }

  /** Ends a delegation now; a unit head only its unit's (another's answers 404). Kept for the record. */
  async revoke(id: string, user: AuthUser): Promise<void> {
    const repo = this.db.getRepository(DelegationEntity);
    const delegation = await repo.findOneBy({ id });
    if (!delegation || (!hasRole(user, 'admin') && delegation.unitId !== user.unitId)) {
      throw notFound(`delegation ${id} not found`);
    }
    if (delegation.revokedAt) return;
    await repo.update({ id }, { revokedAt: new Date(), revokedBy: user.userId });
  }

  /**
   * The delegation running now that lets this user sign off for its unit's head: not revoked, in
   * its period, and the delegator still an active head of that unit.
   */
  async runningFor(actor: Actor, at = new Date()): Promise<RunningDelegation | null> {
    const delegation = await this.db
      .getRepository(DelegationEntity)
      .createQueryBuilder('d')
      .innerJoin(UserEntity, 'head', 'head.id = d.delegator_id')
      .where('d.delegate_id = :userId AND d.unit_id = :unitId', { userId: actor.userId, unitId: actor.unitId })
      .andWhere('d.revoked_at IS NULL AND d.starts_at <= :at AND d.ends_at > :at', { at })
      .andWhere("head.active AND head.unit_id = d.unit_id AND 'unit_head' = ANY(head.roles)")
      .orderBy('d.starts_at', 'ASC')
      .getOne();
    if (!delegation) return null;
    const head = await this.db.getRepository(UserEntity).findOneByOrFail({ id: delegation.delegatorId });
    return { delegation, delegatorUsername: head.username };
  }

  /** The actor a sign-off is decided as: the caller's own, or on a running delegation its unit head's. */
  async signoffActor(actor: Actor): Promise<{ actor: Actor; delegation: RunningDelegation | null }> {
    if (hasRole(actor, 'unit_head')) return { actor, delegation: null };
    const delegation = await this.runningFor(actor);
    return delegation
      ? { actor: delegatedActor(actor, delegation.delegation.delegatorId), delegation }
      : { actor, delegation: null };
  }
}

function toView(row: DelegationEntity, people: Map<string, UserEntity>, now = new Date()): DelegationView {
  const person = (id: string) => ({ id, displayName: people.get(id)?.displayName ?? '' });
  return {
    id: row.id,
    unitId: row.unitId,
    delegator: person(row.delegatorId),
    delegate: person(row.delegateId),
    startsAt: toShanghaiIso(row.startsAt),
    endsAt: toShanghaiIso(row.endsAt),
    reason: row.reason,
    revokedAt: row.revokedAt ? toShanghaiIso(row.revokedAt) : null,
    active: !row.revokedAt && row.startsAt <= now && now < row.endsAt,
  };
}
