import { USERS } from '../test/plan-directory';
import { LeaderResolver } from './leader-resolver';

const leaders = new LeaderResolver(USERS);
const nameOf = (text: string) => {
  const found = leaders.resolve(text);
  return found.user ? found.user.displayName : found.code;
};

describe('LeaderResolver', () => {
  it.each([
    ['李强', '李强'],
    ['分管经济工作副主任', '李强'],
    ['分管经济工作 副主任', '李强'],
    ['李强（分管经济工作副主任）', '李强'],
    ['陈晨', '分管副主任 陈晨'],
    ['分管副主任 陈晨', '分管副主任 陈晨'],
  ])('finds “%s” as %s', (text, expected) => {
    expect(nameOf(text)).toBe(expected);
  });

  it.each([
    ['张三', 'leader_unmatched'],
    ['副主任', 'leader_ambiguous'],
    ['王敏', 'leader_not_leader'],
    ['刘洋', 'leader_not_leader'],
  ])('keeps “%s” as text (%s)', (text, code) => {
    expect(nameOf(text)).toBe(code);
  });

  it('takes the first of several leaders and names the others', () => {
    expect(leaders.resolve('张三、王刚、李强')).toMatchObject({
      user: { displayName: '王刚' },
      others: ['张三', '李强'],
    });
  });
});
