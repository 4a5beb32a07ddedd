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
};

export const dictionaries = { zh, en };
export type Dictionary = typeof zh;
