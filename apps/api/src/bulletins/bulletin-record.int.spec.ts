import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { checkStoredBulletin, contentSha256, issueBulletin, readBulletinInput } from '@duban/bulletin-record';
import {
  computeBulletin,
  renderBulletinPdf,
  renderBulletinXlsx,
  SHEET_NAMES,
  type BulletinSnapshot,
} from '@duban/bulletins';
import { loadConfig } from '@duban/config';
import { BulletinEntity, createTestDatabase, dataSourceOptions } from '@duban/persistence';
import { at, BOARD, insertEvent, seedDirectory, seedItems, type SeededBoard } from '../dashboard/dashboard-seed';

// Bulletins made from the timeline on a real Postgres: determinism, backfill, the check, the notice
// and the two documents read back (exceljs; poppler's pdftotext and pdftoppm).
const ARTIFACTS = resolve(__dirname, '../../../../.data/test-artifacts');

describe('bulletins on a real Postgres', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let board: SeededBoard;
  const work = mkdtempSync(join(tmpdir(), 'bulletin-record-'));
  const config = () => loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', BULLETIN_ISSUER: '工委督查室' });
  const cutoff = at('2024-04-15T12:00');
  const snapshotOf = (b: BulletinEntity) => b.snapshot as BulletinSnapshot;

  beforeAll(async () => {
    database = await createTestDatabase('duban_bulletins');
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await db.runMigrations();
    const directory = await seedDirectory(db);
    board = { ...directory, items: await seedItems(db, directory, BOARD) };
  });

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await db?.destroy();
    await database?.drop();
  });

  let first: BulletinEntity;

  it('makes the bulletin of a cut-off from the timeline, numbered first of its year, and announces it once', async () => {
    const made = await issueBulletin(db, config(), { cutoff, madeBy: board.officeId });
    first = made.bulletin;
    expect([made.created, first.year, first.issue, first.previousCutoff]).toEqual([true, 2024, 1, null]);
    const snapshot = snapshotOf(first);
    expect(snapshot.numberLabel).toBe('2024年第1期');
    expect(snapshot.totals).toMatchObject({ open: 5, onTime: 2, atRisk: 1, overdue: 1, suspended: 1, closedLate: 1 });
    expect(snapshot.overdue.flatMap((g) => g.items.map((i) => [i.title, i.workdaysLate]))).toEqual([['事项A3', 5]]);
    expect(first.contentSha256).toBe(contentSha256(snapshot));

    const notices = await db.query(
      `SELECT id, trigger, item_id, message_key FROM notifications WHERE bulletin_id = $1`,
      [first.id],
    );
    expect(notices).toEqual([
      expect.objectContaining({ trigger: 'bulletin', item_id: null, message_key: `bulletin:${first.id}` }),
    ]);
    const readers = await db.query(
      `SELECT u.username FROM inbox_messages m JOIN users u ON u.id = m.user_id WHERE m.notification_id = $1 ORDER BY 1`,
      [notices[0].id],
    );
    // Leadership and the heads of the units named; not the office, not the leader who is not leadership.
    expect(readers.map((r: { username: string }) => r.username)).toEqual(['head-a', 'head-b', 'leadership1']);
  });

  it('gives the same bulletin for the same cut-off, and no second notice', async () => {
    const again = await issueBulletin(db, config(), { cutoff: new Date(cutoff.getTime() + 400), madeBy: null });
    expect([again.created, again.bulletin.id]).toEqual([false, first.id]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE bulletin_id IS NOT NULL`);
    expect(n).toBe(1);
  });

  it('stays the same after the items change: the record as of the cut-off is what it was', async () => {
    // After the cut-off, A3 closes and a new item is published and falls overdue.
    await db.query(`UPDATE items SET status = 'closed', closed_at = $2, signed_off_at = $2 WHERE id = $1`, [
      board.items.A3,
      at('2024-04-16T10:00'),
    ]);
    await insertEvent(db, board.items.A3, 99, 'closed', at('2024-04-16T10:00'), 'in_progress', 'closed', {}, {});
    const [later] = await seedItems(db, board, [
      {
        key: 'L1',
        unit: 'A',
        status: 'in_progress',
        deadline: '2024-04-10',
        events: [['published', '2024-04-16T09:00', 'draft', 'in_progress', { policyVersion: 1, calendarRevision: 0 }]],
      },
    ]).then(Object.values);
    expect(later).toBeDefined();

    const check = await checkStoredBulletin(db.manager, config(), first);
    expect(check).toEqual({ matches: true, hashMatches: true, differences: [] });
    const input = await readBulletinInput(db.manager, {
      cutoff,
      previousCutoff: null,
      number: { year: 2024, issue: 1 },
      issuer: '工委督查室',
    });
    expect(contentSha256(computeBulletin(input))).toBe(first.contentSha256);
  });

  it('makes a missed week afterwards for its own cut-off (backfill), and the next one starts where the last ended', async () => {
    const missed = await issueBulletin(db, config(), { cutoff: at('2024-04-08T12:00'), madeBy: board.officeId });
    expect([missed.created, missed.bulletin.issue, missed.bulletin.previousCutoff]).toEqual([true, 2, null]);
    // On 04-08 at noon A3 was not yet late (due at the end of the day), B1 had just closed late, and
    // A4 was still under review; the first bulletin's period takes everything before (B6 too).
    expect(snapshotOf(missed.bulletin).totals).toMatchObject({ overdue: 0, closedLate: 1, closedOnTime: 1 });
    expect(snapshotOf(missed.bulletin).closed.map((c) => c.title)).toEqual(['事项B6', '事项B1']);

    const next = await issueBulletin(db, config(), { cutoff: at('2024-04-22T09:00'), madeBy: null });
    expect(next.bulletin.previousCutoff?.toISOString()).toBe(cutoff.toISOString());
    // Closed since the last one: A3 (04-16); the new item L1 (due 04-10) and A2 (due 04-20) are overdue.
    expect(snapshotOf(next.bulletin).closed.map((c) => c.title)).toEqual(['事项A3']);
    expect(snapshotOf(next.bulletin).overdue.flatMap((g) => g.items.map((i) => i.title))).toEqual(['事项L1', '事项A2']);
  });

  it('refuses a cut-off in the future', async () => {
    await expect(
      issueBulletin(db, config(), { cutoff: new Date(Date.now() + 3600_000), madeBy: board.officeId }),
    ).rejects.toThrow(/must not be in the future/);
  });

  it('lists where a stored bulletin differs from the record', async () => {
    await db.query(`UPDATE bulletins SET snapshot = jsonb_set(snapshot, '{totals,overdue}', '99') WHERE id = $1`, [
      first.id,
    ]);
    const tampered = await db.getRepository(BulletinEntity).findOneByOrFail({ id: first.id });
    const check = await checkStoredBulletin(db.manager, config(), tampered);
    expect(check.matches).toBe(false);
    expect(check.hashMatches).toBe(false);
    expect(check.differences).toEqual(['totals.overdue: 99 (stored) ≠ 1 (record)']);
    await db.query(`UPDATE bulletins SET snapshot = $2 WHERE id = $1`, [first.id, first.snapshot]);
  });

  it('renders a spreadsheet that reads back with the overdue item and the units', async () => {
    const xlsx = await renderBulletinXlsx(snapshotOf(first));
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'bulletin-record-2024-01.xlsx'), xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(SHEET_NAMES));
    const cells = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? row : []))
        .map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')));
    expect(cells(SHEET_NAMES.summary)).toEqual(expect.arrayContaining(['甲局', '乙局']));
    expect(cells(Object.values(SHEET_NAMES)[1])).toEqual(expect.arrayContaining(['事项A3']));
  });

  it('renders a PDF whose text reads back, and whose first page renders to an image', async () => {
    const pdf = await renderBulletinPdf(snapshotOf(first));
    const file = join(work, 'bulletin.pdf');
    writeFileSync(file, pdf);
    writeFileSync(join(ARTIFACTS, 'bulletin-record-2024-01.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/督\s*查\s*通\s*报/);
    expect(text).toContain('第1期');
    expect(text).toContain('工委督查室');
    expect(text).toContain('事项A3');
    expect(text).toContain('甲局');
    const prefix = join(ARTIFACTS, 'bulletin-record-page-1');
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', '-png', file, prefix]);
    const png = readFileSync(`${prefix}.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000); // a page with text on it, not a blank
  });
});
