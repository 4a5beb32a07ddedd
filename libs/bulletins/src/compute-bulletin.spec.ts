import {
  bulletinInput,
  calendar2024,
  CUTOFF,
  PREVIOUS_CUTOFF,
  recordItem,
  seededRecord,
  seededScripts,
  shanghai,
  started,
} from './bulletin-factory';
import type { BulletinItem } from './bulletin-input';
import type { BulletinSnapshot, UnitFigures } from './bulletin-snapshot';
import { checkBulletin } from './check-bulletin';
import { computeBulletin, rankUnits, workdaysLate } from './compute-bulletin';
import { withStateAfter } from './state-after-event';

// The seeded record runs to 20 April; this week's bulletin is cut off on Monday 8 April 09:00, the
// previous one on Monday 1 April 09:00. Qingming (4–6 April) was a holiday and Sunday 7 April a workday.
const record = seededRecord();
const items = record.map((r) => r.item);
const snapshot = computeBulletin(bulletinInput(items));

/** The events as the record holds them up to an instant: the later ones never happened yet. */
const truncated = (until: string): BulletinItem[] =>
  items.map((item) => ({ ...item, events: item.events.filter((e) => Date.parse(e.at) <= Date.parse(until)) }));

const figures = (overrides: Partial<UnitFigures>): UnitFigures => ({
  open: 0,
  onTime: 0,
  nearDeadline: 0,
  atRisk: 0,
  overdue: 0,
  suspended: 0,
  closedOnTime: 0,
  closedLate: 0,
  averageWorkdaysLate: null,
  missedReports: 0,
  escalations: { level1: 0, level2: 0, level3: 0 },
  onTimeRate: null,
  ...overrides,
});

const ids = (groups: BulletinSnapshot['overdue']) =>
  groups.map((g) => [g.unitName, g.items.map((i) => `${i.itemId} ${i.workdaysLate}wd L${i.escalationLevel}`)]);

