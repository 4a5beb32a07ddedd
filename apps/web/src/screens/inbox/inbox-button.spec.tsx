import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { InboxButton } from './inbox-button';

const MESSAGE = {
  id: 'm1',
  itemId: '00000000-0000-4000-8000-00000000000a',
  messageKey: 'k',
  trigger: 'after_deadline',
  level: 1,
  colour: 'red',
  subject: '【逾期升级·1级】汛前排水管网清淤',
  text: '查看详情：https://duban.example.gov.cn/?item=00000000-0000-4000-8000-00000000000a',
  link: 'https://duban.example.gov.cn/?item=00000000-0000-4000-8000-00000000000a',
  createdAt: '2026-03-02T10:00:00.000+08:00',
  readAt: null,
};

describe('the inbox', () => {
  it('opens a message and a to-do in the console the user is in, whatever address the message names', async () => {
    fakeApi([
      ok('GET', '/inbox?pageSize=50&locale=zh-CN', {
        messages: [MESSAGE],
        todos: [
          {
            itemId: 'b',
            title: '新增中小学学位',
            action: 'acknowledge',
            deadline: '2026-05-29',
            colour: 'green',
            returned: false,
            reportDueAt: null,
          },
        ],
        total: 1,
        unread: 1,
        page: 1,
        pageSize: 50,
      }),
    ]);
    const user = userEvent.setup({ delay: null });
    renderConsole(<InboxButton />);
    await user.click(await screen.findByTestId('inbox'));
    await waitFor(() => expect(screen.getByTestId('inbox-open').getAttribute('href')).toBe(`/?item=${MESSAGE.itemId}`));
    expect(screen.getByText('新增中小学学位').getAttribute('href')).toBe('/?item=b');
    expect(screen.getByTestId('inbox-open').textContent).toBe('查看事项');
  });

  it('offers a bulletin notice as 查看通报, not as an item', async () => {
    fakeApi([
      ok('GET', '/inbox?pageSize=50&locale=zh-CN', {
        messages: [{ ...MESSAGE, itemId: null, bulletinId: 'b-1', subject: '【督查通报】2026年第1期', colour: null }],
        todos: [],
        total: 1,
        unread: 1,
        page: 1,
        pageSize: 50,
      }),
    ]);
    const user = userEvent.setup({ delay: null });
    renderConsole(<InboxButton />);
    await user.click(await screen.findByTestId('inbox'));
    expect((await screen.findByTestId('inbox-open')).textContent).toBe('查看通报');
  });
});
