import { lookupKey } from './plan-text';
import type { PlanField } from './plan-types';

/**
 * The names plans give their columns. A header is compared without spaces, line breaks, case,
 * full-width forms and a bracketed remark (完成时限（年月日）), first by these names, then by the
 * patterns below, which catch the variants offices invent (牵头责任单位, 配合责任单位 …).
 */
const HEADER_NAMES: Record<PlanField, string[]> = {
  seq: ['序号', '编号', '序', 'no', 'no.'],
  title: [
    '重点任务',
    '工作任务',
    '任务名称',
    '主要任务',
    '重点工作任务',
    '任务',
    '工作事项',
    '督办事项',
    '事项名称',
    '督办内容',
    '工作要点',
    '项目名称',
  ],
  content: [
    '具体措施',
    '工作内容',
    '工作措施',
    '主要措施',
    '具体内容',
    '推进措施',
    '工作举措',
    '具体举措',
    '任务内容',
    '措施',
    '具体工作措施',
    '工作目标及措施',
    '目标任务及措施',
  ],
  category: ['类别', '类型', '分类', '事项类别', '任务类别', '工作类别'],
  leadUnit: ['牵头单位', '责任单位', '主责单位', '牵头部门', '责任部门', '主办单位', '承办单位', '牵头责任单位'],
  cooperatingUnits: ['配合单位', '协办单位', '配合部门', '协办部门', '协同单位', '参与单位', '配合责任单位'],
  leader: ['责任领导', '分管领导', '牵头领导', '主管领导', '包保领导', '联系领导', '督办领导'],
  deadline: [
    '完成时限',
    '完成时间',
    '时间节点',
    '完成期限',
    '办结时限',
    '截止时间',
    '时限要求',
    '完成时限要求',
    '时限',
  ],
  cadence: ['报送频次', '报送要求', '报送时间', '报送频率', '调度频次', '报告频次', '汇报频次', '进展报送'],
  notes: ['备注', '说明'],
};

// Checked in this order, so 配合责任单位 is read as cooperating before 责任单位 reads it as lead.
const HEADER_PATTERNS: [PlanField, RegExp][] = [
  ['cooperatingUnits', /(配合|协办|协同|参与)/],
  ['leadUnit', /(牵头|责任|主责|主办|承办)(单位|部门)/],
  ['leader', /领导/],
  ['deadline', /(时限|期限|完成时间|截止|时间节点)/],
  ['cadence', /(报送|频次|频率)/],
];

const byName = new Map<string, PlanField>(
  Object.entries(HEADER_NAMES).flatMap(([field, names]) => names.map((name) => [name, field as PlanField])),
);

/** The field a header names, or null for a column the import does not read. */
export function fieldOfHeader(header: string): PlanField | null {
  const key = lookupKey(header).replace(/[(（[【][^)）\]】]*[)）\]】]/g, '');
  if (!key) return null;
  const named = byName.get(key);
  if (named) return named;
  return HEADER_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/** The accepted names of a column, for a message that says what is missing. */
export const headerNamesOf = (field: PlanField) => HEADER_NAMES[field];

const HEADER_SEARCH_ROWS = 30;

/**
 * The header row: of the first rows, the one that names the most fields, the task among them
 * (title rows, blank rows and a two-row header whose merged cells reach the second row come
 * before it). Null when no row names at least three fields.
 */
export function findHeaderRow(rows: string[][]): number | null {
  let best: number | null = null;
  let bestScore = 2;
  for (const [index, texts] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const fields = new Set(texts.map(fieldOfHeader).filter((f) => f !== null));
    if (fields.has('title') && fields.size > bestScore) [best, bestScore] = [index, fields.size];
  }
  return best;
}
