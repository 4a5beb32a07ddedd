import { ApiError } from '../api';
import { dictionaries } from '../i18n';
import { apiErrorText, localDetail } from './api-error-text';

describe('apiErrorText', () => {
  it("says what the API's status means in the user's language, with the API's message as the detail", () => {
    const refused = new ApiError(422, 'deadline: 2027-10-01 is not a workday');
    expect(apiErrorText(refused, dictionaries.zh)).toEqual({
      title: '不符合督办规则',
      detail: 'deadline: 2027-10-01 is not a workday',
    });
    expect(apiErrorText(refused, dictionaries.en).title).toBe('Refused by a supervision rule');
  });

  it('tells a network failure, a conflict and a server failure apart', () => {
    const t = dictionaries.zh;
    expect(apiErrorText(new ApiError(0, 'Failed to fetch'), t).title).toBe(t.errors.network);
    expect(apiErrorText(new ApiError(409, 'item is published'), t).title).toBe(t.errors.conflict);
    expect(apiErrorText(new ApiError(503, 'temporal is unavailable'), t).title).toBe(t.errors.server);
    expect(apiErrorText(new ApiError(418, 'teapot'), t).title).toBe(t.errors.unknown);
  });
});

describe('localDetail', () => {
  const { zh, en } = dictionaries;
  it('says a refusal for the state in Chinese, and leaves out any other English on a Chinese screen', () => {
    expect(localDetail('review an item: not possible while the item is in_progress', zh, 'zh')).toBe(
      '事项当前为「办理中」，此操作不再适用',
    );
    expect(localDetail('only the head of the lead unit may sign off', zh, 'zh')).toBeUndefined();
    expect(localDetail('报告.pdf: the content is a Windows program', zh, 'zh')).toBeUndefined();
    expect(localDetail('经济发展局', zh, 'zh')).toBe('经济发展局');
    expect(
      localDetail(
        'the deadline 2024-03-29 has already passed: to record a past item, publish it with allowPast',
        zh,
        'zh',
      ),
    ).toBe('完成时限 2024-03-29 已过，不能交办；请修改完成时限后再交办');
  });

  it("keeps the API's message as it is in English", () => {
    expect(localDetail('only the head of the lead unit may sign off', en, 'en')).toBe(
      'only the head of the lead unit may sign off',
    );
  });
});
