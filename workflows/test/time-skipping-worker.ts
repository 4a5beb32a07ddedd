import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ITEM_TASK_QUEUE, type ItemProjection } from '@duban/contracts';
import { workflowBundlerOptions, workflowsPath } from '@duban/workflow-bundle';
import { pythonTool } from '@duban/testing';

/** What the workflow handed to its activities, for the test to read. */
export interface Recorded {
  env: TestWorkflowEnvironment;
  projections: ItemProjection[];
  delivered: string[];
}

/**
 * The time-skipping test server and a worker for one spec file. Unit-level: the activities are
 * recorders; the e2e tests run the real ones against Postgres.
 */
export function useTimeSkippingWorker(): Recorded {
  const recorded = { projections: [], delivered: [] } as unknown as Recorded;
  let worker: Worker;
  let running: Promise<void>;
  beforeAll(async () => {
    recorded.env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: pythonTool('temporal-test-server') } },
    });
    worker = await Worker.create({
      connection: recorded.env.nativeConnection,
      taskQueue: ITEM_TASK_QUEUE,
      workflowsPath,
      bundlerOptions: workflowBundlerOptions,
      activities: {
        projectItem: async (p: ItemProjection) => void recorded.projections.push(p),
        deliverNotice: async ({ messageKey }: { messageKey: string }) => void recorded.delivered.push(messageKey),
      },
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await recorded.env?.teardown();
  });
  return recorded;
}
