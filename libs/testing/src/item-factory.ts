import { randomUUID } from 'node:crypto';
import { packagedCalendarYears } from '@duban/calendar-data';
import {
  DEFAULT_POLICY,
  draftItemState,
  type Actor,
  type EscalationPolicy,
  type ItemCalendar,
  type ItemState,
} from '@duban/domain';

export const defaultPolicy = (overrides: Partial<EscalationPolicy> = {}): EscalationPolicy => ({
  ...DEFAULT_POLICY,
  workdayDeadlinesOnly: false,
  version: 1,
  ...overrides,
});

/** The packaged calendar (revision 0), as an item pins it. */
export const packagedCalendar = (): ItemCalendar => ({ revision: 0, years: packagedCalendarYears() });

/** Fixed ids of a typical item's units, as uuids like the real ones. */
export const unitIds = {
  lead: '10000000-0000-4000-8000-000000000001',
  coop: '10000000-0000-4000-8000-000000000002',
  other: '10000000-0000-4000-8000-000000000003',
  office: '10000000-0000-4000-8000-000000000004',
  leadership: '10000000-0000-4000-8000-000000000005',
} as const;

const userId = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A published-to-be item state; override what the test is about. */
export function anItemState(overrides: Partial<ItemState> = {}): ItemState {
  const draft = draftItemState(
    {
      itemId: randomUUID(),
      leadUnitId: unitIds.lead,
      cooperatingUnitIds: [unitIds.coop],
      supervisingLeaderId: userId(7),
      deadline: overrides.deadline ?? '2024-03-31',
      milestones: [],
      reportingCadence: null,
    },
    overrides.policy ?? defaultPolicy(),
    overrides.calendar ?? packagedCalendar(),
  );
  return { ...draft, ...overrides };
}

/** The actors of a typical item: the office, and the lead and cooperating units' staff. */
export const actors = {
  office: { userId: userId(1), unitId: unitIds.office, roles: ['office'] },
  leadHandler: { userId: userId(2), unitId: unitIds.lead, roles: ['handler'] },
  leadHead: { userId: userId(3), unitId: unitIds.lead, roles: ['unit_head'] },
  coopHandler: { userId: userId(4), unitId: unitIds.coop, roles: ['handler'] },
  coopHead: { userId: userId(5), unitId: unitIds.coop, roles: ['unit_head'] },
  otherHandler: { userId: userId(6), unitId: unitIds.other, roles: ['handler'] },
  leader: { userId: userId(7), unitId: unitIds.leadership, roles: ['leader'] },
  admin: { userId: userId(8), unitId: unitIds.office, roles: ['admin'] },
} satisfies Record<string, Actor>;
