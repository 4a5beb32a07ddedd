import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import type { BulletinRequest, MadeBulletin } from '@duban/contracts';
import { pythonTool } from '@duban/testing';
import { workflowBundlerOptions, workflowsPath } from '@duban/workflow-bundle';
import { bulletinWorkflow } from '../src';

// The bulletin workflow on the time-skipping test server, with recording activities. (That server
// does not run Schedules; the weekly Schedule itself fires on the dev server in bulletins.e2e-spec.ts.)
describe('the bulletin workflow (time-skipping test server)', () => {
  const TASK_QUEUE = 'bulletin-test';
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const made: { cutoff: string; madeBy: string | null }[] = [];
  const deliveries: { messageKey: string; at: number }[] = [];
  let failDeliveries = 0;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: pythonTool('temporal-test-server') } },
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowsPath,
      bundlerOptions: workflowBundlerOptions,
      activities: {
        makeBulletin: async (request: { cutoff: string; madeBy: string | null }): Promise<MadeBulletin> => {
          made.push(request);
          return {
            bulletinId: `b-${made.length}`,
            cutoff: request.cutoff,
            created: true,
            messageKey: `bulletin:b-${made.length}`,
          };
        },
        deliverNotice: async ({ messageKey }: { messageKey: string }) => {
          deliveries.push({ messageKey, at: await env.currentTimeMs() });
          if (failDeliveries-- > 0) throw ApplicationFailure.retryable('the mail server is away', 'DELIVERY_FAILED');
        },
      },
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  beforeEach(() => {
    made.length = 0;
    deliveries.length = 0;
    failDeliveries = 0;
  });

  it('refuses a start without a cut-off that no Schedule made (started around the API), and makes nothing', async () => {
    // The Schedule's own runs (TemporalScheduledStartTime set) are shown on the dev server in bulletins.e2e-spec.ts.
    for (const [workflowId, args] of [
      ['bulletin-no-cutoff', [{}]],
      ['bulletin-unauthenticated', [{ $unauthenticated: 'no key' }]],
    ] as const) {
      const run = env.client.workflow.execute(bulletinWorkflow, {
        taskQueue: TASK_QUEUE,
        workflowId,
        args: args as unknown as [BulletinRequest],
      });
      await expect(run).rejects.toMatchObject({ cause: { type: 'unauthenticated_input' } });
    }
    expect(made).toHaveLength(0);
    expect(deliveries).toHaveLength(0);
  });

  it('makes the bulletin of the cut-off asked for, for the user who asked', async () => {
    const result = await env.client.workflow.execute(bulletinWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: 'bulletin-asked',
      args: [{ cutoff: '2029-12-30T01:00:00.000Z', madeBy: 'user-office' }],
    });
    expect(made).toEqual([{ cutoff: '2029-12-30T01:00:00.000Z', madeBy: 'user-office' }]);
    expect(result.cutoff).toBe('2029-12-30T01:00:00.000Z');
  });

  it('keeps delivering while a channel is away, with growing pauses, and makes the bulletin only once', async () => {
    failDeliveries = 2;
    await env.client.workflow.execute(bulletinWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: 'bulletin-retried',
      args: [{ cutoff: '2030-01-07T01:00:00.000Z' }],
    });
    expect(made).toHaveLength(1);
    expect(deliveries).toHaveLength(3);
    const pauses = deliveries.slice(1).map((d, i) => d.at - deliveries[i].at);
    expect(pauses[0]).toBeGreaterThanOrEqual(10_000);
    expect(pauses[1]).toBeGreaterThanOrEqual(20_000);
  });
});
