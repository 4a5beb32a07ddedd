import { fieldOfHeader, findHeaderRow } from './plan-columns';

describe('fieldOfHeader', () => {
  it.each([
    ['序号', 'seq'],
    ['序　号', 'seq'],
    ['重点任务', 'title'],
    ['工作任务', 'title'],
    ['任务名称', 'title'],
    ['具体措施', 'content'],
    ['工作内容', 'content'],
    ['工作措施', 'content'],
    ['类 别', 'category'],
    ['牵头单位', 'leadUnit'],
    ['责任单位', 'leadUnit'],
    ['牵头单位（部门）', 'leadUnit'],
    ['牵头责任单位', 'leadUnit'],
    ['配合单位', 'cooperatingUnits'],
    ['协办单位', 'cooperatingUnits'],
    ['配合责任单位', 'cooperatingUnits'],
    ['责任领导', 'leader'],
    ['分管\n领导', 'leader'],
    ['完成时限', 'deadline'],
    ['完成时间', 'deadline'],
    ['完成时限（年月日）', 'deadline'],
    ['报送频次', 'cadence'],
    ['报送要求', 'cadence'],
    ['进展报送频次', 'cadence'],
    ['备注', 'notes'],
  ])('reads the header “%s” as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('reads no field from a column the import does not know', () => {
    expect(fieldOfHeader('联系人')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
  });
});

describe('findHeaderRow', () => {
  const header = ['序号', '重点任务', '牵头单位', '完成时限'];

  it('finds the header below a merged title and blank rows', () => {
    const title = Array(4).fill('2024年工作要点分工方案');
    expect(findHeaderRow([title, ['', '', '', ''], header, ['1', '任务', '经济发展局', '6月底前']])).toBe(2);
  });

  it('takes the second row of a two-row header, where the merged cells reach down', () => {
    const upper = ['序号', '重点任务', '责任主体', '完成时限'];
    expect(findHeaderRow([upper, header])).toBe(1);
  });

  it('finds none without a task column or with too few known columns', () => {
    expect(findHeaderRow([['序号', '牵头单位', '完成时限']])).toBeNull();
    expect(findHeaderRow([['重点任务', '联系人']])).toBeNull();
  });
});