describe('computeBulletin: the week to Monday 8 April 2024, 09:00', () => {
  it('numbers and dates the bulletin', () => {
    expect(snapshot).toMatchObject({
      title: '督查通报',
      numberLabel: '2024年第12期',
      issuer: '工委管委会督查室',
      cutoff: '2024-04-08T01:00:00.000Z',
      cutoffDate: '2024-04-08',
      previousCutoff: '2024-04-01T01:00:00.000Z',
    });
  });

  it('counts each lead unit by hand', () => {
    const byName = Object.fromEntries(snapshot.units.map((u) => [u.unitName, u.figures]));
    // i01 on time (deadline brought forward to 31 May), i02 yellow (due 10 April), i06 closed on time;
    // i10 cancelled, i14 a draft and i15 published after the cut-off count nowhere; i12 went to 投资促进局.
    expect(byName['经济发展局']).toEqual(
      figures({ open: 2, onTime: 2, nearDeadline: 1, closedOnTime: 1, onTimeRate: 100 }),
    );
    // i03 12 workdays late (20 March + Qingming), level 3 on 4 April; i12 2 workdays late (3 April, then
    // 7 and 8 April), level 1 on 4 April; i07 closed 2 April, 6 workdays after its 25 March deadline.
    expect(byName['投资促进局']).toEqual(
      figures({
        open: 2,
        overdue: 2,
        closedLate: 1,
        averageWorkdaysLate: 6.7, // (12 + 2 + 6) / 3
        escalations: { level1: 1, level2: 0, level3: 1 },
        onTimeRate: 0,
      }),
    );
    // i04 13 workdays late, level 3 on 3 April (its policy keeps it out of the bulletin); i09 suspended;
    // i13 orange (no report for 1.5 cadences) with one report missed (reminded 4 April); i08 closed on time.
    expect(byName['社会事业局']).toEqual(
      figures({
        open: 3,
        overdue: 1,
        atRisk: 1,
        suspended: 1,
        closedOnTime: 1,
        averageWorkdaysLate: 13,
        missedReports: 1,
        escalations: { level1: 0, level2: 0, level3: 1 },
        onTimeRate: 66.7, // (at risk 1 + closed on time 1) / 3
      }),
    );
    // i05 at risk (no progress); i11 extended to 30 April; i16 suspended 5 days, so due 9 April: yellow, not late.
    expect(byName['应急管理局']).toEqual(figures({ open: 3, onTime: 2, nearDeadline: 1, atRisk: 1, onTimeRate: 100 }));
    expect(snapshot.totals).toEqual(
      figures({
        open: 10,
        onTime: 4,
        nearDeadline: 2,
        atRisk: 2,
        overdue: 3,
        suspended: 1,
        closedOnTime: 2,
        closedLate: 1,
        averageWorkdaysLate: 8.3, // (12 + 2 + 13 + 6) / 4 = 8.25
        missedReports: 1,
        escalations: { level1: 1, level2: 0, level3: 2 },
        onTimeRate: 66.7, // (4 + 2 + 2) / 12
      }),
    );
  });

  it('ranks the units by overdue, then at-risk items, then on-time rate', () => {
    expect(snapshot.units.map((u) => [u.rank, u.unitName])).toEqual([
      [1, '经济发展局'], // 0 overdue, 0 at risk
      [2, '应急管理局'], // 0 overdue, 1 at risk
      [3, '社会事业局'], // 1 overdue
      [4, '投资促进局'], // 2 overdue
    ]);
    expect(snapshot.rankingRule).toContain('逾期事项少者在前');
  });

  it('lists overdue and at-risk items by unit in the units’ order, the latest first', () => {
    expect(ids(snapshot.overdue)).toEqual([
      ['投资促进局', ['i03 12wd L3', 'i12 2wd L1']],
      ['社会事业局', ['i04 13wd L3']],
    ]);
    expect(ids(snapshot.atRisk)).toEqual([
      ['社会事业局', ['i13 0wd L0']],
      ['应急管理局', ['i05 0wd L0']],
    ]);
    const reassigned = snapshot.overdue[0].items[1];
    expect(reassigned).toMatchObject({
      leadUnitName: '投资促进局',
      cooperatingUnitNames: ['经济发展局'],
      progressPercent: 60,
    });
  });

  it('lists the items closed since the previous cut-off, on time or not', () => {
    expect(snapshot.closed.map((c) => [c.itemId, c.closedAt, c.onTime, c.workdaysLate])).toEqual([
      ['i07', shanghai('2024-04-02T10:00'), false, 6],
      ['i06', shanghai('2024-04-02T12:00'), true, 0],
    ]);
  });

  it('lists the escalations whose rule puts the item into the bulletin, and only those', () => {
    expect(snapshot.escalations).toEqual([
      expect.objectContaining({ at: shanghai('2024-04-04T00:00'), level: 3, unitName: '投资促进局' }),
    ]);
    expect(snapshot.escalations[0].item).toMatchObject({
      itemId: 'i03',
      title: '重点项目征地拆迁攻坚',
      workdaysLate: 12,
    });
  });

  it('counts an item overdue from the instant its deadline day ends', () => {
    // i02 is due on 10 April: on time (yellow) a minute before midnight, overdue at midnight.
    const at = (local: string) =>
      computeBulletin(bulletinInput(items, { cutoff: shanghai(local), previousCutoff: CUTOFF }));
    const kinds = (s: BulletinSnapshot) => ({
      overdue: s.overdue.flatMap((g) => g.items.map((i) => i.itemId)).includes('i02'),
      nearDeadline: s.units.find((u) => u.unitId === 'u-jfj')!.figures.nearDeadline,
    });
    expect(kinds(at('2024-04-10T23:59'))).toEqual({ overdue: false, nearDeadline: 1 });
    expect(kinds(at('2024-04-11T00:00'))).toEqual({ overdue: true, nearDeadline: 0 });
  });

  it('shows the deadline in force next to the original one', () => {
    const lines = [...snapshot.overdue, ...snapshot.atRisk].flatMap((g) => g.items);
    expect(lines.find((l) => l.itemId === 'i05')).toMatchObject({
      originalDeadline: '2024-05-31',
      deadline: '2024-05-31',
    });
    const may6 = shanghai('2024-05-06T09:00');
    const i11 = recordItem(
      seededScripts().find((s) => s.id === 'i11')!,
      may6,
    ).item;
    const extended = computeBulletin(bulletinInput([i11], { cutoff: may6, previousCutoff: null }));
    // Extended to 30 April; 1–5 May were the May Day holidays, so Monday 6 May is its first workday late.
    // The item's facts may hold today's deadline: the timeline still tells the one it was published with.
    const withTodaysFacts = computeBulletin(
      bulletinInput([{ ...i11, originalDeadline: '2024-04-30' }], { cutoff: may6, previousCutoff: null }),
    );
    expect(withTodaysFacts).toEqual(extended);
    expect(extended.overdue[0].items[0]).toMatchObject({
      originalDeadline: '2024-03-29',
      deadline: '2024-04-30',
      workdaysLate: 1,
    });
  });
});

