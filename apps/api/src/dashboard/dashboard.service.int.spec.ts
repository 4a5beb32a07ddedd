import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions } from '@duban/persistence';
import { at, BOARD, seedDirectory, seedItems, type SeededBoard } from './dashboard-seed';
import { DashboardService } from './dashboard.service';

// Figures against expectations computed by hand from BOARD (see dashboard-seed.ts), on a real Postgres.
describe('the board on a real Postgres', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let board: SeededBoard;
  let dashboard: DashboardService;
  const now = at('2024-04-15T12:00');
  const period = { from: '2024-04-01', to: '2024-04-15' };

  beforeAll(async () => {
    database = await createTestDatabase('duban_dashboard');
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await db.runMigrations();
    const directory = await seedDirectory(db);
    board = { ...directory, items: await seedItems(db, directory, BOARD) };
    dashboard = new DashboardService(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('counts every kind once, over both units, with the period bounding closings, reports and escalations', async () => {
    const view = await dashboard.figures(period, now);
    expect(view.totals).toEqual({
      open: 5, // A1 A2 A3 B2 B3: drafts, cancelled and closed items are not open
      onTime: 2, // A1 (green), B3 (yellow)
      atRisk: 1, // A2 (orange)
      overdue: 1, // A3, due 04-08
      suspended: 1, // B2
      closedOnTime: 1, // A4; B6 closed before the period
      closedLate: 1, // B1
      // A3: 04-09 … 04-15 are 5 workdays; B1: 04-03, 04-07 (a Sunday made a workday), 04-08 are 3 (04-04 … 04-06 清明)
      averageWorkdaysLate: 4,
      missedReports: 2, // A3's r1 (reminded and warned: once) and r2; B3's r0 was before the period
      escalations: { level1: 2, level2: 1, level3: 0 }, // A3 and B1 (led by 甲局 then) reached 1; A3 reached 2
    });
  });

  it('gives per-unit figures, charging what happened to the unit that led the item then, most overdue first', async () => {
    const view = await dashboard.figures(period, now);
    expect(view.units.map((u) => [u.unitName, u.figures])).toEqual([
      [
        '甲局',
        {
          open: 3,
          onTime: 1,
          atRisk: 1,
          overdue: 1,
          suspended: 0,
          closedOnTime: 1,
          closedLate: 0,
          averageWorkdaysLate: 5,
          missedReports: 2,
          escalations: { level1: 2, level2: 1, level3: 0 },
        },
      ],
      [
        '乙局',
        {
          open: 2,
          onTime: 1,
          atRisk: 0,
          overdue: 0,
          suspended: 1,
          closedOnTime: 0,
          closedLate: 1,
          averageWorkdaysLate: 3,
          missedReports: 0,
          escalations: { level1: 0, level2: 0, level3: 0 },
        },
      ],
    ]);
  });

  it('shows the colours of the running items per unit and the overdue items at the end of each week', async () => {
    const view = await dashboard.figures(period, now);
    expect(
      view.colours.map(({ unitName, green, yellow, orange, red }) => [unitName, green, yellow, orange, red]),
    ).toEqual(
      expect.arrayContaining([
        ['甲局', 1, 0, 1, 1],
        ['乙局', 0, 1, 0, 0],
      ]),
    );
    // 04-07: B1 (late since 04-03, closed 04-08); 04-14 and 04-15: A3 (late since 04-09).
    expect(view.overdueSeries).toEqual([
      { date: '2024-04-07', overdue: 1 },
      { date: '2024-04-14', overdue: 1 },
      { date: '2024-04-15', overdue: 1 },
    ]);
  });

  it('attributes the late workdays: the lead unit while it worked, the office while it reviewed', async () => {
    const view = await dashboard.figures(period, now);
    expect(view.delayAttribution.map(({ party, unitName, workdays }) => [party, unitName, workdays])).toEqual([
      ['lead_unit', '甲局', 5], // A3, 04-09 … 04-15
      ['office', null, 2], // B1 under review on 04-07 and until it closed on 04-08
      ['lead_unit', '乙局', 1], // B1 in progress on 04-03
    ]);
  });

  it('filters by category, leader and unit', async () => {
    const category = await dashboard.figures({ ...period, category: '民生实事' }, now);
    expect([category.totals.open, category.totals.onTime, category.units.map((u) => u.unitName)]).toEqual([
      1,
      1,
      ['乙局'],
    ]);
    const leader = await dashboard.figures({ ...period, leaderId: board.leaderId }, now);
    expect([leader.totals.open, leader.totals.onTime, leader.totals.overdue]).toEqual([2, 2, 0]);
    const unit = await dashboard.figures({ ...period, unitId: board.units.B }, now);
    expect([unit.totals.open, unit.totals.closedLate, unit.totals.missedReports]).toEqual([2, 1, 0]);
    // B1's escalation is 甲局's: it led B1 when it fired.
    expect(unit.units.map((u) => [u.unitName, u.figures.open, u.figures.escalations.level1])).toEqual(
      expect.arrayContaining([
        ['乙局', 2, 0],
        ['甲局', 0, 1],
      ]),
    );
  });

  it('narrows what happened to the period: a week before, nothing closed and other reports missed', async () => {
    const view = await dashboard.figures({ from: '2024-03-25', to: '2024-03-31' }, now);
    expect(view.totals).toMatchObject({
      closedOnTime: 0,
      closedLate: 0,
      missedReports: 1, // B3's r0
      escalations: { level1: 1, level2: 0, level3: 0 }, // A2, 03-25
    });
    expect(view.overdueSeries).toEqual([{ date: '2024-03-31', overdue: 0 }]);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(dashboard.figures({ from: '2024-04-15', to: '2024-04-01' }, now)).rejects.toThrow(
      /from must not come after to/,
    );
  });
});
