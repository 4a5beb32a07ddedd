import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { BULLETIN_SCHEDULE_ID, BULLETIN_TIMEZONE, BULLETIN_WORKFLOW, ITEM_TASK_QUEUE } from '@duban/contracts';

/** The weekly bulletin's Schedule as the configuration asks for it. */
export function bulletinSchedule(cron: string): ScheduleOptions {
  return {
    scheduleId: BULLETIN_SCHEDULE_ID,
    spec: { cronExpressions: [cron], timezone: BULLETIN_TIMEZONE },
    action: {
      type: 'startWorkflow',
      workflowType: BULLETIN_WORKFLOW,
      taskQueue: ITEM_TASK_QUEUE,
      workflowId: `${BULLETIN_SCHEDULE_ID}-run`,
      // No input: the schedule's client has no payload codec, and the scheduled instant is the cut-off.
    },
    // A week missed while Temporal was away is made when it is back, for its own cut-off.
    policies: { overlap: ScheduleOverlapPolicy.BUFFER_ALL, catchupWindow: '7 days' },
  };
}

/**
 * Creates the weekly Schedule, or brings an existing one to the configured cron line: whichever
 * worker starts first makes it, and a changed BULLETIN_SCHEDULE takes effect at the next start.
 */
export async function ensureBulletinSchedule(
  connection: NativeConnection | Client['connection'],
  namespace: string,
  cron: string,
): Promise<void> {
  const client = new Client({ connection: connection as Client['connection'], namespace });
  const wanted = bulletinSchedule(cron);
  try {
    await client.schedule.create(wanted);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    // The spec comes back as calendars, not as the cron line: setting it again is harmless.
    await client.schedule.getHandle(BULLETIN_SCHEDULE_ID).update((previous) => ({ ...previous, spec: wanted.spec }));
  }
}
