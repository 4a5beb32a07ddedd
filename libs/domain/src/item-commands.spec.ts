import { actors, anItemState, defaultPolicy, packagedCalendar, unitIds } from '@duban/testing';
import { decide, type ItemCommand } from './item-commands';
import { DomainErrorCode, DomainError } from './domain-error';
import type { ItemState } from './item-state';
import type { Actor } from './roles';
import type { ItemStatus } from './item-status';

const now = new Date('2024-03-01T02:00:00Z');
const EXT_1 = '40000000-0000-4000-8000-000000000001';
const EXT_2 = '40000000-0000-4000-8000-000000000002';
const extension = {
  id: EXT_1,
  requestedDeadline: '2024-04-30',
  reason: 'r',
  requestedBy: 'x',
  requestedAt: now.toISOString(),
};

const commands: Record<string, ItemCommand> = {
  publish: { type: 'publish' },
  acknowledge: { type: 'acknowledge' },
  report_progress: {
    type: 'report_progress',
    reportId: '30000000-0000-4000-8000-000000000001',
    text: 'done a part',
    percent: 30,
  },
  request_completion: { type: 'request_completion', summary: 'done' },
  signoff_approve: { type: 'signoff', decision: 'approve' },
  signoff_return: { type: 'signoff', decision: 'return', comment: 'incomplete' },
  review_approve: { type: 'review', decision: 'approve' },
  review_return: { type: 'review', decision: 'return', comment: 'check figures' },
  request_extension: {
    type: 'request_extension',
    extensionId: EXT_2,
    requestedDeadline: '2024-05-31',
    reason: 'waiting',
  },
  decide_extension: { type: 'decide_extension', extensionId: EXT_1, decision: 'approve' },
  reassign: { type: 'reassign', leadUnitId: unitIds.other, cooperatingUnitIds: [], reason: 'duties changed' },
  suspend: { type: 'suspend', reason: 'awaiting approval' },
  resume: { type: 'resume' },
  cancel: { type: 'cancel', reason: 'no longer needed' },
  rate: { type: 'rate', grade: 'good' },
  request_confirmation: { type: 'request_confirmation', unitId: unitIds.coop, note: '请确认配套资金' },
  confirm: { type: 'confirm', comment: '已确认' },
  change_deadline: { type: 'change_deadline', deadline: '2024-05-15', reason: '工委会议调整时限' },
  migrate_policy: {
    type: 'migrate_policy',
    policy: defaultPolicy({ version: 2 }),
    calendar: { ...packagedCalendar(), revision: 3 },
  },
};

// Each command: the states it fits, the actors allowed to give it, and the state it leads to.
const rules: Record<
  string,
  { from: ItemStatus[]; allowed: (keyof typeof actors)[]; to?: ItemStatus; setup?: Partial<ItemState> }
> = {
  publish: { from: ['draft'], allowed: ['office'], to: 'assigned' },
  acknowledge: { from: ['assigned'], allowed: ['leadHandler', 'leadHead'], to: 'in_progress' },
  report_progress: { from: ['in_progress'], allowed: ['leadHandler', 'coopHandler'], to: 'in_progress' },
  request_completion: { from: ['in_progress'], allowed: ['leadHandler'], to: 'awaiting_signoff' },
  signoff_approve: { from: ['awaiting_signoff'], allowed: ['leadHead'], to: 'under_review' },
  signoff_return: { from: ['awaiting_signoff'], allowed: ['leadHead'], to: 'in_progress' },
  review_approve: {
    from: ['under_review'],
    allowed: ['office'],
    to: 'closed',
    setup: { signoff: { by: 'h', at: now.toISOString() } },
  },
  review_return: { from: ['under_review'], allowed: ['office'], to: 'in_progress' },
  request_extension: { from: ['in_progress'], allowed: ['leadHandler'], to: 'in_progress' },
  decide_extension: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review', 'suspended'],
    allowed: ['office'],
    setup: { pendingExtension: extension, suspension: { from: 'in_progress', since: now.toISOString() } },
  },
  reassign: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review'],
    allowed: ['office'],
    to: 'assigned',
  },
  suspend: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review'],
    allowed: ['office'],
    to: 'suspended',
  },
  resume: {
    from: ['suspended'],
    allowed: ['office'],
    to: 'in_progress',
    setup: { suspension: { from: 'in_progress', since: now.toISOString() } },
  },
  cancel: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review', 'suspended'],
    allowed: ['office'],
    to: 'cancelled',
  },
  rate: { from: ['closed'], allowed: ['office'], to: 'closed' },
  migrate_policy: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review', 'suspended'],
    allowed: ['office'],
  },
  request_confirmation: { from: ['in_progress'], allowed: ['leadHandler'], to: 'in_progress' },
  confirm: {
    from: ['in_progress'],
    allowed: ['coopHandler', 'coopHead'],
    to: 'in_progress',
    setup: { pendingConfirmations: [{ unitId: unitIds.coop, note: 'n', requestedAt: now.toISOString() }] },
  },
  change_deadline: {
    from: ['assigned', 'in_progress', 'awaiting_signoff', 'under_review', 'suspended'],
    allowed: ['office'],
  },
};

