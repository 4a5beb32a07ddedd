// The audit trail from the command line, against DATABASE_URL (docs/security.md):
//   npm run audit:verify   walks the chain, the anchors and the timeline; exits 1 naming what is wrong
//   npm run audit:anchor   writes an anchor of the chain's head now (the worker's schedule does it daily)
import { DataSource } from 'typeorm';
import { recordAuditAnchor, verifyAuditTrail } from '@duban/audit';
import { dataSourceOptions } from '@duban/persistence';

async function main(command: string | undefined): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to the database to check');
  if (command !== 'verify' && command !== 'anchor') throw new Error('usage: audit.ts verify | anchor');
  const db = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
  await db.initialize();
  try {
    if (command === 'anchor') {
      const anchor = await recordAuditAnchor(db);
      console.log(`anchor ${anchor.id}: entry ${anchor.seq}, hash ${anchor.hash}, at ${anchor.at}`);
      return 0;
    }
    const report = await verifyAuditTrail(db);
    console.log(
      `${report.entries} entries, ${report.anchors} anchors, ${report.timelineEvents} timeline events checked in ${report.durationMs} ms` +
        (report.head ? `; head: entry ${report.head.seq}, hash ${report.head.hash}` : ''),
    );
    if (report.ok) {
      console.log('the audit trail is whole');
      return 0;
    }
    for (const problem of report.problems) console.log(`PROBLEM ${problem.kind}: ${problem.message}`);
    if (report.problemsLeftOff) console.log(`... and ${report.problemsLeftOff} more`);
    return 1;
  } finally {
    await db.destroy();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
