import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { ITEM_TASK_QUEUE, itemCommandUpdate, itemStateQuery, itemWorkflowId } from '@duban/contracts';
import { isEventOf, type CalendarYear, type ItemCommand } from '@duban/domain';
import { actors, anItemState } from '@duban/testing';
import { supervisionItemWorkflow } from '../src';
import { useTimeSkippingWorker } from './time-skipping-worker';

/**
 * A year as the office would load it (the packages have no 2030 yet): Spring Festival from
 * Saturday 2 February to Sunday 10 February, worked in lieu on Saturdays 26 January and 16 February.
 * The test server's clock only moves forward, so the walk happens in a year still ahead.
 */
const OFFICE_2030: CalendarYear = {
  year: 2030,
  source: 'office',
  holidays: [
    '2030-01-01',
    '2030-02-02',
    '2030-02-03',
    '2030-02-04',
    '2030-02-05',
    '2030-02-06',
    '2030-02-07',
    '2030-02-08',
    '2030-02-09',
    '2030-02-10',
  ],
  adjustedWorkdays: ['2030-01-26', '2030-02-16'],
};

const HOUR = 3600_000;

describe('the escalation ladder in the item workflow (time-skipping test server)', () => {
  const recorded = useTimeSkippingWorker();
  const { projections, delivered } = recorded;
  let env: TestWorkflowEnvironment;
  beforeAll(() => (env = recorded.env));

  const sleepUntil = async (iso: string) => env.sleep(Date.parse(iso) - (await env.currentTimeMs()));

  it('walks the default ladder across Spring Festival with an extension and a suspension, each firing at its exact instant', async () => {
    await sleepUntil('2030-01-14T01:00:00Z'); // Monday 09:00 in Shanghai
    const item = anItemState({
      deadline: '2030-01-25',
      reportingCadence: { kind: 'workdays', every: 5 },
      calendar: { revision: 7, years: [OFFICE_2030] },
    });
    const handle = await env.client.workflow.start(supervisionItemWorkflow, {
      taskQueue: ITEM_TASK_QUEUE,
      workflowId: itemWorkflowId(item.itemId),
      args: [{ state: item, upsertSearchAttributes: false }],
    });
    const send = (actor: (typeof actors)[keyof typeof actors], command: ItemCommand) =>
      handle.executeUpdate(itemCommandUpdate, { args: [{ actor, command }] });

    await send(actors.office, { type: 'publish' });
    await send(actors.leadHandler, { type: 'acknowledge' });
    await sleepUntil('2030-01-22T02:00:00Z');
    await send(actors.leadHandler, {
      type: 'request_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      requestedDeadline: '2030-02-15',
      reason: '等待省级批复',
    });
    await sleepUntil('2030-01-23T02:00:00Z');
    await send(actors.office, {
      type: 'decide_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      decision: 'approve',
    });
    await sleepUntil('2030-01-28T02:00:00Z');
    await send(actors.leadHandler, {
      type: 'report_progress',
      reportId: '30000000-0000-4000-8000-000000000003',
      text: '完成一半',
      percent: 50,
    });
    await sleepUntil('2030-02-04T02:00:00Z');
    await send(actors.office, { type: 'suspend', reason: '等待外部审批' });
    await sleepUntil('2030-02-06T02:00:00Z');
    await send(actors.office, { type: 'resume' });
    await sleepUntil('2030-03-05T00:00:00Z');

    expect(await handle.query(itemStateQuery)).toMatchObject({
      status: 'in_progress',
      colour: 'red',
      escalationLevel: 3,
      deadline: '2030-02-15',
    });

    const mine = projections.filter((p) => p.state.itemId === item.itemId);
    const eventAt = (type: string) => Date.parse(mine.find((p) => p.event.type === type)!.event.at);
    const stoodStill = eventAt('resumed') - eventAt('suspended');
    expect(Math.abs(stoodStill - 48 * HOUR)).toBeLessThan(1000);
    const shifted = (iso: string) => new Date(Date.parse(iso) + stoodStill).toISOString();

    const firings = mine
      .map((p) => p.event)
      .filter((e) => isEventOf(e, 'warned', 'escalated', 'report_reminded'))
      .filter((e) => e.data.trigger !== 'risk')
      .map((e) => ({ rule: e.data.ruleKey, occurrence: e.data.occurrence, plannedAt: e.data.plannedAt, at: e.at }));
    // Offsets count workdays of the office's calendar and land when the workday ends (24:00 Shanghai = 16:00Z).
    expect(firings.map(({ rule, occurrence, plannedAt }) => [rule, occurrence, plannedAt])).toEqual([
      // Deadline 25 Jan: five workdays left once Friday 18 Jan ends.
      ['before_deadline:5wd', 'deadline:2030-01-25', '2030-01-18T16:00:00.000Z'],
      // Report due five workdays after the acknowledgement (end of 21 Jan); 催报 two workdays later.
      ['missed_report:2wd', 'report:2030-01-21T16:00:00.000Z', '2030-01-23T16:00:00.000Z'],
      // Five workdays late, counting the adjusted Saturday 26 Jan: orange, to the unit head.
      ['missed_report:5wd', 'report:2030-01-21T16:00:00.000Z', '2030-01-26T16:00:00.000Z'],
      // Extended to 15 Feb: five workdays before it reach back across Spring Festival to Friday 1 Feb.
      ['before_deadline:5wd', 'deadline:2030-02-15', '2030-02-01T16:00:00.000Z'],
      // After the suspension every pending timer has moved on by the time it stood still.
      ['before_deadline:2wd', 'deadline:2030-02-15', shifted('2030-02-13T16:00:00.000Z')],
      // The report of 28 Jan reset the cadence: due after 29, 30, 31 Jan, 1 Feb and 11 Feb.
      ['missed_report:2wd', 'report:2030-02-11T16:00:00.000Z', shifted('2030-02-13T16:00:00.000Z')],
      ['after_deadline:0wd', 'deadline:2030-02-15', shifted('2030-02-15T16:00:00.000Z')],
      ['missed_report:5wd', 'report:2030-02-11T16:00:00.000Z', shifted('2030-02-16T16:00:00.000Z')],
      // Three workdays late: Saturday 16 (worked in lieu), Monday 18, Tuesday 19 Feb.
      ['after_deadline:3wd', 'deadline:2030-02-15', shifted('2030-02-19T16:00:00.000Z')],
      ['after_deadline:10wd', 'deadline:2030-02-15', shifted('2030-02-28T16:00:00.000Z')],
    ]);
    // Durable timers fire on time: within a minute of the planned instant, never before it.
    for (const { plannedAt, at } of firings) {
      expect(Date.parse(at) - Date.parse(plannedAt)).toBeGreaterThanOrEqual(0);
      expect(Date.parse(at) - Date.parse(plannedAt)).toBeLessThan(60_000);
    }

    // Overdue risk: no progress with time passing, then a pending extension, found when it was requested.
    const findings = mine
      .map((p) => p.event)
      .filter((e) => isEventOf(e, 'risk_found'))
      .map((e) => ({ at: e.at, risk: e.data.risk }));
    expect(findings[0].risk).toEqual(['progress_trails']);
    expect(findings).toContainEqual({
      at: new Date(eventAt('extension_requested')).toISOString(),
      risk: ['progress_trails', 'extension_pending'],
    });
    // The report of 28 Jan (50%, half the workdays gone) cleared it.
    expect(mine.find((p) => p.event.type === 'risk_cleared')?.event.at).toBe(
      new Date(eventAt('progress_reported')).toISOString(),
    );

    // Every firing was handed to delivery once, under its own key.
    const keys = mine.filter((p) => p.notice).map((p) => p.notice!.messageKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(delivered.filter((k) => k.startsWith(item.itemId)).sort()).toEqual([...keys].sort());
    await handle.terminate('test over');
  });
});
