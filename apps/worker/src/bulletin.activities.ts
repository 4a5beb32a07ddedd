import type { DataSource } from 'typeorm';
import { issueBulletin, type BulletinIssuerConfig } from '@duban/bulletin-record';
import type { BulletinActivities } from '@duban/contracts';

/** Makes the bulletin of a cut-off (or finds it made): a retry after a crash finds it and its notice recorded. */
export function bulletinActivities(
  db: DataSource,
  config: BulletinIssuerConfig,
): Pick<BulletinActivities, 'makeBulletin'> {
  return {
    makeBulletin: async ({ cutoff, madeBy }) => {
      const { bulletin, created, messageKey } = await issueBulletin(db, config, { cutoff: new Date(cutoff), madeBy });
      return { bulletinId: bulletin.id, cutoff: bulletin.cutoff.toISOString(), created, messageKey };
    },
  };
}
