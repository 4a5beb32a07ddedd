import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { endOfDeadlineDay, type ItemEventType, type ItemStatus } from '@duban/domain';

// Test helper: a small board written straight into the projection and the timeline, as the worker
// writes them, so figures can be computed by hand (dashboard.service.int.spec.ts, bulletins).

export const at = (local: string) => new Date(`${local}:00+08:00`);

export interface SeedItem {
  key: string;
  unit: 'A' | 'B';
  status: ItemStatus;
  colour?: string;
  deadline: string;
  category?: string;
  leader?: boolean;
  closedAt?: string;
  /** Timeline events: [type, Shanghai time, from, to, data, after-overrides]. */
  events?: [ItemEventType, string, ItemStatus, ItemStatus, Record<string, unknown>?, Record<string, unknown>?][];
}

export interface SeededBoard {
  units: { A: string; B: string };
  leaderId: string;
  officeId: string;
  items: Record<string, string>;
}

export async function seedDirectory(db: DataSource): Promise<Omit<SeededBoard, 'items'>> {
  const [{ id: A }] = await db.query(`INSERT INTO units (name) VALUES ('甲局') RETURNING id`);
  const [{ id: B }] = await db.query(`INSERT INTO units (name) VALUES ('乙局') RETURNING id`);
  const [{ id: C }] = await db.query(`INSERT INTO units (name) VALUES ('督查室') RETURNING id`);
  const user = async (name: string, unit: string, roles: string[]) =>
    (
      await db.query(
        `INSERT INTO users (username, display_name, password_hash, unit_id, roles) VALUES ($1, $1, 'x', $2, $3) RETURNING id`,
        [name, unit, roles],
      )
    )[0].id as string;
  const officeId = await user('office1', C, ['office']);
  const leaderId = await user('leader1', C, ['leader']);
  await user('leadership1', C, ['leadership']);
  await user('head-a', A, ['unit_head']);
  await user('head-b', B, ['unit_head']);
  return { units: { A, B }, leaderId, officeId };
}

/** Writes the items and their timelines; each event's `after` is the item as the seed says, overridable. */
export async function seedItems(
  db: DataSource,
  directory: Omit<SeededBoard, 'items'>,
  items: SeedItem[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const item of items) {
    const unitId = directory.units[item.unit];
    const dueAt = endOfDeadlineDay(item.deadline);
    const [{ id }] = await db.query(
      `INSERT INTO items (title, category, lead_unit_id, supervising_leader_id, deadline, due_at, status, colour,
                          workflow_id, signed_off_at, closed_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11) RETURNING id`,
      [
        `事项${item.key}`,
        item.category ?? '重点工作',
        unitId,
        item.leader ? directory.leaderId : null,
        item.deadline,
        dueAt,
        item.status,
        item.colour ?? 'green',
        item.status === 'draft' ? null : `supervision-item-${randomUUID()}`,
        item.closedAt ? at(item.closedAt) : null,
        directory.officeId,
      ],
    );
    ids[item.key] = id;
    let seq = 0;
    for (const [type, when, from, to, data = {}, after = {}] of item.events ?? []) {
      await insertEvent(db, id, ++seq, type, at(when), from, to, data, {
        status: to,
        colour: 'green',
        escalationLevel: 0,
        deadline: item.deadline,
        dueAt: dueAt.toISOString(),
        progressPercent: 0,
        leadUnitId: unitId,
        cooperatingUnitIds: [],
        ...after,
        // 'A' or 'B' in an override names the unit that led the item then.
        ...(after.leadUnitId === 'A' || after.leadUnitId === 'B'
          ? { leadUnitId: directory.units[after.leadUnitId as 'A' | 'B'] }
          : {}),
      });
    }
  }
  return ids;
}

