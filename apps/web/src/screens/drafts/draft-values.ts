import dayjs, { type Dayjs } from 'dayjs';
import type { Category, CreateItem, Item, Priority, ReportingCadence } from '../../api';

export type CadenceKind = ReportingCadence['kind'] | 'none';
export const CADENCE_KINDS: CadenceKind[] = [
  'none',
  'workdays',
  'weekly',
  'semimonthly',
  'monthly',
  'month_end',
  'quarterly',
  'interval',
];

export interface MilestoneValues {
  title: string;
  deadline: Dayjs;
  targetValue?: number | null;
  valueUnit?: string;
}

/** The draft form's fields: dates as the pickers hold them, the cadence split by kind. */
export interface DraftValues {
  title: string;
  content?: string;
  category: Category;
  source?: string;
  priority: Priority;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  supervisingLeaderId?: string | null;
  deadline: Dayjs;
  deadlineTime?: Dayjs | null;
  cadenceKind: CadenceKind;
  cadenceEvery?: number;
  cadenceDay?: number;
  /** 1 Monday … 7 Sunday */
  cadenceWeekday?: number;
  cadenceDuration?: string;
  milestones: MilestoneValues[];
}

/**
 * The body of a create or an edit. The whole draft is sent every time, with null for a field
 * cleared (the API's optional fields take null as "none"), so an edit never keeps a stale value.
 */
export type DraftBody = { [K in keyof CreateItem]-?: CreateItem[K] | (undefined extends CreateItem[K] ? null : never) };

// The API's limits (CreateItemDto), checked in the form before anything is sent.
export const LIMITS = { title: 200, content: 5000, source: 200, valueUnit: 20, cadenceEvery: 60, cadenceDay: 31 };
// A fixed-length ISO 8601 duration: weeks, days, hours, minutes, seconds (no years or months).
export const ISO_DURATION = /^P(?=\d|T\d)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const DATE = 'YYYY-MM-DD';
const blankToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export const emptyDraft = (): Partial<DraftValues> => ({
  priority: 'normal',
  cooperatingUnitIds: [],
  cadenceKind: 'none',
  milestones: [],
});

export function draftBody(v: DraftValues): DraftBody {
  const deadline = v.deadline.format(DATE);
  return {
    title: v.title.trim(),
    content: v.content ?? null,
    category: v.category,
    source: blankToNull(v.source),
    priority: v.priority,
    leadUnitId: v.leadUnitId,
    cooperatingUnitIds: v.cooperatingUnitIds.filter((id) => id !== v.leadUnitId),
    supervisingLeaderId: v.supervisingLeaderId ?? null,
    supervisingLeaderText: null,
    deadline,
    // The exact time on the deadline day, in Asia/Shanghai whatever the browser's zone.
    deadlineAt: v.deadlineTime ? `${deadline}T${v.deadlineTime.format('HH:mm')}:00+08:00` : null,
    reportingCadence: cadenceOf(v),
    milestones: v.milestones.map((m) => ({
      title: m.title.trim(),
      deadline: m.deadline.format(DATE),
      ...(typeof m.targetValue === 'number' ? { targetValue: m.targetValue } : {}),
      ...(m.valueUnit?.trim() ? { valueUnit: m.valueUnit.trim() } : {}),
    })),
  };
}

function cadenceOf(v: DraftValues): ReportingCadence | null {
  switch (v.cadenceKind) {
    case 'none':
      return null;
    case 'workdays':
      return { kind: 'workdays', every: v.cadenceEvery };
    case 'monthly':
      return { kind: 'monthly', day: v.cadenceDay };
    case 'weekly':
      return { kind: 'weekly', weekday: v.cadenceWeekday };
    case 'interval':
      return { kind: 'interval', duration: v.cadenceDuration?.trim() };
    default:
      return { kind: v.cadenceKind };
  }
}

/** The exact time an item is due on its deadline day (HH:mm), or null when it is due at the day's end. */
export function exactTime(item: Pick<Item, 'deadlineAt'>): string | null {
  // deadlineAt is written with +08:00, so its characters 11–16 are the time in Shanghai.
  return item.deadlineAt ? item.deadlineAt.slice(11, 16) : null;
}

export function draftValues(item: Item): DraftValues {
  const time = exactTime(item);
  const cadence = item.reportingCadence;
  return {
    title: item.title,
    content: item.content,
    category: item.category,
    source: item.source ?? undefined,
    priority: item.priority,
    leadUnitId: item.leadUnit.id,
    cooperatingUnitIds: item.cooperatingUnits.map((u) => u.id),
    supervisingLeaderId: item.supervisingLeader?.id ?? null,
    deadline: dayjs(item.deadline),
    deadlineTime: time ? dayjs(`${item.deadline}T${time}`) : null,
    cadenceKind: cadence?.kind ?? 'none',
    cadenceEvery: cadence?.every,
    cadenceDay: cadence?.day,
    cadenceWeekday: cadence?.weekday,
    cadenceDuration: cadence?.duration,
    milestones: item.milestones.map((m) => ({
      title: m.title,
      deadline: dayjs(m.deadline),
      targetValue: m.targetValue,
      valueUnit: m.valueUnit ?? undefined,
    })),
  };
}
