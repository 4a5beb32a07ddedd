import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Item } from '../../api';
import { anItem, calendarYear } from '../../test/factories';
import { fakeApi, ok, refuse, type Route } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { ItemActions } from './item-actions';

const calendar = ok('GET', /^\/calendar\/\d+$/, (_: unknown, path: string) => calendarYear(Number(path.split('/')[2])));
const MILESTONE = {
  id: 'm1',
  title: '完成项目用地报批',
  deadline: '2026-03-16',
  targetValue: 12,
  valueUnit: '宗',
  actualValue: null,
};

function setup(item: Item, routes: Route[] = [], lang: 'zh' | 'en' = 'zh') {
  const calls = fakeApi([calendar, ...routes]);
  const done = jest.fn();
  const refused = jest.fn();
  const user = userEvent.setup({ delay: null });
  renderConsole(<ItemActions item={item} onDone={done} onRefused={refused} />, lang);
  return { user, calls, done, refused };
}

const dialog = () => screen.getByRole('dialog');
const submit = () => within(dialog()).getByRole('button', { name: /提\s*交|Submit/ });

async function pickDate(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, date: string) {
  await user.click(input);
  await user.clear(input);
  await user.paste(date);
  await user.tab();
}

describe("the item's actions", () => {
  it('shows exactly the actions the API offers this user, and nothing when it offers none', () => {
    setup(
      anItem({
        actions: [
          { type: 'report_progress', reason: 'none' },
          { type: 'request_completion', reason: 'none' },
          { type: 'request_extension', reason: 'required', after: '2026-03-31' },
        ],
      }),
    );
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['报送进展', '申请办结', '申请延期']);
  });

  it('checks a progress report before sending it, then sends text, percent, milestone values and the evidence uploaded, with an idempotency key', async () => {
    const item = anItem({ id: 'a', milestones: [MILESTONE], actions: [{ type: 'report_progress', reason: 'none' }] });
    const { user, calls, done } = setup(item, [
      ok('POST', '/items/a/attachments', [{ id: 'att-1', name: '报批.pdf' }]),
      ok('POST', '/items/a/progress', item),
    ]);
    await user.click(screen.getByRole('button', { name: '报送进展' }));
    const percent = within(dialog()).getByLabelText('完成进度（%）');
    await user.clear(percent);
    await user.click(submit());
    await screen.findByText('请填写进展情况');
    expect(screen.getByText('请填写完成进度（%）')).toBeTruthy();

    await user.click(within(dialog()).getByLabelText('进展情况'));
    await user.paste('  已完成 5 宗用地报批 ');
    await user.type(percent, '140');
    await screen.findByText('完成进度（%）应为 0 到 100 之间的整数');
    await user.clear(percent);
    await user.type(percent, '40');
    await user.type(within(dialog()).getByLabelText(MILESTONE.title), '5');
    expect(within(dialog()).getByText('目标 12 宗')).toBeTruthy();
    const file = new File(['%PDF-1.4'], '报批.pdf', { type: 'application/pdf' });
    await user.upload(dialog().querySelector('input[type="file"]') as HTMLInputElement, file);
    await waitFor(() => expect(calls.some((c) => c.path === '/items/a/attachments')).toBe(true));
    const upload = calls.find((c) => c.path === '/items/a/attachments')!;
    expect((upload.body as FormData).get('files')).toBeInstanceOf(File);

    await user.click(submit());
    await waitFor(() => expect(done).toHaveBeenCalled());
    const sent = calls.find((c) => c.path === '/items/a/progress')!;
    expect(sent.body).toEqual({
      text: '已完成 5 宗用地报批',
      percent: 40,
      milestoneValues: [{ milestoneId: 'm1', value: 5 }],
      attachmentIds: ['att-1'],
    });
    expect(sent.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await screen.findByText('进展已报送');
  });

  it('asks for the reason when the head returns an item, and sends it with the decision', async () => {
    const item = anItem({ id: 'a', status: 'awaiting_signoff', actions: [{ type: 'signoff', reason: 'to_return' }] });
    const { user, calls } = setup(item, [ok('POST', '/items/a/signoff', item)]);
    await user.click(screen.getByRole('button', { name: /签\s*发/ }));
    // The choice and the comment have labels of their own: no two fields called 意见.
    expect(within(dialog()).getByText('处理结果')).toBeTruthy();
    expect(within(dialog()).getAllByText('意见')).toHaveLength(1);
    await user.click(within(dialog()).getByLabelText('退回'));
    await user.click(submit());
    await screen.findByText('退回时请填写理由');
    expect(calls.some((c) => c.path === '/items/a/signoff')).toBe(false);
    await user.click(within(dialog()).getByLabelText('退回理由'));
    await user.paste('缺少佐证材料');
    await user.click(submit());
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/items/a/signoff')?.body).toEqual({
        decision: 'return',
        comment: '缺少佐证材料',
      }),
    );
  });

  it('warns when the extension date is a day off, refuses one not after the current deadline, and sends a workday', async () => {
    const item = anItem({
      id: 'a',
      deadline: '2026-09-30',
      actions: [{ type: 'request_extension', reason: 'required', after: '2026-09-30' }],
    });
    const { user, calls } = setup(item, [ok('POST', '/items/a/extensions', item)]);
    await user.click(screen.getByRole('button', { name: '申请延期' }));
    const date = within(dialog()).getByLabelText('申请延期至');
    await pickDate(user, date, '2026-09-30');
    await screen.findByText('应晚于 2026-09-30', { selector: '.ant-form-item-explain-error' });
    await pickDate(user, date, '2026-10-01');
    await screen.findByText('所选日期是法定节假日，非工作日');
    await pickDate(user, date, '2026-10-12');
    await waitFor(() => expect(screen.queryByText(/非工作日/)).toBeNull());
    await user.click(submit());
    await screen.findByText('请填写理由');
    await user.click(within(dialog()).getByLabelText('理由'));
    await user.paste('用地审批受国庆假期影响');
    await user.click(submit());
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/items/a/extensions')?.body).toEqual({
        requestedDeadline: '2026-10-12',
        reason: '用地审批受国庆假期影响',
      }),
    );
  });

  it('says a refusal next to the action in Chinese, without the English of the API, and reloads the item', async () => {
    const item = anItem({ id: 'a', actions: [{ type: 'request_completion', reason: 'none' }] });
    const { user, refused } = setup(item, [
      refuse('POST', '/items/a/completion', 409, 'request completion: not possible while the item is awaiting_signoff'),
    ]);
    await user.click(screen.getByRole('button', { name: '申请办结' }));
    await user.click(within(dialog()).getByLabelText('办结情况'));
    await user.paste('已全部完成');
    await user.click(submit());
    const alert = await screen.findByTestId('action-refusal');
    expect(alert.textContent).toContain('「申请办结」未成功：事项状态已变化，此操作不再适用，请刷新后重试');
    expect(alert.textContent).toContain('事项当前为「待签发」，此操作不再适用');
    expect(alert.textContent).not.toMatch(/[a-z]{3,}/);
    expect(refused).toHaveBeenCalled();
  });

  it('shows the API message as it is in English', async () => {
    const item = anItem({ id: 'a', actions: [{ type: 'confirm', reason: 'optional' }] });
    const { user } = setup(
      item,
      [refuse('POST', '/items/a/confirmations/confirm', 409, 'confirm: no confirmation is awaited from this unit')],
      'en',
    );
    await user.click(screen.getByRole('button', { name: 'Confirm our part' }));
    await user.click(submit());
    const alert = await screen.findByTestId('action-refusal');
    expect(alert.textContent).toContain('Confirm our part did not go through');
    expect(alert.textContent).toContain('confirm: no confirmation is awaited from this unit');
  });

  it('lets the office only reject an extension whose day has passed, and sends the decision to that request', async () => {
    const item = anItem({
      id: 'a',
      actions: [
        {
          type: 'decide_extension',
          reason: 'optional',
          extension: { id: 'x-1', requestedDeadline: '2026-03-20', approvable: false },
        },
      ],
    });
    const { user, calls } = setup(item, [ok('POST', '/items/a/extensions/x-1/decision', item)]);
    await user.click(screen.getByRole('button', { name: '审批延期' }));
    expect(within(dialog()).getByText('申请将完成时限延至 2026-03-20')).toBeTruthy();
    expect(within(dialog()).getByText(/申请的日期已过，只能驳回/)).toBeTruthy();
    expect((within(dialog()).getByLabelText('批准延期') as HTMLInputElement).disabled).toBe(true);
    await user.click(within(dialog()).getByLabelText('驳回'));
    await user.click(submit());
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/items/a/extensions/x-1/decision')?.body).toEqual({
        decision: 'reject',
        comment: undefined,
      }),
    );
  });

  it('asks the office for the reason of a cancellation and the grade of a rating', async () => {
    const item = anItem({
      id: 'a',
      actions: [
        { type: 'cancel', reason: 'required' },
        { type: 'rate', reason: 'optional' },
      ],
    });
    const { user, calls } = setup(item, [ok('POST', '/items/a/cancel', item), ok('POST', '/items/a/rating', item)]);
    await user.click(screen.getByRole('button', { name: /撤\s*销/ }));
    await user.click(submit());
    await screen.findByText('请填写理由');
    await user.click(within(dialog()).getByLabelText('理由'));
    await user.paste('   ');
    await screen.findByText('理由不能只有空格');
    expect(calls.some((c) => c.path === '/items/a/cancel')).toBe(false);
    await user.click(within(dialog()).getByRole('button', { name: /取\s*消/ }));

    await user.click(screen.getByRole('button', { name: '成效评价' }));
    await user.click(submit());
    await screen.findByText('请选择评价等级');
    await user.click(within(dialog()).getByLabelText('良好'));
    await user.click(submit());
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/items/a/rating')?.body).toEqual({ grade: 'good', comment: undefined }),
    );
  });
});
