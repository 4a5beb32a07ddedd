import type { ItemEvent } from '@duban/domain';
import { seededRecord, shanghai } from './bulletin-factory';
import { STATE_FIELDS, withStateAfter, type RecordedEvent } from './state-after-event';

const pick = (e: object) => Object.fromEntries(STATE_FIELDS.map((k) => [k, (e as Record<string, unknown>)[k]]));

describe('withStateAfter: the state after events recorded without it', () => {
  it('derives what the domain recorded, for every event of the seeded plan', () => {
    // Reassignment, extension, deadline change, suspension and resumption, escalations, risk, missed reports.
    for (const { item, bare } of seededRecord()) {
      const derived = withStateAfter(item, bare);
      expect({ item: item.id, states: derived.map(pick) }).toEqual({ item: item.id, states: item.events.map(pick) });
    }
  });

  it('keeps what an event already carries', () => {
    const event = {
      type: 'acknowledged',
      at: shanghai('2024-03-01T10:00'),
      actor: null,
      rule: null,
      fromStatus: 'assigned',
      toStatus: 'in_progress',
      comment: null,
      data: {},
      after: {
        status: 'in_progress',
        colour: 'orange',
        escalationLevel: 0,
        deadline: '2024-03-29',
        dueAt: shanghai('2024-03-30T00:00'),
        progressPercent: 35,
        leadUnitId: 'u-a',
        cooperatingUnitIds: [],
      },
    } as RecordedEvent;
    const [after] = withStateAfter({ leadUnitId: 'u-a', originalDeadline: '2024-03-29' }, [event]);
    expect(pick(after)).toEqual({
      status: 'in_progress',
      colour: 'orange',
      escalationLevel: 0,
      deadline: '2024-03-29',
      dueAt: shanghai('2024-03-30T00:00'),
      progressPercent: 35,
      leadUnitId: 'u-a',
    });
  });

  it('starts from the plan’s lead unit and deadline even when the item facts hold the current ones', () => {
    // Records kept before events carried the state after them.
    const event = (type: string, at: string, data: Record<string, unknown>): ItemEvent =>
      ({
        type,
        at: shanghai(at),
        actor: null,
        rule: null,
        fromStatus: 'in_progress',
        toStatus: type === 'reassigned' ? 'assigned' : 'in_progress',
        comment: null,
        data,
        after: null,
      }) as unknown as ItemEvent;
    const states = withStateAfter({ leadUnitId: 'u-new', originalDeadline: '2024-05-31' }, [
      event('progress_reported', '2024-03-04T10:00', { unitId: 'u-old', percent: 40 }),
      event('extension_approved', '2024-03-05T10:00', {
        previousDeadline: '2024-03-29',
        requestedDeadline: '2024-05-31',
      }),
      event('reassigned', '2024-03-06T10:00', {
        previousLeadUnitId: 'u-old',
        leadUnitId: 'u-new',
        cooperatingUnitIds: [],
      }),
      event('progress_reported', '2024-03-07T10:00', { unitId: 'u-old', percent: 90 }), // now a cooperating unit
    ]).map(pick);
    expect(states.map((s) => [s.leadUnitId, s.deadline, s.progressPercent])).toEqual([
      ['u-old', '2024-03-29', 40],
      ['u-old', '2024-05-31', 40],
      ['u-new', '2024-05-31', 40],
      ['u-new', '2024-05-31', 40],
    ]);
  });
});
