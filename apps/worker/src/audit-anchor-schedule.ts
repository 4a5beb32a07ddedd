import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { AUDIT_ANCHOR_SCHEDULE_ID, AUDIT_ANCHOR_WORKFLOW, ITEM_TASK_QUEUE } from '@duban/contracts';

/**
 * The daily anchor is a Temporal Schedule: durable on the server, caught up (once) after an
 * outage, and started by whichever worker comes up first; an existing schedule is left alone.
 */
export async function ensureAuditAnchorSchedule(connection: NativeConnection, namespace: string): Promise<void> {
  const client = new Client({ connection, namespace });
  try {
    await client.schedule.create({
      scheduleId: AUDIT_ANCHOR_SCHEDULE_ID,
      spec: { calendars: [{ hour: 0, minute: 5 }], timezone: 'Asia/Shanghai' },
      action: {
        type: 'startWorkflow',
        workflowType: AUDIT_ANCHOR_WORKFLOW,
        taskQueue: ITEM_TASK_QUEUE,
        workflowId: `${AUDIT_ANCHOR_SCHEDULE_ID}-run`,
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
}
