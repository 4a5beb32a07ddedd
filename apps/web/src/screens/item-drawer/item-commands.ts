import type { Dayjs } from 'dayjs';
import type { ActionType, ItemAction } from '../../api';

/** The actions a person takes in the item's action forms; a draft's edit, delete and publish have buttons of their own. */
export type WorkAction = Exclude<ActionType, 'edit' | 'delete' | 'publish'>;
export const WORK_ACTIONS: WorkAction[] = [
  'acknowledge',
  'report_progress',
  'request_completion',
  'request_confirmation',
  'confirm',
  'request_extension',
  'signoff',
  'review',
  'decide_extension',
  'change_deadline',
  'reassign',
  'suspend',
  'resume',
  'cancel',
  'rate',
];
export const isWorkAction = (type: ActionType): type is WorkAction => (WORK_ACTIONS as ActionType[]).includes(type);

/** What an action form holds; each action reads the fields it asks for. */
export interface ActionValues {
  comment?: string;
  reason?: string;
  decision?: 'approve' | 'return' | 'reject';
  text?: string;
  percent?: number;
  summary?: string;
  /** Milestone id → the value reached. */
  milestoneValues?: Record<string, number | null | undefined>;
  /** The ids of the evidence files uploaded for this form. */
  attachmentIds?: string[];
  date?: Dayjs;
  unitId?: string;
  leadUnitId?: string;
  cooperatingUnitIds?: string[];
  grade?: 'excellent' | 'good' | 'fair' | 'poor';
}

/** A command as sent: POST /api/items/{id}/<path> with its body. */
export interface CommandRequest {
  path: string;
  body: Record<string, unknown>;
}

// Empty text is left out: the API takes an absent comment, not a blank one.
const text = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** The route and body of an action, from what its form holds. */
export function commandRequest(action: ItemAction & { type: WorkAction }, v: ActionValues): CommandRequest {
  const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
  switch (action.type) {
    case 'acknowledge':
      return { path: 'acknowledge', body: { comment: text(v.comment) } };
    case 'report_progress':
      return {
        path: 'progress',
        body: {
          text: text(v.text),
          percent: v.percent,
          milestoneValues: Object.entries(v.milestoneValues ?? {})
            .filter((e): e is [string, number] => typeof e[1] === 'number')
            .map(([milestoneId, value]) => ({ milestoneId, value })),
          attachmentIds: v.attachmentIds ?? [],
        },
      };
    case 'request_completion':
      return { path: 'completion', body: { summary: text(v.summary), attachmentIds: v.attachmentIds ?? [] } };
    case 'signoff':
      return { path: 'signoff', body: { decision: v.decision, comment: text(v.comment) } };
    case 'review':
      return { path: 'review', body: { decision: v.decision, comment: text(v.comment) } };
    case 'request_extension':
      return { path: 'extensions', body: { requestedDeadline: day(v.date), reason: text(v.reason) } };
    case 'decide_extension':
      return {
        path: `extensions/${action.extension?.id ?? ''}/decision`,
        body: { decision: v.decision, comment: text(v.comment) },
      };
    case 'request_confirmation':
      return { path: 'confirmations', body: { unitId: v.unitId, note: text(v.reason) } };
    case 'confirm':
      return { path: 'confirmations/confirm', body: { comment: text(v.comment) } };
    case 'reassign':
      return {
        path: 'reassign',
        body: { leadUnitId: v.leadUnitId, cooperatingUnitIds: v.cooperatingUnitIds ?? [], reason: text(v.reason) },
      };
    case 'change_deadline':
      return { path: 'deadline', body: { deadline: day(v.date), reason: text(v.reason) } };
    case 'suspend':
      return { path: 'suspend', body: { reason: text(v.reason) } };
    case 'resume':
      return { path: 'resume', body: { reason: text(v.reason) } };
    case 'cancel':
      return { path: 'cancel', body: { reason: text(v.reason) } };
    case 'rate':
      return { path: 'rating', body: { grade: v.grade, comment: text(v.comment) } };
  }
}
