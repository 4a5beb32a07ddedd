import fc from 'fast-check';
import { actors, anItemState, unitIds } from '@duban/testing';
import { shanghaiDate } from './deadline';
import { availableActions, type ActionType, type UserCommandType } from './item-actions';
import { decide, type ItemCommand } from './item-commands';
import type { ItemState } from './item-state';
import { ITEM_STATUSES, RUNNING_STATUSES } from './item-status';
import type { Actor } from './roles';

const now = new Date('2026-03-02T02:00:00Z'); // a Monday, 10:00 in Shanghai
const day = (offset: number) => shanghaiDate(new Date(now.getTime() + offset * 24 * 3600_000));
const EXTENSION = '40000000-0000-4000-8000-000000000001';

/** Any item state, kept consistent where the workflow keeps it so (a suspension remembers where it was). */
const itemState = fc
  .record({
    status: fc.constantFrom(...ITEM_STATUSES),
    deadlineOffset: fc.integer({ min: -30, max: 60 }),
    extension: fc.option(fc.integer({ min: -5, max: 90 }), { nil: null }),
    awaiting: fc.boolean(),
    rated: fc.boolean(),
    signedOff: fc.boolean(),
    suspendedFrom: fc.constantFrom(...RUNNING_STATUSES),
  })
  .map(({ status, deadlineOffset, extension, awaiting, rated, signedOff, suspendedFrom }): ItemState =>
    anItemState({
      status,
      deadline: day(deadlineOffset),
      publishedAt: status === 'draft' ? null : new Date(now.getTime() - 40 * 24 * 3600_000).toISOString(),
      pendingExtension:
        extension === null
          ? null
          : {
              id: EXTENSION,
              requestedDeadline: day(extension),
              reason: '等待审批',
              requestedBy: actors.leadHandler.userId,
              requestedAt: now.toISOString(),
            },
      pendingConfirmations: awaiting ? [{ unitId: unitIds.coop, note: '请确认', requestedAt: now.toISOString() }] : [],
      rating: rated ? { grade: 'good', comment: null, by: actors.office.userId, at: now.toISOString() } : null,
      signoff: signedOff || status === 'under_review' ? { by: actors.leadHead.userId, at: now.toISOString() } : null,
      suspension: status === 'suspended' ? { from: suspendedFrom, since: now.toISOString() } : null,
    }),
  );

/** A well-formed command of the type, with input that fits the item when anything does. */
function validCommand(type: UserCommandType, state: ItemState): ItemCommand {
  const reason = '工作需要';
  const later = (state.deadline > day(-1) ? state.deadline : day(-1)) < day(30) ? day(30) : day(90);
  switch (type) {
    case 'publish':
      return { type, allowPast: true };
    case 'acknowledge':
    case 'confirm':
    case 'resume':
      return { type } as ItemCommand;
    case 'report_progress':
      return { type, reportId: '30000000-0000-4000-8000-000000000001', text: '已完成一半', percent: 50 };
    case 'request_completion':
      return { type, summary: '已完成' };
    case 'signoff':
    case 'review':
      return { type, decision: 'return', comment: '请补充材料' };
    case 'request_extension':
      return { type, extensionId: '40000000-0000-4000-8000-000000000002', requestedDeadline: later, reason };
    case 'decide_extension': {
      const approvable = state.pendingExtension !== null && state.pendingExtension.requestedDeadline >= day(0);
      return { type, extensionId: EXTENSION, decision: approvable ? 'approve' : 'reject' };
    }
    case 'request_confirmation': {
      const free = state.cooperatingUnitIds.find((u) => !state.pendingConfirmations.some((c) => c.unitId === u));
      return { type, unitId: free ?? unitIds.coop, note: '请确认配套资金' };
    }
    case 'reassign':
      return { type, leadUnitId: unitIds.other, cooperatingUnitIds: [], reason };
    case 'change_deadline':
      return { type, deadline: state.deadline === day(45) ? day(46) : day(45), reason };
    case 'suspend':
    case 'cancel':
      return { type, reason };
    case 'rate':
      return { type, grade: 'good' };
  }
}

const accepted = (state: ItemState, command: ItemCommand, actor: Actor) => {
  try {
    decide(state, command, actor, now);
    return true;
  } catch {
    return false;
  }
};

const COMMANDS: UserCommandType[] = [
  'publish',
  'acknowledge',
  'report_progress',
  'request_completion',
  'signoff',
  'review',
  'request_extension',
  'decide_extension',
  'request_confirmation',
  'confirm',
  'reassign',
  'change_deadline',
  'suspend',
  'resume',
  'cancel',
  'rate',
];

describe('availableActions: the buttons a person sees', () => {
  it('lists an action if and only if decide() accepts it, for any item and any person', () => {
    fc.assert(
      fc.property(itemState, fc.constantFrom(...(Object.values(actors) as Actor[])), (state, actor) => {
        const listed = new Set<ActionType>(availableActions(state, actor, now).map((a) => a.type));
        for (const type of COMMANDS) {
          expect({ type, listed: listed.has(type) }).toEqual({
            type,
            listed: accepted(state, validCommand(type, state), actor),
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers a draft to the office alone: edit, delete and publish, and says when only allowPast will publish it', () => {
    const draft = anItemState({ status: 'draft', deadline: day(-3) });
    expect(availableActions(draft, actors.office, now)).toEqual([
      { type: 'edit', reason: 'none' },
      { type: 'delete', reason: 'none' },
      { type: 'publish', reason: 'none', pastDeadline: true },
    ]);
    expect(availableActions(draft, actors.leadHandler, now)).toEqual([]);
  });

  it('tells what an action asks for: the request to decide, the units to ask, the date to pass', () => {
    const state = anItemState({
      status: 'in_progress',
      deadline: day(10),
      pendingExtension: {
        id: EXTENSION,
        requestedDeadline: day(-1),
        reason: 'r',
        requestedBy: 'x',
        requestedAt: now.toISOString(),
      },
    });
    const office = availableActions(state, actors.office, now);
    expect(office.find((a) => a.type === 'decide_extension')).toEqual({
      type: 'decide_extension',
      reason: 'optional',
      extension: { id: EXTENSION, requestedDeadline: day(-1), approvable: false },
    });
    const handler = availableActions({ ...state, pendingExtension: null }, actors.leadHandler, now);
    expect(handler.find((a) => a.type === 'request_confirmation')).toMatchObject({ unitIds: [unitIds.coop] });
    expect(handler.find((a) => a.type === 'request_extension')).toMatchObject({ reason: 'required', after: day(10) });
    expect(handler.map((a) => a.type)).not.toContain('signoff');
  });
});
