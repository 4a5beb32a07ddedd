import type { DataSource } from 'typeorm';
import { recordAuditAnchor } from '@duban/audit';
import type { AuditAnchorActivities } from '@duban/contracts';

/**
 * Writes the anchor through the database's audit_anchor(), and prints it as a JSON line too: a
 * log kept elsewhere is a second witness the database's superuser cannot reach.
 */
export function auditAnchorActivities(db: DataSource): AuditAnchorActivities {
  return {
    recordAuditAnchor: async () => {
      const anchor = await recordAuditAnchor(db);
      process.stdout.write(JSON.stringify({ level: 'info', time: anchor.at, msg: 'audit anchor', ...anchor }) + '\n');
      return anchor;
    },
  };
}
