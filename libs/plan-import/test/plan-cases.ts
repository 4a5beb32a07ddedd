// Every deadline and cadence phrase the import reads, with what it must read them as in a 2024
// plan, and a bad row of every kind with the problems it must raise. The unit tests run the
// phrases one by one; make-fixtures.ts writes both into plans, so the parser is tested on them
// in real workbooks too.
import type { ReportingCadence } from '@duban/domain';

export type DeadlineCase = [phrase: string, deadline: string, milestones?: string[]];

const monthEnds = [
  '01-31',
  '02-29',
  '03-31',
  '04-30',
  '05-31',
  '06-30',
  '07-31',
  '08-31',
  '09-30',
  '10-31',
  '11-30',
  '12-31',
];

export const DEADLINES: DeadlineCase[] = [
  ['2024-03-31', '2024-03-31'],
  ['2024/3/31', '2024-03-31'],
  ['2024.3.31', '2024-03-31'],
  ['20240331', '2024-03-31'],
  ['2024年3月31日', '2024-03-31'],
  ['2024年3月31号', '2024-03-31'],
  ['2024年3月31日前', '2024-03-31'],
  ['截至2024年3月31日', '2024-03-31'],
  ['2024年3月31日（星期日）', '2024-03-31'],
  ['２０２４年９月３０日', '2024-09-30'],
  ['3月31日前', '2024-03-31'],
  ['3月31日之前完成', '2024-03-31'],
  ['三月三十一日前', '2024-03-31'],
  ['3月底', '2024-03-31'],
  ['3月底前', '2024-03-31'],
  ['2月底前', '2024-02-29'],
  ['6月底前', '2024-06-30'],
  ['6月末', '2024-06-30'],
  ['6月', '2024-06-30'],
  ['6月份完成', '2024-06-30'],
  ['十二月底前', '2024-12-31'],
  ['2024年6月底前', '2024-06-30'],
  ['2025年6月底前', '2025-06-30'],
  ['6月上旬', '2024-06-10'],
  ['6月中旬', '2024-06-20'],
  ['6月下旬', '2024-06-30'],
  ['3-6月', '2024-06-30'],
  ['3月至6月', '2024-06-30'],
  ['上半年', '2024-06-30'],
  ['上半年完成', '2024-06-30'],
  ['下半年', '2024-12-31'],
  ['年底前', '2024-12-31'],
  ['年底', '2024-12-31'],
  ['年末', '2024-12-31'],
  ['年内', '2024-12-31'],
  ['年内完成', '2024-12-31'],
  ['全年', '2024-12-31'],
  ['本年度内', '2024-12-31'],
  ['2024年底前', '2024-12-31'],
  ['2024年', '2024-12-31'],
  ['一季度', '2024-03-31'],
  ['一季度末', '2024-03-31'],
  ['第一季度末', '2024-03-31'],
  ['第二季度末', '2024-06-30'],
  ['第三季度末', '2024-09-30'],
  ['三季度末前', '2024-09-30'],
  ['四季度', '2024-12-31'],
  ['Q3', '2024-09-30'],
  ['每季度末', '2024-12-31', ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']],
  ['每月底', '2024-12-31', monthEnds.map((d) => `2024-${d}`)],
  ['每月25日前', '2024-12-25', monthEnds.map((d) => `2024-${d.slice(0, 2)}-25`)],
  ['每半年', '2024-12-31', ['2024-06-30', '2024-12-31']],
];

export type DeadlineErrorCase = [phrase: string, code: string];

export const DEADLINE_ERRORS: DeadlineErrorCase[] = [
  ['长期坚持', 'deadline_open_ended'],
  ['持续推进', 'deadline_open_ended'],
  ['常态化推进', 'deadline_open_ended'],
  ['三季度中', 'deadline_unreadable'],
  ['年中', 'deadline_unreadable'],
  ['6月中', 'deadline_unreadable'],
  ['6月前', 'deadline_unreadable'],
  ['年前', 'deadline_unreadable'],
  ['尽快', 'deadline_unreadable'],
  ['45382', 'deadline_unreadable'],
  ['6月底前完成设计，12月底前竣工', 'deadline_unreadable'],
  ['6-3月', 'deadline_unreadable'],
  ['2024-02-30', 'deadline_invalid_date'],
  ['2024年6月31日', 'deadline_invalid_date'],
  ['13月底', 'deadline_invalid_date'],
];

export const CADENCES: [phrase: string, cadence: ReportingCadence | null][] = [
  ['每10个工作日', { kind: 'workdays', every: 10 }],
  ['每5个工作日', { kind: 'workdays', every: 5 }],
  ['每隔5个工作日', { kind: 'workdays', every: 5 }],
  ['每十个工作日', { kind: 'workdays', every: 10 }],
  ['5个工作日一报', { kind: 'workdays', every: 5 }],
  ['每10个工作日，重大情况随时报告', { kind: 'workdays', every: 10 }],
  ['每周一', { kind: 'weekly', weekday: 1 }],
  ['每星期三', { kind: 'weekly', weekday: 3 }],
  ['每周五', { kind: 'weekly', weekday: 5 }],
  ['每周五下班前', { kind: 'weekly', weekday: 5 }],
  ['每周五前报送', { kind: 'weekly', weekday: 5 }],
  ['每周', { kind: 'weekly', weekday: 5 }],
  ['每周一报', { kind: 'weekly', weekday: 5 }],
  ['每月25日前', { kind: 'monthly', day: 25 }],
  ['每月5号', { kind: 'monthly', day: 5 }],
  ['每月25日前报送进展情况', { kind: 'monthly', day: 25 }],
  ['每月底', { kind: 'month_end' }],
  ['每月末', { kind: 'month_end' }],
  ['每月底前', { kind: 'month_end' }],
  ['每月', { kind: 'month_end' }],
  ['每半月', { kind: 'semimonthly' }],
  ['半月一报', { kind: 'semimonthly' }],
  ['每季度末', { kind: 'quarterly' }],
  ['每季度', { kind: 'quarterly' }],
  ['季度末', { kind: 'quarterly' }],
  ['一事一报', null],
  ['不定期', null],
  ['随时报送', null],
  ['无', null],
];

export const CADENCE_ERRORS: [phrase: string, code: string][] = [
  ['每两周', 'cadence_unreadable'],
  ['每10天', 'cadence_unreadable'],
  ['每周二、周四', 'cadence_unreadable'],
  ['按要求报送', 'cadence_unreadable'],
  ['每周六', 'cadence_weekend'],
  ['每周日', 'cadence_weekend'],
  ['每100个工作日', 'cadence_out_of_range'],
  ['每月32日', 'cadence_out_of_range'],
];

/** The cells of one row of the bad plan (defaults: a valid row) and the codes it must raise. */
export interface BadRow {
  title?: string;
  content?: string;
  category?: string;
  lead?: string;
  cooperating?: string;
  leader?: string;
  deadline?: string;
  cadence?: string;
  codes: string[];
}

/** The header of the sample plans, which the bad plan and the csv fixtures use too. */
export const PLAN_HEADER = [
  '序号',
  '重点任务',
  '具体措施',
  '类别',
  '牵头单位',
  '配合单位',
  '责任领导',
  '完成时限',
  '报送频次',
];

/** From row 3 of bad-plan-2024.xlsx (row 1: the title, row 2: the header). With dayOff previous_workday. */
export const BAD_ROWS: BadRow[] = [
  { title: '', codes: ['title_missing'] },
  { title: '长'.repeat(201), codes: ['title_too_long'] },
  { content: '措'.repeat(5001), codes: ['content_too_long'] },
  { category: '重要工作', codes: ['category_unknown'] },
  { category: '', codes: ['category_missing'] },
  { lead: '', codes: ['lead_unit_missing'] },
  { title: '重复录入的任务', lead: '经济发展局、财政国资局', codes: ['lead_unit_several'] },
  { lead: '各街道', codes: ['lead_unit_group'] },
  { lead: '经济发展处', codes: ['unit_unknown'] },
  { cooperating: '环保局', codes: ['unit_inactive'] },
  { cooperating: '综合办公室', codes: ['unit_ambiguous'] },
  { cooperating: '各有关单位', codes: ['unit_group_vague'] },
  { cooperating: '各社区', codes: ['unit_kind_empty'] },
  { leader: '张三', codes: ['leader_unmatched'] },
  { leader: '副主任', codes: ['leader_ambiguous'] },
  { leader: '王敏', codes: ['leader_not_leader'] },
  { leader: '李强、王刚', codes: ['leader_several'] },
  { deadline: '', codes: ['deadline_missing'] },
  { deadline: '三季度中', codes: ['deadline_unreadable'] },
  { deadline: '长期坚持', codes: ['deadline_open_ended'] },
  { deadline: '2024-02-30', codes: ['deadline_invalid_date'] },
  { deadline: '2023年12月29日', codes: ['deadline_before_plan_year'] },
  { deadline: '2024-03-31', codes: ['deadline_moved'] },
  { deadline: '2026-05-31', codes: ['calendar_unconfirmed', 'deadline_moved'] },
  { cadence: '每两周', codes: ['cadence_unreadable'] },
  { cadence: '每100个工作日', codes: ['cadence_out_of_range'] },
  { cadence: '每周六', codes: ['cadence_weekend'] },
  { title: '重复录入的任务', codes: ['title_duplicate'] },
  { title: '清理\u0007控制\u001F字符', codes: [] },
];
