import { WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ITEM_TASK_QUEUE, itemCommandUpdate, itemStateQuery, itemWorkflowId } from '@duban/contracts';
import { actors, anItemState } from '@duban/testing';
import { supervisionItemWorkflow } from '../src';
import { useTimeSkippingWorker } from './time-skipping-worker';

const failureType = (error: unknown) => ((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type;

// What the worker's payload codec hands the workflow for a payload it cannot authenticate
// (the codec and its real-server tests are in libs/payload-codec and apps/e2e).
const sentinel = { $unauthenticated: 'not encrypted' };

describe('requests the API did not send (time-skipping test server)', () => {
  const recorded = useTimeSkippingWorker();

  const start = (input: unknown) =>
    recorded.env.client.workflow.start(supervisionItemWorkflow, {
      taskQueue: ITEM_TASK_QUEUE,
      workflowId: itemWorkflowId(anItemState().itemId),
      args: [input as never],
    });

  it('refuses an Update that is no well-formed request, or names another update id, and takes the next one', async () => {
    const handle = await start({ state: anItemState({ deadline: '2099-12-31' }), upsertSearchAttributes: false });
    const refusals = await Promise.all(
      [sentinel, { actor: actors.office }, { actor: { userId: 1 }, command: { type: 'publish' } }, undefined].map(
        (arg) =>
          handle.executeUpdate(itemCommandUpdate, { args: [arg as never] }).then(
            () => 'accepted',
            (error) => failureType(error),
          ),
      ),
    );
    expect(refusals).toEqual(Array(4).fill('unauthenticated_request'));
    const copied = handle.executeUpdate(itemCommandUpdate, {
      args: [{ actor: actors.office, command: { type: 'publish' }, updateId: 'the-original' }],
      updateId: 'a-copy',
    });
    await expect(copied).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect(await copied.catch(failureType)).toBe('unauthenticated_request');

    const result = await handle.executeUpdate(itemCommandUpdate, {
      args: [{ actor: actors.office, command: { type: 'publish' }, updateId: 'publish-1' }],
      updateId: 'publish-1',
    });
    expect(result).toMatchObject({ status: 'assigned' });
    expect((await handle.query(itemStateQuery)).status).toBe('assigned');
  });

  it('fails at once when started with an input the API did not send', async () => {
    const handle = await start(sentinel);
    const failure = await handle.result().catch((error: WorkflowFailedError) => error.cause as ApplicationFailure);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).type).toBe('unauthenticated_input');
  });
});
