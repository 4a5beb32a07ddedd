import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@duban/config';
import { decide, ladderStep, type Actor, type ItemCommand, type ItemState } from '@duban/domain';
import {
  createTestDatabase,
  dataSourceOptions,
  ItemEntity,
  ProjectionFailureEntity,
  TimelineEventEntity,
} from '@duban/persistence';
import { actors, anItemState, unitIds } from '@duban/testing';
import { isPermanent, ItemProjector } from './item-projector';

// The middle tier: the projection against a real Postgres, without Temporal.
describe('the item projection on a real Postgres', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let projector: ItemProjector;

  beforeAll(async () => {
    database = await createTestDatabase('duban_projection');
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await db.runMigrations();
    for (const [name, id] of Object.entries(unitIds))
      await db.query(`INSERT INTO units (id, name) VALUES ($1, $2)`, [id, name]);
    for (const [name, actor] of Object.entries(actors) as [string, Actor][]) {
      await db.query(
        `INSERT INTO users (id, username, display_name, password_hash, unit_id, roles) VALUES ($1, $2, $2, 'x', $3, $4)`,
        [actor.userId, name.toLowerCase(), actor.unitId, actor.roles],
      );
    }
    projector = new ItemProjector(db, loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test' }));
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const milestoneId = '50000000-0000-4000-8000-000000000001';

  /** A published item, in the database as the API would have left it. */
  async function publishedItem(now: Date): Promise<ItemState> {
    const draft = anItemState({
      itemId: randomUUID(),
      deadline: '2024-04-30',
      milestones: [
        {
          id: randomUUID(),
          deadline: '2024-04-15',
          targetValue: 100,
          actualValue: null,
        },
      ],
      reportingCadence: { kind: 'workdays', every: 5 },
    });
    await db.query(
      `INSERT INTO items (id, title, category, lead_unit_id, cooperating_unit_ids, deadline, due_at, created_by)
       VALUES ($1, '项目', '重点工作', $2, $3, $4, $5, $6)`,
      [draft.itemId, draft.leadUnitId, draft.cooperatingUnitIds, draft.deadline, draft.dueAt, actors.office.userId],
    );
    await db.query(
      `INSERT INTO milestones (id, item_id, title, deadline, target_value) VALUES ($1, $2, 'm', $3, 100)`,
      [draft.milestones[0].id, draft.itemId, draft.milestones[0].deadline],
    );
    const { state, event } = decide(draft, { type: 'publish' }, actors.office, now);
    expect(await projector.project({ state, event })).toBe('written');
    return state;
  }

  // Values an outside tester would try: control characters, lone surrogates, blanks, huge texts and numbers.
  const nastyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('a\u0000b', '\u001b[31m', '   ', '\ud800', '正常的进展说明', '\t换行\n'),
    fc.string({ minLength: 4990, maxLength: 5010 }),
  );
  const nastyDate = fc.oneof(
    fc
      .date({ min: new Date('2024-03-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('9999-12-31', '+010000-01-01', '2024-02-30', '1999-12-31', '2024-03-01', 'tomorrow'),
  );
  const nastyId = fc.oneof(fc.constantFrom(...Object.values(unitIds)), fc.uuid(), fc.constantFrom('x', ''));
  const nastyNumber = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.constantFrom(1e300, -1e300, 42.5));
  const command = (milestone: string): fc.Arbitrary<ItemCommand> =>
    fc.oneof(
      fc.record({ type: fc.constant('acknowledge' as const), comment: nastyText }),
      fc.record({
        type: fc.constant('report_progress' as const),
        reportId: fc.oneof(fc.uuid(), fc.constant('r')),
        text: nastyText,
        percent: nastyNumber,
        milestoneValues: fc.array(
          fc.record({ milestoneId: fc.constantFrom(milestone, randomUUID()), value: nastyNumber }),
          {
            maxLength: 2,
          },
        ),
      }),
      fc.record({
        type: fc.constant('request_completion' as const),
        summary: nastyText,
        evidence: fc.array(nastyText, { maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant('signoff' as const),
        decision: fc.constantFrom('approve', 'return'),
        comment: nastyText,
      }),
      fc.record({
        type: fc.constant('review' as const),
        decision: fc.constantFrom('approve', 'return'),
        comment: nastyText,
      }),
      fc.record({
        type: fc.constant('request_extension' as const),
        extensionId: fc.uuid(),
        requestedDeadline: nastyDate,
        reason: nastyText,
      }),
      fc.record({ type: fc.constant('request_confirmation' as const), unitId: nastyId, note: nastyText }),
      fc.record({ type: fc.constant('confirm' as const), comment: nastyText }),
      fc.record({
        type: fc.constant('reassign' as const),
        leadUnitId: fc.constantFrom(unitIds.lead, unitIds.other),
        cooperatingUnitIds: fc.array(fc.constantFrom(unitIds.coop, unitIds.other), { maxLength: 2 }),
        reason: nastyText,
      }),
      fc.record({ type: fc.constant('suspend' as const), reason: nastyText }),
      fc.record({ type: fc.constant('resume' as const), reason: nastyText }),
      fc.record({ type: fc.constant('change_deadline' as const), deadline: nastyDate, reason: nastyText }),
      fc.record({
        type: fc.constant('rate' as const),
        grade: fc.constantFrom('excellent', 'poor'),
        comment: nastyText,
      }),
    ) as fc.Arbitrary<ItemCommand>;
  // Mostly the actor who may give the command, so sequences get far; now and then anyone.
  const rightActor: Record<string, Actor[]> = {
    acknowledge: [actors.leadHandler, actors.leadHead],
    report_progress: [actors.leadHandler, actors.coopHandler],
    request_completion: [actors.leadHandler],
    signoff: [actors.leadHead],
    review: [actors.office],
    request_extension: [actors.leadHandler],
    request_confirmation: [actors.leadHandler],
    confirm: [actors.coopHandler, actors.coopHead],
  };
  const actorFor = (command: ItemCommand, pick: number, anyone: boolean): Actor => {
    const allowed = anyone ? (Object.values(actors) as Actor[]) : (rightActor[command.type] ?? [actors.office]);
    return allowed[pick % allowed.length];
  };

  it('writes every command decide() accepts, and every ladder step after it: nothing is refused by the database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(command(milestoneId), fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 30 })), {
          minLength: 4,
          maxLength: 14,
        }),
        async (steps) => {
          let now = new Date('2024-03-01T02:00:00Z');
          let state = await publishedItem(now);
          const sequence: [ItemCommand, Actor, number][] = [
            [{ type: 'acknowledge' }, actors.leadHandler, 0],
            ...steps.map(([cmd, pick, anyone, hours]): [ItemCommand, Actor, number] => [
              cmd,
              actorFor(cmd, pick, anyone && pick % 5 === 0),
              hours,
            ]),
          ];
          for (const [cmd, who, hours] of sequence) {
            now = new Date(now.getTime() + hours * 3600_000);
            const values = (cmd as { milestoneValues?: { milestoneId: string }[] }).milestoneValues ?? [];
            values.forEach(
              (v) => (v.milestoneId = v.milestoneId === milestoneId ? state.milestones[0].id : v.milestoneId),
            );
            let outcome;
            try {
              outcome = decide(state, cmd, who, now);
            } catch {
              continue; // refused: nothing to write
            }
            expect(await projector.project(outcome)).toBe('written');
            state = outcome.state;
            for (let step = ladderStep(state, now); step; step = ladderStep(state, now)) {
              expect(await projector.project(step)).toBe('written');
              state = step.state;
            }
          }
          const [row] = await db.query(`SELECT projection_version, attention FROM items WHERE id = $1`, [state.itemId]);
          expect(row).toEqual({ projection_version: state.version, attention: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('records a firing once under its message key, though the write is repeated (a retried activity)', async () => {
    const config = loadConfig({
      DATABASE_URL: database.url,
      NODE_ENV: 'test',
      WEBHOOK_URL: 'http://127.0.0.1:9/hook',
      WEBHOOK_SECRET: 'a-webhook-secret-long-enough',
    });
    const withChannels = new ItemProjector(db, config);
    const now = new Date('2024-03-01T02:00:00Z');
    const published = await publishedItem(now);
    // Three workdays after the deadline the ladder has fired its rules: take the first firing.
    const late = new Date('2024-05-06T02:00:00Z');
    const firing = ladderStep(published, late)!;
    expect(firing.notice).toBeDefined();
    for (let attempt = 0; attempt < 3; attempt++) expect(await withChannels.project(firing)).toBe('written');
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM notifications WHERE message_key = $1) AS notifications,
              (SELECT count(*)::int FROM inbox_messages m JOIN notifications n ON n.id = m.notification_id WHERE n.message_key = $1) AS inbox,
              (SELECT count(*)::int FROM deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.message_key = $1) AS deliveries,
              (SELECT count(*)::int FROM timeline_events WHERE item_id = $2 AND seq = $3) AS events`,
      [firing.notice!.messageKey, published.itemId, firing.state.version],
    );
    // The unit head and the office are told (one user each here), and the one webhook gets one delivery.
    expect(counts).toEqual({ notifications: 1, inbox: 2, deliveries: 1, events: 1 });
  });

  it('keeps a change the database refuses as a failure, flags the item and goes on; a repair writes it once fixed', async () => {
    const now = new Date('2024-03-01T02:00:00Z');
    const state = await publishedItem(now);
    // Around the admission rules (as an older workflow may have accepted): a reassignment to a unit that does not exist.
    const ghost = randomUUID();
    const bad = decide(
      state,
      { type: 'reassign', leadUnitId: ghost, cooperatingUnitIds: [], reason: '转办' },
      actors.office,
      now,
    );
    expect(await projector.project(bad)).toBe('failed');
    const [flagged] = await db.query(`SELECT attention, projection_version FROM items WHERE id = $1`, [state.itemId]);
    expect(flagged.attention).toMatch(/reassigned.*foreign key/);
    expect(flagged.projection_version).toBe(state.version);
    // The workflow goes on: the office reassigns to a real unit, and that lands.
    const fixed = decide(
      bad.state,
      { type: 'reassign', leadUnitId: unitIds.other, cooperatingUnitIds: [], reason: '改派' },
      actors.office,
      now,
    );
    expect(await projector.project(fixed)).toBe('written');
    // The repair writes the refused change's record (the item row is newer already) and clears the flag.
    expect(await projector.repair(state.itemId, actors.admin.userId)).toEqual([
      { version: bad.state.version, eventType: 'reassigned', repaired: true, error: null },
    ]);
    const item = await db.getRepository(ItemEntity).findOneByOrFail({ id: state.itemId });
    expect(item).toMatchObject({ attention: null, leadUnitId: unitIds.other, projectionVersion: fixed.state.version });
    const types = (
      await db.getRepository(TimelineEventEntity).find({ where: { itemId: state.itemId }, order: { seq: 'ASC' } })
    ).map((e) => e.type);
    expect(types).toEqual(['published', 'reassigned', 'reassigned']);
    expect(
      await db
        .getRepository(ProjectionFailureEntity)
        .countBy({ itemId: state.itemId, resolvedBy: actors.admin.userId }),
    ).toBe(1);
  });

  it('stores a refused text made storable, so the repair of a NUL byte lands', async () => {
    const now = new Date('2024-03-01T02:00:00Z');
    const published = await publishedItem(now);
    const ack = decide(published, { type: 'acknowledge' }, actors.leadHandler, now);
    await projector.project(ack);
    // Admitted by an older workflow: a report with a NUL byte (decide's admission refuses it today).
    const report = decide(
      ack.state,
      { type: 'report_progress', reportId: randomUUID(), text: 'a\u0000b', percent: 40 },
      actors.leadHandler,
      now,
      { admitted: true },
    );
    expect(await projector.project(report)).toBe('failed');
    expect(await projector.repair(published.itemId, actors.admin.userId)).toMatchObject([{ repaired: true }]);
    const [row] = await db.query(`SELECT text FROM progress_reports WHERE item_id = $1`, [published.itemId]);
    expect(row.text).toBe('a\uFFFDb');
  });

  it('tells a transient failure (a timeout) from a permanent one (a constraint, an encoding)', async () => {
    const failureOf = (work: () => Promise<unknown>) =>
      work().then(
        () => null,
        (error: unknown) => error,
      );
    const timeout = await failureOf(() =>
      db.transaction(async (em) => {
        await em.query(`SET LOCAL statement_timeout = 10`);
        await em.query(`SELECT pg_sleep(1)`);
      }),
    );
    const constraint = await failureOf(() => db.query(`INSERT INTO users (id) VALUES (gen_random_uuid())`));
    const encoding = await failureOf(() => db.query(`SELECT $1::text`, ['a\u0000b']));
    expect([isPermanent(timeout), isPermanent(constraint), isPermanent(encoding)]).toEqual([false, true, true]);
  });
});
