import { DEMO_PASSWORD } from '../seed/demo-directory';
import { passwordProblem } from './password-policy';

describe('the password policy', () => {
  it.each([
    ['Duban@2024', 'office', /at least 12 characters/],
    ['短密码也不够长的', 'office', /at least 12 characters/],
    ['x'.repeat(129), 'office', /at most 128 characters/],
    ['My-jfj-handler-2024!', 'jfj-handler', /must not contain the username/],
    ['OFFICE-is-where-I-work', 'office', /must not contain the username/],
    ['woaini1314520', 'office', /too common/],
    ['Woaini1314520!', 'office', /too common/],
    ['Aa123456789.', 'office', /too common/],
    ['123456789012', 'office', /too common/],
    ['1qaz2wsx3edc', 'office', /too common/],
    ['qwertyuiop123', 'office', /too common/],
    ['Password@2024', 'office', /too common/],
    ['5201314woaini', 'office', /too common/],
    ['aaaaaaaaaaaaaaa', 'office', /too common/],
    ['duban@2024!!!!', 'office', /too common/],
  ])('refuses %j for %s', (password, username, problem) => {
    expect(passwordProblem(password, username)).toMatch(problem);
  });

  it.each([
    [DEMO_PASSWORD, 'jfj-handler'],
    ['长城-故宫-颐和园-2024', 'office'],
    ['correct horse battery staple', 'office'],
    ['Tz7!kq2@Lm9#', 'li'],
    ['li-ming-2024-secure', 'li'], // a two-letter username is too short to rule anything out
  ])('accepts %j for %s', (password, username) => {
    expect(passwordProblem(password, username)).toBeNull();
  });
});
