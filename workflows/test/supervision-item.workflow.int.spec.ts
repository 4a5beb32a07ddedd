import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ITEM_TASK_QUEUE, itemCommandUpdate, itemStateQuery, itemWorkflowId } from '@duban/contracts';
import { isEventOf, type ItemCommand, type ItemState } from '@duban/domain';
import { actors, anItemState, retryDroppedUpdate } from '@duban/testing';
import { supervisionItemWorkflow } from '../src';
import { useTimeSkippingWorker } from './time-skipping-worker';

const DAY = 24 * 3600_000;
const { EventType } = temporal.api.enums.v1;

/** With RECORD_HISTORIES=1, keeps the run's history as a fixture for the replay test. */
async function recordHistory(name: string, handle: { fetchHistory(): Promise<unknown> }) {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = (await handle.fetchHistory()) as temporal.api.history.v1.IHistory;
  const json = temporal.api.history.v1.History.toObject(history as temporal.api.history.v1.History, {
    longs: String,
    enums: String,
    bytes: String,
  });
  writeFileSync(resolve(__dirname, 'histories', `${name}.json`), JSON.stringify(json, null, 1));
}

const refusalType = (update: Promise<unknown>) =>
  update.then(
    () => 'accepted',
    (error: WorkflowUpdateFailedError) => (error.cause as ApplicationFailure).type,
  );

describe('supervision item workflow (time-skipping test server)', () => {
  const recorded = useTimeSkippingWorker();
  const { projections } = recorded;
  let env: TestWorkflowEnvironment;
  beforeAll(() => (env = recorded.env));

  async function startItem(state: Partial<ItemState> = {}, extra: { maxHistoryEvents?: number } = {}) {
    const item = anItemState({ ...state });
    const handle = await env.client.workflow.start(supervisionItemWorkflow, {
      taskQueue: ITEM_TASK_QUEUE,
      workflowId: itemWorkflowId(item.itemId),
      args: [{ state: item, upsertSearchAttributes: false, ...extra }],
    });
    // Commands go to the workflow, not to this run: a run may continue as new in between.
    const latest = env.client.workflow.getHandle(itemWorkflowId(item.itemId));
    const send = (actor: (typeof actors)[keyof typeof actors], command: ItemCommand) =>
      retryDroppedUpdate(() => latest.executeUpdate(itemCommandUpdate, { args: [{ actor, command }] }));
    return { item, handle, send };
  }

  it('turns the item red at the deadline and climbs to level 3, 40 simulated days on', async () => {
    const now = await env.currentTimeMs();
    const deadline = new Date(now + 20 * DAY).toISOString().slice(0, 10);
    const { handle, send, item } = await startItem({ deadline });
    await send(actors.office, { type: 'publish' });
    await send(actors.leadHandler, { type: 'acknowledge' });
    expect((await handle.query(itemStateQuery)).colour).toBe('green');

    await env.sleep(40 * DAY);

    const state = await handle.query(itemStateQuery);
    expect(state).toMatchObject({ status: 'in_progress', colour: 'red', escalationLevel: 3 });
    const overdue = projections
      .filter((p) => p.state.itemId === item.itemId)
      .map((p) => p.event)
      .filter((e) => isEventOf(e, 'escalated'));
    expect(overdue.map((e) => e.data.ruleKey)).toEqual([
      'after_deadline:0wd',
      'after_deadline:3wd',
      'after_deadline:10wd',
    ]);
    expect(overdue[0].data.plannedAt).toBe(item.dueAt);
    await recordHistory('deadline-passed', handle);
  });

  it('refuses a sign-off from a cooperating unit and leaves no trace in the history', async () => {
    const { handle, send } = await startItem({ deadline: '2099-12-31' }); // nothing on the ladder is due meanwhile
    await send(actors.office, { type: 'publish' });
    await send(actors.leadHandler, { type: 'acknowledge' });
    await send(actors.leadHandler, { type: 'request_completion', summary: 'done' });
    const before = (await handle.fetchHistory()).events!.length;

    const refusal = send(actors.coopHead, { type: 'signoff', decision: 'approve' });
    await expect(refusal).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect(await refusalType(refusal)).toBe('FORBIDDEN');
    expect(await refusalType(send(actors.office, { type: 'publish' }))).toBe('INVALID_STATE');

    // This server records a workflow task for each refusal (it has no speculative tasks); the real
    // dev server records nothing at all, which the API e2e test asserts. Nothing else may appear.
    const added = (await handle.fetchHistory()).events!.slice(before).map((e) => EventType[e.eventType!]);
    expect(added.filter((type) => !type.startsWith('EVENT_TYPE_WORKFLOW_TASK_'))).toEqual([]);
    expect((await handle.query(itemStateQuery)).status).toBe('awaiting_signoff');
  });

  /** A date this many days after the test server's now. */
  const daysAhead = async (days: number) =>
    new Date((await env.currentTimeMs()) + days * DAY).toISOString().slice(0, 10);

  it('runs a whole lifecycle to closed and rated (recorded for the replay test)', async () => {
    const extended = await daysAhead(90);
    const { handle, send } = await startItem({ deadline: await daysAhead(30) }, {});
    await send(actors.office, { type: 'publish' });
    await send(actors.leadHandler, { type: 'acknowledge' });
    await send(actors.leadHandler, {
      type: 'report_progress',
      reportId: '30000000-0000-4000-8000-000000000001',
      text: 'half',
      percent: 50,
    });
    await send(actors.leadHandler, {
      type: 'request_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      requestedDeadline: extended,
      reason: 'r',
    });
    await send(actors.office, {
      type: 'decide_extension',
      extensionId: '40000000-0000-4000-8000-000000000001',
      decision: 'approve',
    });
    await send(actors.office, { type: 'suspend', reason: 'waiting' });
    await env.sleep(3 * DAY);
    await send(actors.office, { type: 'resume' });
    await send(actors.leadHandler, { type: 'request_completion', summary: 'done' });
    await send(actors.leadHead, { type: 'signoff', decision: 'approve' });
    await send(actors.office, { type: 'review', decision: 'approve' });
    await send(actors.office, { type: 'rate', grade: 'good' });
    const final = await handle.result();
    expect(final).toMatchObject({ status: 'closed', deadline: extended, rating: { grade: 'good' } });
    await recordHistory('lifecycle-closed', handle);
  });

  it('continues as new before the history grows large and keeps the state', async () => {
    const { handle, send, item } = await startItem({ deadline: await daysAhead(60) }, { maxHistoryEvents: 40 });
    const firstRun = (await handle.describe()).runId;
    await send(actors.office, { type: 'publish' });
    await send(actors.leadHandler, { type: 'acknowledge' });
    for (let percent = 5; percent <= 60; percent += 5) {
      await send(actors.leadHandler, { type: 'report_progress', reportId: randomUUID(), text: `${percent}%`, percent });
    }
    const latest = env.client.workflow.getHandle(itemWorkflowId(item.itemId));
    expect((await latest.describe()).runId).not.toBe(firstRun);
    expect(await latest.query(itemStateQuery)).toMatchObject({ status: 'in_progress', progressPercent: 60 });
    await recordHistory('continued-as-new', handle);
  });
});
