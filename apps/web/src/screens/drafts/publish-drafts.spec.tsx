import { screen } from '@testing-library/react';
import { dictionaries } from '../../i18n';
import { fakeApi, refuse } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { PublishResults, publishDrafts } from './publish-drafts';

const pastDeadline = 'the deadline 2024-03-29 has already passed: to record a past item, publish it with allowPast';

describe('the publish results (交办结果)', () => {
  it('says in Chinese why a draft of a past year was not published, without the API English', async () => {
    fakeApi([refuse('POST', '/items/i-1/publish', 422, pastDeadline)]);
    const outcomes = await publishDrafts([{ id: 'i-1', title: '一季度固定资产投资实现“开门红”' }], dictionaries.zh);
    renderConsole(<PublishResults outcomes={outcomes} onClose={() => undefined} />);
    const outcome = await screen.findByTestId('publish-outcome');
    expect(outcome.textContent).toContain('未交办');
    expect(outcome.textContent).toContain('不符合督办规则：完成时限 2024-03-29 已过，不能交办；请修改完成时限后再交办');
    expect(outcome.textContent).not.toContain('allowPast');
  });
});
