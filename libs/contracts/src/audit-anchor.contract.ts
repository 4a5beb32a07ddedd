/** The daily anchor of the audit chain's head: a Temporal Schedule the worker keeps, starting this workflow. */
export const AUDIT_ANCHOR_SCHEDULE_ID = 'duban-audit-anchor';
export const AUDIT_ANCHOR_WORKFLOW = 'auditAnchorWorkflow';

export interface AuditAnchorRecord {
  id: string;
  at: string;
  seq: number;
  hash: string;
}

/** The activity behind it, implemented by the worker. */
export interface AuditAnchorActivities {
  recordAuditAnchor(): Promise<AuditAnchorRecord>;
}
