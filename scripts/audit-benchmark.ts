// How fast the audit trail is verified: fills a throwaway database with entries (a quarter of them
// sealing timeline events), then times verifyAuditTrail and prints rows per second.
// Usage: npm run audit:benchmark [-- entries]   (default 200000; TEST_DATABASE_URL or the local Postgres)
import { DataSource } from 'typeorm';
import { verifyAuditTrail } from '@duban/audit';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';

async function main(entries: number) {
  const database = await createTestDatabase('duban_audit_bench');
  const db = new DataSource(dataSourceOptions(database.url));
  try {
    await db.initialize();
    await db.runMigrations();
    const events = Math.floor(entries / 4);
    let started = Date.now();
    // Written the ordinary way: every row through the chain trigger, in batches of 10,000.
    for (let done = 0; done < entries - events; done += 10_000) {
      const n = Math.min(10_000, entries - events - done);
      await db.query(
        `INSERT INTO audit_entries (actor_username, action, object_type, object_id, result, status, client_address, request_id, details)
         SELECT 'office', 'item.signoff', 'item', gen_random_uuid()::text, 'ok', 200, '10.0.0.7', gen_random_uuid()::text,
                jsonb_build_object('body', jsonb_build_object('decision', 'approve', 'comment', '同意，报督查室审核'))
           FROM generate_series(1, $1)`,
        [n],
      );
    }
    for (let done = 0; done < events; done += 10_000) {
      await db.query(
        `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, comment, data)
         SELECT gen_random_uuid(), 1, 'escalated', now(), 'in_progress', 'in_progress', '逾期升级', '{"level": 1}'
           FROM generate_series(1, $1)`,
        [Math.min(10_000, events - done)],
      );
    }
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_entries`);
    console.log(
      `wrote ${count} entries (${events} sealing timeline events) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await db.query('ANALYZE');
    started = Date.now();
    const report = await verifyAuditTrail(db);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `verified ${report.entries} entries and ${report.timelineEvents} timeline events in ${seconds.toFixed(2)} s: ` +
        `${Math.round(report.entries / seconds)} entries/s (ok: ${report.ok})`,
    );
  } finally {
    await db.destroy().catch(() => undefined);
    await database.drop();
  }
}

main(Number(process.argv[2] ?? 200_000)).catch((error) => {
  console.error(error);
  process.exit(1);
});
