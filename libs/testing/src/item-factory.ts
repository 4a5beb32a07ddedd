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

/** A published-to-be item state; override what the test is about. */
export function anItemState(overrides: Partial<ItemState> = {}): ItemState {
  const draft = draftItemState(
    {
      itemId: randomUUID(),
      leadUnitId: 'unit-lead',
      cooperatingUnitIds: ['unit-coop'],
      supervisingLeaderId: 'user-leader',
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
  office: { userId: 'user-office', unitId: 'unit-office', roles: ['office'] },
  leadHandler: { userId: 'user-lead-handler', unitId: 'unit-lead', roles: ['handler'] },
  leadHead: { userId: 'user-lead-head', unitId: 'unit-lead', roles: ['unit_head'] },
  coopHandler: { userId: 'user-coop-handler', unitId: 'unit-coop', roles: ['handler'] },
  coopHead: { userId: 'user-coop-head', unitId: 'unit-coop', roles: ['unit_head'] },
  otherHandler: { userId: 'user-other-handler', unitId: 'unit-other', roles: ['handler'] },
  leader: { userId: 'user-leader', unitId: 'unit-leadership', roles: ['leader'] },
  admin: { userId: 'user-admin', unitId: 'unit-office', roles: ['admin'] },
} satisfies Record<string, Actor>;
