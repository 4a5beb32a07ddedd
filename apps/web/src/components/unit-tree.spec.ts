import { UNITS } from '../test/factories';
import { unitTree } from './unit-tree';

const titles = (nodes: ReturnType<typeof unitTree>): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.title, titles(n.children)] : n.title));

describe('unitTree', () => {
  it('nests the flat list under its parents, siblings in pinyin order', () => {
    expect(titles(unitTree(UNITS))).toEqual([['工委管委会', ['督查室', '经济发展局', '投资促进局']]]);
  });

  it('leaves out a unit and what is below it (where a unit cannot move to), and shows a disabled one', () => {
    const units = [...UNITS, { id: 'u-kc', name: '投资促进科', parentId: 'u-jfj', kind: null, aliases: [] }];
    expect(titles(unitTree(units, { hidden: ['u-jfj'] }))).toEqual([['工委管委会', ['督查室', '投资促进局']]]);
    const lead = unitTree(units, { disabled: ['u-jfj'] })[0].children.find((n) => n.value === 'u-jfj');
    expect(lead?.disabled).toBe(true);
  });

  it('shows a unit whose parent is unknown at the top rather than losing it', () => {
    expect(titles(unitTree([{ id: 'x', name: '开发建设局', parentId: 'gone', kind: null, aliases: [] }]))).toEqual([
      '开发建设局',
    ]);
  });
});
