import { ApplicationFailure, defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  UNAUTHENTICATED_INPUT,
  type BulletinActivities,
  type BulletinRequest,
  type MadeBulletin,
} from '@duban/contracts';

const { makeBulletin } = proxyActivities<BulletinActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});
// Delivery retries for as long as a channel is down, as the escalation chain's do.
const { deliverNotice } = proxyActivities<BulletinActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

/** Set by Temporal on a workflow a Schedule started: the instant the schedule fired for (not when it ran). */
const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

/**
 * Makes the bulletin of a cut-off and delivers its notice. Started by the weekly Schedule (the
 * scheduled instant is the cut-off, so a run caught up after an outage makes the bulletin it missed)
 * or by the API for a cut-off asked for.
 */
export async function bulletinWorkflow(request: BulletinRequest = {}): Promise<MadeBulletin> {
  const info = workflowInfo();
  const scheduled = info.typedSearchAttributes.get(SCHEDULED_START);
  // The API always names the cut-off (its input passes the payload codec); the Schedule names none and
  // sets the scheduled instant. Anything else was started around the API (an input the codec could not
  // authenticate arrives as { $unauthenticated }): it must not issue a bulletin or notify leadership.
  const fromApi = typeof request?.cutoff === 'string';
  if (!fromApi && !scheduled && patched('refuse-bulletin-started-around-the-api')) {
    throw ApplicationFailure.create({
      type: UNAUTHENTICATED_INPUT,
      message: 'the bulletin workflow was not started by the Duban API or its Schedule',
      nonRetryable: true,
    });
  }
  const cutoff = request.cutoff ?? (scheduled ?? info.startTime).toISOString();
  const made = await makeBulletin({ cutoff, madeBy: request.madeBy ?? null });
  await deliverNotice({ messageKey: made.messageKey });
  return made;
}