describe('computeBulletin is deterministic', () => {
  it('gives a deep-equal snapshot for the same input', () => {
    expect(computeBulletin(bulletinInput(items))).toEqual(snapshot);
    expect(computeBulletin(bulletinInput([...items].reverse()))).toEqual(snapshot);
  });

  it('is not changed by anything recorded after the cut-off', () => {
    // The same week computed when only what happened up to the cut-off was on record.
    expect(computeBulletin(bulletinInput(truncated(CUTOFF)))).toEqual(snapshot);
    // Later, i03 closed and i12 reached level 3: this bulletin still says what it said.
    const later = computeBulletin(
      bulletinInput(items, { cutoff: shanghai('2024-04-20T09:00'), previousCutoff: CUTOFF }),
    );
    expect(later.closed.map((c) => c.itemId)).toEqual(['i03']);
    expect(later.escalations.map((e) => e.item.itemId)).toEqual(['i12']);
  });

  it('backfills a missed earlier week for its own cut-off', () => {
    const backfilled = computeBulletin(
      bulletinInput(items, {
        number: { year: 2024, issue: 11 },
        cutoff: PREVIOUS_CUTOFF,
        previousCutoff: shanghai('2024-03-25T09:00'),
      }),
    );
    const madeThen = computeBulletin(
      bulletinInput(truncated(PREVIOUS_CUTOFF), {
        number: { year: 2024, issue: 11 },
        cutoff: PREVIOUS_CUTOFF,
        previousCutoff: shanghai('2024-03-25T09:00'),
      }),
    );
    expect(backfilled).toEqual(madeThen);
    // As of 1 April: i03 8 workdays late at level 2, i04 9 at level 2, i07 (awaiting review) 5;
    // i12 not yet due but at risk; i08 closed on 27 March; no level-3 escalation yet.
    expect(ids(backfilled.overdue)).toEqual([
      ['投资促进局', ['i03 8wd L2', 'i07 5wd L2']],
      ['社会事业局', ['i04 9wd L2']],
    ]);
    expect(backfilled.atRisk.flatMap((g) => g.items.map((i) => i.itemId))).toEqual(['i12', 'i05']);
    expect(backfilled.closed.map((c) => c.itemId)).toEqual(['i08']);
    expect(backfilled.escalations).toEqual([]);
    expect(backfilled.numberLabel).toBe('2024年第11期');
  });

  it('reads the same from events that carry their state and from older ones it derives it for', () => {
    const derived = record.map((r) => ({ ...r.item, events: withStateAfter(r.item, r.bare) }));
    expect(computeBulletin(bulletinInput(derived))).toEqual(snapshot);
  });
});

