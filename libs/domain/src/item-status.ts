/** The lifecycle states of a supervision item (docs/domain.md, "The item's lifecycle"). */
export const ITEM_STATUSES = [
  'draft',
  'assigned',
  'in_progress',
  'awaiting_signoff',
  'under_review',
  'closed',
  'suspended',
  'cancelled',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const TERMINAL_STATUSES: readonly ItemStatus[] = ['closed', 'cancelled'];

/** States in which the item's clocks run and the responsible units owe work. */
export const RUNNING_STATUSES: readonly ItemStatus[] = ['assigned', 'in_progress', 'awaiting_signoff', 'under_review'];

export const COLOURS = ['green', 'yellow', 'orange', 'red'] as const;
export type Colour = (typeof COLOURS)[number];

export const CATEGORIES = ['重点工作', '民生实事', '重大项目', '领导批示', '会议议定事项', '安全隐患整改'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
