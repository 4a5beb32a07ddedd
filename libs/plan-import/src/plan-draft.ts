import type { Category, ReportingCadence } from '@duban/domain';
import type { PlanRow } from './plan-types';

/** A valid row in the shape of the API's CreateItemDto (plus leaderText, the leader kept as text). */
export interface DraftItem {
  title: string;
  content?: string;
  category: Category;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  supervisingLeaderId?: string;
  leaderText?: string;
  deadline: string;
  reportingCadence?: ReportingCadence;
  milestones?: { title: string; deadline: string }[];
}

/** The draft item a valid row becomes; a row with an error has none. */
export function draftItem(row: PlanRow): DraftItem {
  if (!row.valid || !row.category || !row.leadUnitId || !row.deadline)
    throw new Error(`row ${row.row} has errors and makes no draft item`);
  return {
    title: row.title,
    ...(row.content ? { content: row.content } : {}),
    category: row.category,
    leadUnitId: row.leadUnitId,
    cooperatingUnitIds: row.cooperatingUnitIds,
    ...(row.supervisingLeaderId ? { supervisingLeaderId: row.supervisingLeaderId } : {}),
    ...(row.leaderText ? { leaderText: row.leaderText } : {}),
    deadline: row.deadline,
    ...(row.reportingCadence ? { reportingCadence: row.reportingCadence } : {}),
    ...(row.milestones.length
      ? { milestones: row.milestones.map(({ title, deadline }) => ({ title, deadline })) }
      : {}),
  };
}