describe('checkBulletin', () => {
  it('finds a stored bulletin matching the record, also with its keys reordered by jsonb', () => {
    const reordered = JSON.parse(JSON.stringify(snapshot, Object.keys(flatKeys(snapshot)).sort())) as BulletinSnapshot;
    expect(checkBulletin(reordered, bulletinInput(items))).toEqual({ matches: true, differences: [] });
  });

  it('names what differs when the stored bulletin was altered', () => {
    const altered: BulletinSnapshot = structuredClone(snapshot);
    altered.units[3].figures.overdue = 1;
    altered.closed.pop();
    expect(checkBulletin(altered, bulletinInput(items))).toEqual({
      matches: false,
      differences: ['units[3].figures.overdue: 1 (stored) ≠ 2 (record)', 'closed: 1 entries (stored) ≠ 2 (record)'],
    });
  });

  it('names what differs when the record before the cut-off was altered', () => {
    const withoutLevel3 = items.map((item) =>
      item.id === 'i03'
        ? { ...item, events: item.events.filter((e) => e.type !== 'escalated' || e.data.level !== 3) }
        : item,
    );
    const check = checkBulletin(snapshot, bulletinInput(withoutLevel3));
    expect(check.matches).toBe(false);
    expect(check.differences).toContain('escalations: 1 entries (stored) ≠ 0 (record)');
  });
});

describe('workdaysLate and rankUnits', () => {
  it('counts workdays by the business calendar from the end of the deadline day', () => {
    const due = shanghai('2024-04-04T00:00'); // deadline 3 April
    expect(workdaysLate(due, shanghai('2024-04-03T23:59'), calendar2024)).toBe(0);
    expect(workdaysLate(due, shanghai('2024-04-06T12:00'), calendar2024)).toBe(0); // Qingming
    expect(workdaysLate(due, shanghai('2024-04-07T00:01'), calendar2024)).toBe(1); // the Sunday worked
    expect(workdaysLate(due, shanghai('2024-04-08T09:00'), calendar2024)).toBe(2);
  });

  it('lets units equal on every criterion share a rank, and leaves a unit with nothing to rank unranked', () => {
    const row = (unitId: string, f: Partial<UnitFigures>) => ({
      rank: null,
      unitId,
      unitName: unitId,
      figures: figures(f),
    });
    expect(
      rankUnits([
        row('a', { overdue: 1, onTimeRate: 50 }),
        row('b', { suspended: 1 }),
        row('c', { overdue: 0, atRisk: 2, onTimeRate: 100 }),
        row('d', { overdue: 0, atRisk: 2, onTimeRate: 100 }),
        row('e', { overdue: 1, onTimeRate: 75 }),
      ]).map((r) => [r.unitId, r.rank]),
    ).toEqual([
      ['c', 1],
      ['d', 1],
      ['e', 3],
      ['a', 4],
      ['b', null],
    ]);
  });

  it('refuses a cut-off that is not after the previous one', () => {
    expect(() => computeBulletin(bulletinInput(items, { previousCutoff: CUTOFF }))).toThrow(/previousCutoff/);
  });
});

describe('the seeded record', () => {
  it('is what the domain recorded: a reassigned item was acknowledged afresh by its new lead unit', () => {
    const i12 = recordItem(
      seededScripts().find((s) => s.id === 'i12')!,
      CUTOFF,
    );
    expect(i12.state).toMatchObject({ leadUnitId: 'u-tcj', status: 'in_progress', colour: 'red', escalationLevel: 1 });
    expect(
      recordItem({ id: 'x', title: 'x', leadUnitId: 'u-jfj', deadline: '2024-04-30', steps: started() }, CUTOFF).state
        .status,
    ).toBe('in_progress');
  });
});

/** Every key used anywhere in the value, for a replacer list that writes them in another order. */
function flatKeys(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(value)) value.forEach((v) => flatKeys(v, keys));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      keys[k] = true;
      flatKeys(v, keys);
    }
  return keys;
}
