import dayjs, { type Dayjs } from 'dayjs';
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

// The console says times in Asia/Shanghai whatever the browser's zone (as the timeline does): the
// pickers hold Shanghai's wall-clock time, and the API writes its times with +08:00.
const SHANGHAI = 'Asia/Shanghai';

/** Now on Shanghai's clocks, to the minute, as a picker holds it. */
export function shanghaiNow(): Dayjs {
  return dayjs(new Date().toLocaleString('sv-SE', { timeZone: SHANGHAI }).slice(0, 16));
}

/** A picker's wall-clock time as the instant it means in Shanghai. */
export function fromShanghaiClock(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** An API time (written with +08:00) as Shanghai's clocks show it. */
export function shanghaiClock(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** The body of POST /api/delegations; the head is sent only when an admin names one. */
export function createBody(values: DelegationValues, admin: boolean): CreateDelegation {
  const reason = values.reason?.trim();
  return {
    ...(admin && values.delegatorId ? { delegatorId: values.delegatorId } : {}),
    delegateId: values.delegateId!,
    startsAt: fromShanghaiClock(values.startsAt!),
    endsAt: fromShanghaiClock(values.endsAt!),
    ...(reason ? { reason } : {}),
  };
}
