import { COLOURS, endOfDeadlineDay, type Colour, type ItemEvent } from '@duban/domain';
import type { BulletinEvent, StateAfterEvent } from './bulletin-input';

/** A timeline event as recorded: newer ones carry the state after them (`after`), older ones only `data`. */
export type RecordedEvent = ItemEvent;

/** The fields of the state after an event, as `StateAfterEvent` names them. */
export const STATE_FIELDS = [
  'status',
  'colour',
  'escalationLevel',
  'deadline',
  'dueAt',
  'progressPercent',
  'leadUnitId',
] as const satisfies readonly (keyof StateAfterEvent)[];

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const colour = (v: unknown): Colour | null => (COLOURS.includes(v as Colour) ? (v as Colour) : null);
const FIRINGS = ['escalated', 'warned', 'report_reminded'];
const dueAtOf = (deadline: string) => endOfDeadlineDay(deadline).toISOString();

/**
 * Derives the item's state after each event, for events recorded before events carried it: the
 * adapter folds the timeline from the item's plan. What it cannot read exactly, it approximates
 * (documented in the README); a field an event already carries is kept as it is.
 */
export function withStateAfter(
  item: { leadUnitId: string; originalDeadline: string },
  events: readonly RecordedEvent[],
): BulletinEvent[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  // The plan's lead unit and deadline are the first of the record, wherever the item went since.
  const firstReassigned = sorted.find((e) => e.type === 'reassigned')?.data as Record<string, unknown> | undefined;
  const firstDeadlineMove = sorted.find((e) => e.type === 'extension_approved' || e.type === 'deadline_changed')
    ?.data as Record<string, unknown> | undefined;
  let state: StateAfterEvent = {
    status: 'draft',
    colour: 'green',
    escalationLevel: 0,
    deadline: str(firstDeadlineMove?.previousDeadline) ?? item.originalDeadline,
    dueAt: '',
    progressPercent: 0,
    leadUnitId: str(firstReassigned?.previousLeadUnitId) ?? item.leadUnitId,
  };
  state.dueAt = dueAtOf(state.deadline);
  let atRisk = false;

  return sorted.map((event) => {
    const derived: StateAfterEvent = { ...state, status: event.toStatus };
    // Older records may lack what the kind's type promises: read defensively.
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'escalated':
      case 'warned':
      case 'report_reminded':
      case 'risk_found':
      case 'risk_cleared':
      case 'colour_changed':
      case 'deadline_passed':
        // A firing records the colour the item took as itemColour (its colour is the rule's); a
        // re-judgement (reassess) as colour. Both record the level, the due time and the risk found.
        derived.colour = colour(FIRINGS.includes(event.type) ? data.itemColour : data.colour) ?? derived.colour;
        derived.escalationLevel = num(data.escalationLevel) ?? derived.escalationLevel;
        derived.dueAt = str(data.dueAt) ?? derived.dueAt;
        atRisk = Array.isArray(data.risk) ? data.risk.length > 0 : atRisk;
        break;
      case 'extension_approved':
      case 'deadline_changed': {
        derived.deadline = str(data.requestedDeadline ?? data.deadline) ?? derived.deadline;
        derived.dueAt = dueAtOf(derived.deadline);
        // Approximation: the firings of the old deadline stop counting; the risk found still colours
        // it. A missed report's colour is not in the event; the ladder's next re-judgement records it.
        const overdue = Date.parse(derived.dueAt) <= Date.parse(event.at);
        derived.colour = overdue ? 'red' : atRisk ? 'orange' : 'green';
        derived.escalationLevel = 0;
        break;
      }
      case 'resumed':
        derived.dueAt = str(data.dueAt) ?? derived.dueAt;
        break;
      case 'reassigned':
        derived.leadUnitId = str(data.leadUnitId) ?? derived.leadUnitId;
        break;
      case 'progress_reported':
        // Only the lead unit's report moves the item's progress.
        if (data.unitId === derived.leadUnitId) derived.progressPercent = num(data.percent) ?? derived.progressPercent;
        break;
    }
    // What the event carries wins over what is derived.
    const after = event.after as ItemEvent['after'] | null | undefined;
    state = {
      status: after?.status ?? derived.status,
      colour: after?.colour ?? derived.colour,
      escalationLevel: after?.escalationLevel ?? derived.escalationLevel,
      deadline: after?.deadline ?? derived.deadline,
      dueAt: after?.dueAt ?? derived.dueAt,
      progressPercent: after?.progressPercent ?? derived.progressPercent,
      leadUnitId: after?.leadUnitId ?? derived.leadUnitId,
    };
    return { ...event, ...state };
  });
}