const STATUSES: ItemStatus[] = [
  'draft',
  'assigned',
  'in_progress',
  'awaiting_signoff',
  'under_review',
  'closed',
  'suspended',
  'cancelled',
];

function refusal(state: ItemState, command: ItemCommand, actor: Actor): DomainErrorCode | null {
  try {
    decide(state, command, actor, now);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('decide: every transition, per role', () => {
  for (const [name, rule] of Object.entries(rules)) {
    describe(name, () => {
      for (const status of STATUSES) {
        const state = anItemState({ status, ...rule.setup });
        for (const [who, actor] of Object.entries(actors)) {
          const allowedHere = rule.from.includes(status) && rule.allowed.includes(who as keyof typeof actors);
          it(`${allowedHere ? 'allows' : 'refuses'} ${who} in ${status}`, () => {
            const code = refusal(state, commands[name], actor);
            if (allowedHere) {
              expect(code).toBeNull();
              const { state: next, event } = decide(state, commands[name], actor, now);
              if (rule.to) expect(next.status).toBe(rule.to);
              expect(next.version).toBe(state.version + 1);
              expect(event).toMatchObject({
                actor: { userId: actor.userId, unitId: actor.unitId },
                fromStatus: status,
                toStatus: next.status,
                after: { status: next.status },
              });
            } else {
              // One order for every command: who may (403) before when (409).
              const mayGive = rule.allowed.includes(who as keyof typeof actors);
              expect(code).toBe(mayGive ? DomainErrorCode.InvalidState : DomainErrorCode.Forbidden);
            }
          });
        }
      }
    });
  }
});

describe('decide: the rules beyond state and role', () => {
  const inProgress = anItemState({ status: 'in_progress' });

  it('refuses closing without the unit head sign-off', () => {
    expect(
      refusal(anItemState({ status: 'under_review', signoff: null }), commands.review_approve, actors.office),
    ).toBe(DomainErrorCode.InvalidState);
  });

  it('requires a reason to return', () => {
    const state = anItemState({ status: 'awaiting_signoff' });
    expect(refusal(state, { type: 'signoff', decision: 'return' }, actors.leadHead)).toBe(DomainErrorCode.InvalidInput);
  });

  it('refuses an extension to a date not after the deadline as a rule violation', () => {
    const command: ItemCommand = {
      type: 'request_extension',
      extensionId: EXT_2,
      requestedDeadline: inProgress.deadline,
      reason: 'r',
    };
    expect(refusal(inProgress, command, actors.leadHandler)).toBe(DomainErrorCode.RuleViolation);
  });

  it('refuses a second pending extension and completion while one is pending', () => {
    const pending = anItemState({ status: 'in_progress', pendingExtension: extension });
    expect(refusal(pending, commands.request_extension, actors.leadHandler)).toBe(DomainErrorCode.InvalidState);
    expect(refusal(pending, commands.request_completion, actors.leadHandler)).toBe(DomainErrorCode.InvalidState);
  });

  it('lets only the lead unit report set the item progress', () => {
    expect(decide(inProgress, commands.report_progress, actors.coopHandler, now).state.progressPercent).toBe(0);
    expect(decide(inProgress, commands.report_progress, actors.leadHandler, now).state.progressPercent).toBe(30);
  });

  it('moves the due time by the time suspended on resume', () => {
    const since = new Date(now.getTime() - 3 * 3600_000).toISOString();
    const state = anItemState({ status: 'suspended', suspension: { from: 'awaiting_signoff', since } });
    const { state: next } = decide(state, commands.resume, actors.office, now);
    expect(next.status).toBe('awaiting_signoff');
    expect(new Date(next.dueAt).getTime() - new Date(state.dueAt).getTime()).toBe(3 * 3600_000);
  });

  it('moves the deadline to the end of the approved day in Shanghai and clears red', () => {
    const state = anItemState({
      status: 'in_progress',
      pendingExtension: extension,
      colour: 'red',
      escalationLevel: 1,
    });
    const { state: next } = decide(state, commands.decide_extension, actors.office, now);
    expect(next).toMatchObject({
      deadline: '2024-04-30',
      dueAt: '2024-04-30T16:00:00.000Z',
      colour: 'green',
      escalationLevel: 0,
    });
  });

  it('refuses a deadline on a day off as a rule violation when the policy asks for workdays', () => {
    const strict = defaultPolicy({ workdayDeadlinesOnly: true });
    // 31 March 2024 is a Sunday; 5 April a Friday of the Qingming holiday; Sunday 7 April was worked in lieu.
    expect(
      refusal(
        anItemState({ status: 'draft', deadline: '2024-03-31', policy: strict }),
        commands.publish,
        actors.office,
      ),
    ).toBe(DomainErrorCode.RuleViolation);
    expect(
      refusal(anItemState({ status: 'draft', deadline: '2024-03-31' }), commands.publish, actors.office),
    ).toBeNull();
    const running = anItemState({ status: 'in_progress', deadline: '2024-04-01', policy: strict });
    const extend = (requestedDeadline: string): ItemCommand => ({
      type: 'request_extension',
      extensionId: EXT_2,
      requestedDeadline,
      reason: 'r',
    });
    expect(refusal(running, extend('2024-04-05'), actors.leadHandler)).toBe(DomainErrorCode.RuleViolation);
    expect(refusal(running, extend('2024-04-07'), actors.leadHandler)).toBeNull();
  });

  it('refuses a migration to a policy with a broken rule, naming it', () => {
    const broken = defaultPolicy({ version: 2, rules: [{ ...defaultPolicy().rules[0], offset: { duration: 'P1M' } }] });
    const command: ItemCommand = { type: 'migrate_policy', policy: broken, calendar: packagedCalendar() };
    expect(() => decide(inProgress, command, actors.office, now)).toThrow(/rules\[0\]\.offset\.duration/);
  });
});

describe('decide: acting on someone’s authority (a delegated sign-off)', () => {
  const awaiting = () => anItemState({ status: 'awaiting_signoff' });
  const delegate: Actor = {
    ...actors.leadHandler,
    roles: ['handler', 'unit_head'],
    onBehalfOf: actors.leadHead.userId,
  };

  it('records who signed off and on whose behalf', () => {
    const { event, state } = decide(awaiting(), { type: 'signoff', decision: 'approve' }, delegate, now);
    expect(event.actor).toEqual({
      userId: actors.leadHandler.userId,
      unitId: actors.leadHandler.unitId,
      role: 'unit_head',
      onBehalfOf: actors.leadHead.userId,
    });
    expect(state.signoff?.by).toBe(actors.leadHandler.userId);
  });

  it('records a sign-off on its own authority as before, without the field', () => {
    const { event } = decide(awaiting(), { type: 'signoff', decision: 'approve' }, actors.leadHead, now);
    expect(event.actor).toEqual({ userId: actors.leadHead.userId, unitId: actors.leadHead.unitId, role: 'unit_head' });
  });

  it('still refuses a handler who holds no delegation', () => {
    expect(() => decide(awaiting(), { type: 'signoff', decision: 'approve' }, actors.leadHandler, now)).toThrow(
      DomainError,
    );
  });
});
