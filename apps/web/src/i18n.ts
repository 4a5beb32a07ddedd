// zh-CN first, English second: one dictionary per language, the same keys.
export type Lang = 'zh' | 'en';

const zh = {
  appName: '督办',
  login: '登录',
  username: '用户名',
  password: '密码',
  logout: '退出',
  board: '督办看板',
  title: '重点任务',
  leadUnit: '牵头单位',
  deadline: '完成时限',
  status: '状态',
  colour: '预警',
  progress: '进度',
  level: '升级',
  timeline: '办理记录',
  all: '全部',
  total: '共 {n} 项',
  statuses: {
    draft: '草稿', assigned: '已交办', in_progress: '办理中', awaiting_signoff: '待签发',
    under_review: '待审核', closed: '已办结', suspended: '暂缓', cancelled: '已撤销',
  } as Record<string, string>,
  colours: { green: '正常', yellow: '临期', orange: '有风险', red: '逾期' } as Record<string, string>,
  calendarFallback: '日历未确认',
  calendarFallbackHint: '完成时限所在年份尚无节假日安排，按周一至周五计算',
  inbox: '消息',
  inboxEmpty: '暂无消息',
  markAllRead: '全部已读',
  todos: '待办',
  actions: {
    acknowledge: '待签收', report_or_complete: '待办理', confirm: '待确认', sign_off: '待签发', review: '待审核', decide_extension: '延期待批',
  } as Record<string, string>,
  delay: '责任倒查（逾期工作日）',
  parties: {
    lead_unit: '牵头单位', cooperating_unit: '配合单位待确认', unit_head: '单位负责人待签发', office: '督查室审核中', suspended: '暂缓', extension_granted: '已批准延期',
  } as Record<string, string>,
  risks: {
    milestone_late: '节点逾期', progress_trails: '进度滞后', no_report: '未按时报送', extension_pending: '延期待批',
  } as Record<string, string>,
  events: {
    published: '交办', acknowledged: '签收', progress_reported: '报送进展', completion_requested: '申请办结',
    signed_off: '单位负责人签发', returned_by_unit_head: '单位负责人退回', closed: '审核通过，办结', returned_by_office: '督查室退回',
    extension_requested: '申请延期', extension_approved: '批准延期', extension_rejected: '驳回延期', reassigned: '转办',
    suspended: '暂缓', resumed: '恢复办理', cancelled: '撤销', rated: '成效评价', warned: '预警', escalated: '逾期升级',
    report_reminded: '催报', risk_found: '发现逾期风险', risk_cleared: '风险解除', deadline_passed: '已逾期',
    colour_changed: '预警变化', policy_migrated: '改用新督办规则', deadline_changed: '调整完成时限',
    confirmation_requested: '请配合单位确认', confirmed: '配合单位已确认',
  } as Record<string, string>,
};

const en: typeof zh = {
  appName: 'Duban',
  login: 'Sign in',
  username: 'Username',
  password: 'Password',
  logout: 'Sign out',
  board: 'Supervision board',
  title: 'Item',
  leadUnit: 'Lead unit',
  deadline: 'Deadline',
  status: 'Status',
  colour: 'Colour',
  progress: 'Progress',
  level: 'Level',
  timeline: 'Timeline',
  all: 'All',
  total: '{n} items',
  statuses: {
    draft: 'Draft', assigned: 'Assigned', in_progress: 'In progress', awaiting_signoff: 'Awaiting sign-off',
    under_review: 'Under review', closed: 'Closed', suspended: 'Suspended', cancelled: 'Cancelled',
  },
  colours: { green: 'On track', yellow: 'Deadline near', orange: 'At risk', red: 'Overdue' },
  calendarFallback: 'Calendar unconfirmed',
  calendarFallbackHint: 'No holiday arrangement for the deadline year yet: counted Monday to Friday',
  inbox: 'Messages',
  inboxEmpty: 'No messages',
  markAllRead: 'Mark all read',
  todos: 'To do',
  actions: { acknowledge: 'Acknowledge', report_or_complete: 'Work on', confirm: 'Confirm', sign_off: 'Sign off', review: 'Review', decide_extension: 'Decide extension' },
  delay: 'Accountability (late workdays)',
  parties: {
    lead_unit: 'Lead unit', cooperating_unit: 'Cooperating unit (confirmation)', unit_head: 'Unit head (sign-off)', office: 'Office (review)', suspended: 'Suspended', extension_granted: 'Extension granted',
  },
  risks: { milestone_late: 'Milestone late', progress_trails: 'Progress trails', no_report: 'Reports missing', extension_pending: 'Extension pending' },
  events: {
    published: 'Assigned', acknowledged: 'Acknowledged', progress_reported: 'Progress reported', completion_requested: 'Completion requested',
    signed_off: 'Signed off', returned_by_unit_head: 'Returned by unit head', closed: 'Approved and closed', returned_by_office: 'Returned by office',
    extension_requested: 'Extension requested', extension_approved: 'Extension approved', extension_rejected: 'Extension rejected', reassigned: 'Reassigned',
    suspended: 'Suspended', resumed: 'Resumed', cancelled: 'Cancelled', rated: 'Rated', warned: 'Warning', escalated: 'Escalated',
    report_reminded: 'Report reminder', risk_found: 'Overdue risk found', risk_cleared: 'Risk cleared', deadline_passed: 'Deadline passed',
    colour_changed: 'Colour changed', policy_migrated: 'Moved to a new policy', deadline_changed: 'Deadline changed',
    confirmation_requested: 'Confirmation asked', confirmed: 'Confirmed',
  },
};

export const dictionaries = { zh, en };
export type Dictionary = typeof zh;
