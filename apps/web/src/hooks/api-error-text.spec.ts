import { ApiError } from '../api';
import { dictionaries } from '../i18n';
import { apiErrorText } from './api-error-text';

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
