import { proxyActivities } from '@temporalio/workflow';
import type { AuditAnchorActivities, AuditAnchorRecord } from '@duban/contracts';

const { recordAuditAnchor } = proxyActivities<AuditAnchorActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** Writes the audit chain's head as the day's anchor; started each day by the worker's Schedule. */
export async function auditAnchorWorkflow(): Promise<AuditAnchorRecord> {
  return await recordAuditAnchor();
}
