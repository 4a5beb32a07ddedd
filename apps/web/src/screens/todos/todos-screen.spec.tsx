import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Todo } from '../../api';
import { anItem } from '../../test/factories';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { TodosScreen } from './todos-screen';

const todo = (overrides: Partial<Todo>): Todo => ({
  itemId: 'a',
  title: '汛前排水管网清淤',
  action: 'report_or_complete',
  deadline: '2026-05-29',
  colour: 'green',
  returned: false,
  reportDueAt: null,
  ...overrides,
});

function inbox(todos: Todo[]) {
  return { messages: [], todos, total: 0, unread: 0, page: 1, pageSize: 1 };
}

describe('my to-dos', () => {
  it('groups the to-dos by what is to be done, and flags an item sent back and a report overdue', async () => {
    fakeApi([
      ok(
        'GET',
        '/inbox?pageSize=1',
        inbox([
          todo({ itemId: 'a', title: '新增中小学学位', action: 'acknowledge' }),
          todo({
            itemId: 'b',
            title: '汛前排水管网清淤',
            returned: true,
            reportDueAt: '2020-03-17T00:00:00.000+08:00',
          }),
          todo({ itemId: 'c', title: '企业服务包全覆盖', reportDueAt: '2099-03-17T00:00:00.000+08:00' }),
        ]),
      ),
    ]);
    renderConsole(<TodosScreen />);
    const acknowledge = await screen.findByText('待签收');
    expect(within(acknowledge.closest('section')!).getByText('新增中小学学位')).toBeTruthy();
    const late = screen.getByText('汛前排水管网清淤').closest('[data-testid="todo"]')!;
    expect(late.textContent).toContain('已退回，请重新办理');
    expect(late.textContent).toContain('进展应于 2020-03-16 报送，已逾期');
    const due = screen.getByText('企业服务包全覆盖').closest('[data-testid="todo"]')!;
    expect(due.textContent).toContain('2099-03-16 前报送进展');
    expect(due.textContent).not.toContain('已退回');
  });

  it('opens the item with the form of its action', async () => {
    fakeApi([
      ok('GET', '/inbox?pageSize=1', inbox([todo({ itemId: 'a', action: 'acknowledge' })])),
      ok(
        'GET',
        '/items/a',
        anItem({ id: 'a', status: 'assigned', actions: [{ type: 'acknowledge', reason: 'optional' }] }),
      ),
      ok('GET', '/items/a/timeline', []),
      ok('GET', '/items/a/progress-reports', []),
    ]);
    const user = userEvent.setup({ delay: null });
    renderConsole(<TodosScreen />);
    await user.click(await screen.findByText('汛前排水管网清淤'));
    const dialog = await screen.findByRole('dialog', { name: /签收 · / });
    await waitFor(() => expect(within(dialog).getByLabelText('意见')).toBeTruthy());
  });

  it('says when there is nothing to do', async () => {
    fakeApi([ok('GET', '/inbox?pageSize=1', inbox([]))]);
    renderConsole(<TodosScreen />);
    await screen.findByText('暂无待办事项');
  });
});
