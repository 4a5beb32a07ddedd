import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions } from './index';

describe('migrations', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('duban_migrations');
    ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('bring an empty database exactly to the entities: no drift', async () => {
    await ds.runMigrations();
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('hold the invariants in the database: a closed item has a sign-off', async () => {
    const [unit] = await ds.query(`INSERT INTO units (name) VALUES ('u') RETURNING id`);
    const insert = (status: string, signedOff: string | null) =>
      ds.query(
        `INSERT INTO items (title, category, lead_unit_id, deadline, due_at, status, workflow_id, signed_off_at, created_by)
         VALUES ('t', '重点工作', $1, '2024-03-31', now(), $2, gen_random_uuid()::text, $3, gen_random_uuid())`,
        [unit.id, status, signedOff],
      );
    await expect(insert('closed', null)).rejects.toThrow(/ck_items_closed_signed_off/);
    await expect(insert('closed', new Date().toISOString())).resolves.toBeDefined();
  });

  it('undo completely', async () => {
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  });
});
