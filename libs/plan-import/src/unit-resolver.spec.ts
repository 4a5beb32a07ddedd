import { UNITS, unitId } from '../test/plan-directory';
import { UnitResolver, type UnitPart } from './unit-resolver';

const resolver = new UnitResolver(UNITS);
const names = (parts: UnitPart[]) =>
  parts.map((part) => (part.problem ? part.problem.code : part.units.map((u) => u.name)));

describe('UnitResolver', () => {
  it('finds units by exact name, then by alias, ignoring spaces and full-width forms', () => {
    expect(names(resolver.resolveCell(' 经济发展局 、经发局,投促局'))).toEqual([
      ['经济发展局'],
      ['经济发展局'],
      ['投资促进局'],
    ]);
    expect(resolver.resolveCell('科产局')).toEqual([
      { name: '科产局', units: [UNITS.find((u) => u.id === unitId('科技和产业促进局'))], group: false },
    ]);
  });

  it('splits a cell on 、，,;；/ and line breaks', () => {
    expect(names(resolver.resolveCell('经发局，投促局;财政局；营商局\n社事局/应急局'))).toHaveLength(6);
  });

  it('reads names joined by 及 or a space, and a remark in brackets', () => {
    expect(names(resolver.resolveCell('经济发展局及财政国资局'))).toEqual([['经济发展局', '财政国资局']]);
    expect(names(resolver.resolveCell('经济发展局 财政国资局'))).toEqual([['经济发展局', '财政国资局']]);
    expect(names(resolver.resolveCell('经济发展局（牵头）'))).toEqual([['经济发展局']]);
  });

  it('keeps 和 inside a unit’s name', () => {
    expect(names(resolver.resolveCell('规划和自然资源分局'))).toEqual([['规划和自然资源分局']]);
  });

  it.each([
    ['各街道', ['博兴街道', '荣华街道']],
    ['各镇', ['亦庄镇', '旧宫镇']],
    ['各镇（街道）', ['亦庄镇', '旧宫镇', '博兴街道', '荣华街道']],
    ['各镇街', ['亦庄镇', '旧宫镇', '博兴街道', '荣华街道']],
    ['全部国有企业', ['北京亦庄投资控股有限公司']],
  ])('expands “%s” to every active unit of its kind', (phrase, expected) => {
    const [part] = resolver.resolveCell(phrase);
    expect(part).toMatchObject({ group: true });
    expect(names([part])).toEqual([expected]);
  });

  it('expands 各部门 to the active 部门 units only', () => {
    const [part] = resolver.resolveCell('各部门');
    const expanded = names([part])[0] as string[];
    expect(expanded).toHaveLength(11);
    expect(expanded).not.toContain('环境保护局');
  });

  it.each([
    ['经济发展处', 'unit_unknown'],
    ['环保局', 'unit_inactive'],
    ['综合办公室', 'unit_ambiguous'],
    ['各有关单位', 'unit_group_vague'],
    ['相关部门', 'unit_group_vague'],
    ['各单位', 'unit_group_vague'],
    ['各社区', 'unit_kind_empty'],
  ])('refuses “%s” (%s)', (phrase, code) => {
    expect(resolver.resolveCell(phrase)[0].problem?.code).toBe(code);
  });

  it('suggests the unit a misspelt name probably meant, and none for a stranger', () => {
    expect(resolver.resolveCell('经济发展处')[0].problem).toMatchObject({ suggestion: '经济发展局' });
    expect(resolver.resolveCell('发展局')[0].problem).toMatchObject({ suggestion: '经济发展局' });
    expect(resolver.resolveCell('市公安局')[0].problem).toMatchObject({ suggestion: null });
  });

  it('reads an empty cell as no units', () => {
    expect(resolver.resolveCell(' \u3000')).toEqual([]);
  });
});
