import { actors, anItemState } from '@duban/testing';
import { admissionRefusal } from './command-admission';
import { DomainErrorCode } from './domain-error';
import { decide, type ItemCommand } from './item-commands';
import type { ItemState } from './item-state';
import type { Actor } from './roles';

const now = new Date('2024-03-01T02:00:00Z'); // 10:00 in Shanghai
const inProgress = anItemState({ status: 'in_progress', deadline: '2024-03-29', publishedAt: '2024-02-01T02:00:00Z' });
const codeOf = (command: ItemCommand, actor: Actor = actors.leadHandler, state: ItemState = inProgress) =>
  admissionRefusal(state, command, actor, now)?.code ?? null;
const report = (text: string): ItemCommand => ({
  type: 'report_progress',
  reportId: '30000000-0000-4000-8000-000000000001',
  text,
  percent: 10,
});

describe('admission: what the workflow accepts, the projection can store', () => {
  it.each([
    ['a NUL byte', 'a\u0000b'],
    ['an escape character', 'a\u001bb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone surrogate', 'a\ud800b'],
  ])('refuses a text holding %s, naming the field', (_, text) => {
    const refusal = admissionRefusal(inProgress, report(text), actors.leadHandler, now);
    expect(refusal?.code).toBe(DomainErrorCode.InvalidInput);
    expect(refusal?.message).toMatch(/^text /);
  });

  it('keeps tabs, line breaks and every script', () => {
    expect(codeOf(report('第一行\n第二行\t✓ 😀'))).toBeNull();
  });

  it('refuses a text over its limit', () => {
    expect(codeOf(report('字'.repeat(5001)))).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf(report('字'.repeat(5000)))).toBeNull();
  });

  it('refuses a reassignment to an id that is no uuid and an actor that is malformed', () => {
    const reassign: ItemCommand = { type: 'reassign', leadUnitId: 'x', cooperatingUnitIds: [], reason: 'r' };
    expect(codeOf(reassign, actors.office)).toBe(DomainErrorCode.InvalidInput);
    const forged = { userId: 'nobody', unitId: actors.office.unitId, roles: ['office' as const] };
    expect(codeOf({ type: 'suspend', reason: 'r' }, forged)).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf({ type: 'suspend', reason: 'r' }, { ...actors.office, roles: ['root' as never] })).toBe(
      DomainErrorCode.InvalidInput,
    );
  });

  it('refuses dates outside the plan years and deadlines that have passed', () => {
    const extend = (requestedDeadline: string): ItemCommand => ({
      type: 'request_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      requestedDeadline,
      reason: '等待审批',
    });
    expect(codeOf(extend('9999-12-31'))).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf(extend('+010000-01-01'))).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf(extend('2024-02-29'))).toBe(DomainErrorCode.RuleViolation);
    expect(codeOf(extend('2024-03-01'))).toBeNull(); // today: due at its end
    const change = (deadline: string): ItemCommand => ({ type: 'change_deadline', deadline, reason: '会议调整' });
    expect(codeOf(change('2024-02-01'), actors.office)).toBe(DomainErrorCode.RuleViolation);
    expect(codeOf(change('2099-12-31'), actors.office)).toBeNull();
  });

  it('refuses milestone values that are not finite or absurdly large', () => {
    const values = (value: number): ItemCommand => ({
      ...(report('进展') as Extract<ItemCommand, { type: 'report_progress' }>),
      milestoneValues: [{ milestoneId: '50000000-0000-4000-8000-000000000001', value }],
    });
    expect(codeOf(values(Number.NaN))).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf(values(1e300))).toBe(DomainErrorCode.InvalidInput);
    expect(codeOf(values(42.5))).toBeNull();
  });

  it('refuses to approve an extension whose requested day has passed meanwhile', () => {
    const pending = anItemState({
      status: 'in_progress',
      deadline: '2024-02-20',
      pendingExtension: {
        id: '40000000-0000-4000-8000-000000000001',
        requestedDeadline: '2024-02-28',
        reason: 'r',
        requestedBy: actors.leadHandler.userId,
        requestedAt: '2024-02-10T02:00:00Z',
      },
    });
    const decision = (d: 'approve' | 'reject'): ItemCommand => ({
      type: 'decide_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      decision: d,
    });
    expect(codeOf(decision('approve'), actors.office, pending)).toBe(DomainErrorCode.RuleViolation);
    expect(codeOf(decision('reject'), actors.office, pending)).toBeNull();
  });
});

describe('publishing an item whose deadline has passed', () => {
  const pastDraft = anItemState({ status: 'draft', deadline: '2024-02-01' });

  it('is refused unless the office records it after the fact (allowPast)', () => {
    expect(() => decide(pastDraft, { type: 'publish' }, actors.office, now)).toThrow(/allowPast/);
    expect(codeOf({ type: 'publish' }, actors.office, pastDraft)).toBe(DomainErrorCode.RuleViolation);
  });

  it('with allowPast stands at the level reached, every passed rule counted as fired without a notice', () => {
    const { state, event } = decide(pastDraft, { type: 'publish', allowPast: true }, actors.office, now);
    // 1 February 2024 + 10 workdays (Spring Festival in between) has passed by 1 March: level 3.
    expect(state).toMatchObject({ status: 'assigned', colour: 'red', escalationLevel: 3 });
    expect(event.type === 'published' && event.data.backfilled).toEqual([
      'after_deadline:0wd@deadline:2024-02-01',
      'after_deadline:3wd@deadline:2024-02-01',
      'after_deadline:10wd@deadline:2024-02-01',
    ]);
  });

  it('is not re-judged when an older history replays (admitted)', () => {
    const { state } = decide(pastDraft, { type: 'publish' }, actors.office, now, { admitted: true });
    expect(state).toMatchObject({ status: 'assigned', escalationLevel: 0 });
  });
});
