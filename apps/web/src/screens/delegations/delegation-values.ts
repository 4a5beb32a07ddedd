import type { Dayjs } from 'dayjs';
import type { components } from '../../api-types';

type Schemas = components['schemas'];
export type Delegation = Schemas['DelegationView'];
export type DelegationColleague = Schemas['DelegationColleagueView'];
export type CreateDelegation = Schemas['CreateDelegationDto'];

/** What the form holds: the head (an admin names one), the colleague, the period and why. */
export interface DelegationValues {
  delegatorId?: string;
  delegateId?: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  reason?: string;
}

export type DelegationPhase = 'active' | 'upcoming' | 'ended' | 'revoked';

/** Where a delegation stands now: the API's `active`, told apart from not yet started, over and revoked. */
export function delegationPhase(delegation: Delegation, now = new Date()): DelegationPhase {
  if (delegation.revokedAt) return 'revoked';
  if (delegation.active) return 'active';
  return new Date(delegation.startsAt) > now ? 'upcoming' : 'ended';
}

const ORDER: Record<DelegationPhase, number> = { active: 0, upcoming: 1, ended: 2, revoked: 2 };

/** Running ones first, then those to come, then the record; newest first within each. */
export function sortDelegations(delegations: Delegation[], now = new Date()): Delegation[] {
  return [...delegations].sort(
    (a, b) =>
      ORDER[delegationPhase(a, now)] - ORDER[delegationPhase(b, now)] ||
      new Date(b.startsAt).getTime() - new Date(a.startsAt).getTime(),
  );
}

/** The body of POST /api/delegations; the head is sent only when an admin names one. */
export function createBody(values: DelegationValues, admin: boolean): CreateDelegation {
  const reason = values.reason?.trim();
  return {
    ...(admin && values.delegatorId ? { delegatorId: values.delegatorId } : {}),
    delegateId: values.delegateId!,
    startsAt: values.startsAt!.second(0).millisecond(0).toISOString(),
    endsAt: values.endsAt!.second(0).millisecond(0).toISOString(),
    ...(reason ? { reason } : {}),
  };
}