export async function insertEvent(
  db: DataSource,
  itemId: string,
  seq: number,
  type: ItemEventType,
  when: Date,
  from: ItemStatus,
  to: ItemStatus,
  data: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<void> {
  await db.query(
    `INSERT INTO timeline_events (item_id, seq, type, at, from_status, to_status, data, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [itemId, seq, type, when, from, to, data, after],
  );
}

const running: NonNullable<SeedItem['events']> = [
  ['published', '2024-03-01T09:00', 'draft', 'assigned', { policyVersion: 1, calendarRevision: 0 }],
  ['acknowledged', '2024-03-02T09:00', 'assigned', 'in_progress'],
];

/**
 * The board of the spec, as of Monday 2024-04-15 12:00 Shanghai (period 2024-04-01 … 04-15):
 * 甲局 leads A1 (on time), A2 (at risk), A3 (overdue since 04-08), A4 (closed on time);
 * 乙局 leads B1 (closed late 04-08, deadline 04-02), B2 (suspended), B3 (on time, 民生实事);
 * B4 is a draft, B5 cancelled, B6 closed before the period.
 */
export const BOARD: SeedItem[] = [
  { key: 'A1', unit: 'A', status: 'in_progress', deadline: '2024-04-30', leader: true, events: running },
  {
    key: 'A2',
    unit: 'A',
    status: 'in_progress',
    colour: 'orange',
    deadline: '2024-04-20',
    events: [
      ...running,
      ['escalated', '2024-03-25T09:00', 'in_progress', 'in_progress', { level: 1, trigger: 'after_deadline' }],
      [
        'risk_found',
        '2024-04-10T09:00',
        'in_progress',
        'in_progress',
        { colour: 'orange', risk: ['progress_trails'] },
        { colour: 'orange' },
      ],
    ],
  },
  {
    key: 'A3',
    unit: 'A',
    status: 'in_progress',
    colour: 'red',
    deadline: '2024-04-08',
    events: [
      ...running,
      [
        'report_reminded',
        '2024-04-03T09:00',
        'in_progress',
        'in_progress',
        { occurrence: 'r1', trigger: 'missed_report' },
      ],
      ['warned', '2024-04-05T09:00', 'in_progress', 'in_progress', { occurrence: 'r1', trigger: 'missed_report' }],
      [
        'escalated',
        '2024-04-09T09:00',
        'in_progress',
        'in_progress',
        { level: 1, trigger: 'after_deadline' },
        { colour: 'red', escalationLevel: 1 },
      ],
      [
        'report_reminded',
        '2024-04-10T09:00',
        'in_progress',
        'in_progress',
        { occurrence: 'r2', trigger: 'missed_report' },
        { colour: 'red', escalationLevel: 1 },
      ],
      [
        'escalated',
        '2024-04-12T09:00',
        'in_progress',
        'in_progress',
        { level: 2, trigger: 'after_deadline' },
        { colour: 'red', escalationLevel: 2 },
      ],
    ],
  },
  {
    key: 'A4',
    unit: 'A',
    status: 'closed',
    deadline: '2024-04-10',
    closedAt: '2024-04-09T10:00',
    events: [
      ...running,
      ['completion_requested', '2024-04-08T09:00', 'in_progress', 'awaiting_signoff', { evidence: [] }],
      ['signed_off', '2024-04-08T15:00', 'awaiting_signoff', 'under_review'],
      ['closed', '2024-04-09T10:00', 'under_review', 'closed'],
    ],
  },
  {
    key: 'B1',
    unit: 'B',
    status: 'closed',
    deadline: '2024-04-02',
    closedAt: '2024-04-08T10:00',
    events: [
      ...running,
      [
        'escalated',
        '2024-04-03T09:00',
        'in_progress',
        'in_progress',
        { level: 1, trigger: 'after_deadline' },
        { leadUnitId: 'A', colour: 'red', escalationLevel: 1 },
      ],
      ['completion_requested', '2024-04-05T09:00', 'in_progress', 'awaiting_signoff', { evidence: [] }],
      ['signed_off', '2024-04-07T10:00', 'awaiting_signoff', 'under_review'],
      ['closed', '2024-04-08T10:00', 'under_review', 'closed'],
    ],
  },
  {
    key: 'B2',
    unit: 'B',
    status: 'suspended',
    deadline: '2024-06-30',
    events: [...running, ['suspended', '2024-04-01T09:00', 'in_progress', 'suspended', {}]],
  },
  {
    key: 'B3',
    unit: 'B',
    status: 'assigned',
    colour: 'yellow',
    deadline: '2024-05-31',
    category: '民生实事',
    leader: true,
    events: [
      [
        'published',
        '2024-03-01T09:00',
        'draft',
        'assigned',
        { policyVersion: 1, calendarRevision: 0 },
        { colour: 'yellow' },
      ],
      [
        'report_reminded',
        '2024-03-30T09:00',
        'assigned',
        'assigned',
        { occurrence: 'r0', trigger: 'missed_report' },
        { colour: 'yellow' },
      ],
    ],
  },
  { key: 'B4', unit: 'B', status: 'draft', deadline: '2024-04-05' },
  {
    key: 'B5',
    unit: 'B',
    status: 'cancelled',
    deadline: '2024-04-05',
    events: [...running, ['cancelled', '2024-03-10T09:00', 'in_progress', 'cancelled', {}]],
  },
  {
    key: 'B6',
    unit: 'B',
    status: 'closed',
    deadline: '2024-03-31',
    closedAt: '2024-03-20T10:00',
    events: [...running, ['closed', '2024-03-20T10:00', 'in_progress', 'closed']],
  },
];
