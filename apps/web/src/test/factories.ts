import type { CalendarYear, Item, TimelineEvent, Unit } from '../api';

export function anItem(overrides: Partial<Item> = {}): Item {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    title: '一季度固定资产投资实现开门红',
    content: '',
    category: '重点工作',
    source: null,
    priority: 'normal',
    status: 'in_progress',
    colour: 'green',
    escalationLevel: 0,
    progressPercent: 0,
    deadline: '2026-03-31',
    deadlineAt: null,
    dueAt: '2026-04-01T00:00:00.000+08:00',
    workdaysLeft: 10,
    leadUnit: { id: 'u-jfj', name: '经济发展局' },
    cooperatingUnits: [],
    supervisingLeader: null,
    supervisingLeaderText: null,
    reportingCadence: null,
    milestones: [],
    pendingExtension: null,
    signedOffAt: null,
    closedAt: null,
    ratingGrade: null,
    ratingComment: null,
    policyVersion: 1,
    calendarRevision: 1,
    calendarFallback: false,
    risk: [],
    attention: null,
    awaitingConfirmation: [],
    actions: [],
    createdAt: '2026-01-05T09:00:00.000+08:00',
    updatedAt: '2026-01-05T09:00:00.000+08:00',
    ...overrides,
  };
}

export function anEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    type: 'published',
    at: '2026-01-05T09:00:00.000+08:00',
    actor: null,
    rule: null,
    fromStatus: 'draft',
    toStatus: 'assigned',
    comment: null,
    data: {},
    ...overrides,
  };
}

export const UNITS: Unit[] = [
  { id: 'u-gw', name: '工委管委会', parentId: null, kind: null, aliases: [] },
  { id: 'u-jfj', name: '经济发展局', parentId: 'u-gw', kind: null, aliases: [] },
  { id: 'u-tcj', name: '投资促进局', parentId: 'u-gw', kind: null, aliases: [] },
  { id: 'u-dcs', name: '督查室', parentId: 'u-gw', kind: null, aliases: [] },
];

/** 2026 as published: National Day 10-01..10-07 off, Saturday 10-10 worked (one part of it). */
export function calendarYear(year: number): CalendarYear {
  return year === 2026
    ? {
        year,
        holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
        adjustedWorkdays: ['2026-10-10'],
        source: 'package',
        revision: 1,
      }
    : { year, holidays: [], adjustedWorkdays: [], source: 'fallback', revision: 1 };
}
