// How fast the board answers with 100,000 items: fills a throwaway database (the projection and a
// timeline of about three events per item, written through the audit chain's trigger as the worker
// writes them), then times GET /api/dashboard's query (DashboardService.figures) unfiltered and
// filtered, and prints p50 and p95.
// Usage: npm run dashboard:benchmark [-- items [runs]]   (default 100000 items, 20 runs per filter)
import { DataSource } from 'typeorm';
import { DashboardService } from '../apps/api/src/dashboard/dashboard.service';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';

const UNITS = 40;
const BATCH = 10_000;
// As of Tuesday 15 October 2024 noon in Shanghai: deadlines spread over the year, some past.
const NOW = new Date('2024-10-15T12:00:00+08:00');

async function seed(db: DataSource, items: number): Promise<void> {
  await db.query(`INSERT INTO units (name) SELECT '单位' || g FROM generate_series(1, ${UNITS}) g`);
  const [unit] = await db.query(`SELECT id FROM units LIMIT 1`);
  const [{ id: office }] = await db.query(
    `INSERT INTO users (username, display_name, password_hash, unit_id, roles) VALUES ('office', '督查室', 'x', $1, '{office}') RETURNING id`,
    [unit.id],
  );
  const leaders: string[] = [];
  for (let i = 0; i < 5; i++)
    leaders.push(
      (
        await db.query(
          `INSERT INTO users (username, display_name, password_hash, unit_id, roles) VALUES ($1, $1, 'x', $2, '{leader}') RETURNING id`,
          [`leader${i}`, unit.id],
        )
      )[0].id,
    );
  for (let from = 0; from < items; from += BATCH) {
    const n = Math.min(BATCH, items - from);
    // status by g % 20: 0-9 in progress, 10-11 assigned, 12 suspended, 13 cancelled, 14-19 closed (a third late).
    await db.query(
      `WITH u AS (SELECT array_agg(id ORDER BY name) AS ids FROM units),
            g AS (SELECT g, (DATE '2024-01-15' + (g * 7919 % 330)) AS deadline FROM generate_series($1::int, $1::int + $2::int - 1) g)
       INSERT INTO items (title, category, lead_unit_id, supervising_leader_id, deadline, due_at, status, colour,
                          workflow_id, signed_off_at, closed_at, created_by)
       SELECT '事项' || g, (ARRAY['重点工作','民生实事','重大项目','领导批示','会议议定事项','安全隐患整改'])[1 + g % 6],
              u.ids[1 + g % ${UNITS}], ($3::uuid[])[1 + g % 5], deadline,
              ((deadline + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'),
              CASE WHEN g % 20 < 10 THEN 'in_progress' WHEN g % 20 < 12 THEN 'assigned' WHEN g % 20 = 12 THEN 'suspended'
                   WHEN g % 20 = 13 THEN 'cancelled' ELSE 'closed' END,
              (ARRAY['green','green','yellow','orange','red'])[1 + g % 5],
              'supervision-item-bench-' || g,
              CASE WHEN g % 20 >= 14 THEN ((deadline + (g % 3) * 5 - 4)::timestamp AT TIME ZONE 'Asia/Shanghai') END,
              CASE WHEN g % 20 >= 14 THEN ((deadline + (g % 3) * 5 - 4)::timestamp AT TIME ZONE 'Asia/Shanghai') END,
              $4
         FROM g, u`,
      [from, n, leaders, office],
    );
  }
  // The timeline: published and acknowledged for each; a missed report for every 10th; an escalation
  // for every 20th; the closing of the closed ones.
  const kinds: [string, string, string][] = [
    ['published', `i.due_at - interval '90 days'`, `'draft', 'assigned'`],
    ['acknowledged', `i.due_at - interval '89 days'`, `'assigned', 'in_progress'`],
  ];
  for (const [type, at, statuses] of kinds)
    await db.query(
      `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, data)
       SELECT i.id, ${type === 'published' ? 1 : 2}, '${type}', ${at}, ${statuses}, '{}' FROM items i`,
    );
  await db.query(
    `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, data, after)
     SELECT i.id, 3, 'report_reminded', i.due_at - interval '30 days', 'in_progress', 'in_progress',
            jsonb_build_object('trigger', 'missed_report', 'occurrence', 'r1'), jsonb_build_object('leadUnitId', i.lead_unit_id)
       FROM items i WHERE right(i.workflow_id, 1) = '0'`,
  );
  await db.query(
    `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, data, after)
     SELECT i.id, 4, 'escalated', i.due_at + interval '3 days', 'in_progress', 'in_progress',
            jsonb_build_object('trigger', 'after_deadline', 'level', 1 + length(i.title) % 3), jsonb_build_object('leadUnitId', i.lead_unit_id)
       FROM items i WHERE right(i.workflow_id, 2) IN ('05', '55') AND i.due_at < $1`,
    [NOW],
  );
  await db.query(
    `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, data)
     SELECT i.id, 5, 'closed', i.closed_at, 'under_review', 'closed', '{}' FROM items i WHERE i.status = 'closed'`,
  );
  await db.query('ANALYZE');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(items: number, runs: number) {
  const database = await createTestDatabase('duban_dashboard_bench');
  const db = new DataSource(dataSourceOptions(database.url));
  try {
    await db.initialize();
    await db.runMigrations();
    let started = Date.now();
    await seed(db, items);
    const [{ n, e }] = await db.query(
      `SELECT (SELECT count(*) FROM items)::int AS n, (SELECT count(*) FROM timeline_events)::int AS e`,
    );
    console.log(`seeded ${n} items and ${e} timeline events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const dashboard = new DashboardService(db);
    const [unit] = await db.query(`SELECT id FROM units ORDER BY name LIMIT 1`);
    const [leader] = await db.query(`SELECT id FROM users WHERE username = 'leader0'`);
    const filters: [string, Record<string, string>][] = [
      ['the year, unfiltered', { from: '2024-01-01', to: '2024-10-15' }],
      ['a quarter', { from: '2024-07-01', to: '2024-09-30' }],
      ['one category', { from: '2024-01-01', to: '2024-10-15', category: '民生实事' }],
      ['one unit', { from: '2024-01-01', to: '2024-10-15', unitId: unit.id }],
      ['one leader', { from: '2024-01-01', to: '2024-10-15', leaderId: leader.id }],
    ];
    for (const [name, query] of filters) {
      await dashboard.figures(query, NOW); // warm the cache and the plan
      const times: number[] = [];
      let last: Awaited<ReturnType<DashboardService['figures']>> | null = null;
      for (let i = 0; i < runs; i++) {
        started = performance.now();
        last = await dashboard.figures(query, NOW);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const t = last!.totals;
      console.log(
        `${name.padEnd(22)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95)
          .toFixed(0)
          .padStart(
            5,
          )} ms   (open ${t.open}, overdue ${t.overdue}, closed late ${t.closedLate}, late-workday shares ${last!.delayAttribution.length})`,
      );
    }
  } finally {
    await db.destroy();
    // KEEP_DATABASE=1 leaves it for EXPLAIN ANALYZE (drop it yourself afterwards).
    if (process.env.KEEP_DATABASE === '1') console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

const [items = '100000', runs = '20'] = process.argv.slice(2);
main(Number(items), Number(runs)).catch((error) => {
  console.error(error);
  process.exit(1);
});
