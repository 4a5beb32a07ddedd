import type { Client, WorkflowHandle } from '@temporalio/client';
import { ITEM_TASK_QUEUE, ITEM_WORKFLOW_TYPE, type ItemWorkflowInput } from '@duban/contracts';
import { invalidState } from '@duban/domain';
import { UnauthenticatedPayloadError } from '@duban/payload-codec';

// The memo marks the runs the API starts; like every payload it is encrypted and bound to the workflow id.
const STARTED_BY_API = 'duban-api';

/**
 * Starts the item's workflow, or joins the run that an earlier publish of the same draft started
 * (USE_EXISTING). A run someone started straight on Temporal holds the id without the API's mark:
 * it is terminated and the API's own run started, so a forged start cannot block the real publish.
 */
export async function startItemWorkflow(client: Client, workflowId: string, input: ItemWorkflowInput): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const handle = await client.workflow.start(ITEM_WORKFLOW_TYPE, {
      taskQueue: ITEM_TASK_QUEUE,
      workflowId,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      memo: { startedBy: STARTED_BY_API },
    });
    if (await startedByApi(handle)) return;
    await handle.terminate('not started by the Duban API').catch(() => undefined); // it may have ended by itself
  }
  throw invalidState(`the workflow ${workflowId} keeps being started outside the API`);
}

async function startedByApi(handle: WorkflowHandle): Promise<boolean> {
  try {
    const { memo } = await handle.describe();
    return memo?.startedBy === STARTED_BY_API;
  } catch (error) {
    if (error instanceof UnauthenticatedPayloadError) return false; // a memo the codec refuses
    throw error;
  }
}
