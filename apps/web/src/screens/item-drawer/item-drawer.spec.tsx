import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anEvent, anItem } from '../../test/factories';
import { deferred, fakeApi, ok, refuse } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { ItemDrawer } from './item-drawer';

const A = anItem({ id: 'a', title: '汛前排水管网清淤' });
const B = anItem({ id: 'b', title: '新增中小学学位' });
const noop = () => undefined;

function drawer(itemId: string | null, onChanged = noop) {
  return <ItemDrawer itemId={itemId} onClose={noop} onEdit={noop} onChanged={onChanged} />;
}

describe('the item drawer', () => {
  it("shows only the selected item's timeline after a switch, even when the first item's answer comes late", async () => {
    const lateTimeline = deferred<unknown>();
    fakeApi([
      ok('GET', '/items/a', A),
      ok('GET', '/items/a/timeline', () => lateTimeline.promise),
      ok('GET', '/items/b', B),
      ok('GET', '/items/b/timeline', [anEvent({ type: 'acknowledged', comment: 'B 已签收' })]),
    ]);
    const view = renderConsole(drawer('a'));
    await screen.findByText('汛前排水管网清淤');

    view.rerender(drawer('b'));
    await screen.findByText('新增中小学学位');
    await screen.findByText(/B 已签收/);
    expect(screen.queryByText('汛前排水管网清淤')).toBeNull();

    // A's timeline arrives after the switch: it must not replace B's.
    await act(async () =>
      lateTimeline.resolve([anEvent({ type: 'escalated', data: { level: 3 }, comment: 'A 的升级' })]),
    );
    expect(screen.queryByText(/A 的升级/)).toBeNull();
    expect(screen.getByText(/B 已签收/)).toBeTruthy();
  });

  it("says in Chinese why an item cannot be shown, without the API's English; in English with it", async () => {
    fakeApi([refuse('GET', '/items/a', 404, 'item a not found'), ok('GET', '/items/a/timeline', [])]);
    const view = renderConsole(drawer('a'));
    await screen.findByText('未找到，或您无权查看');
    expect(screen.queryByText('item a not found')).toBeNull();
    view.unmount();

    renderConsole(drawer('a'), 'en');
    await screen.findByText('item a not found');
  });

  it('says an item due today whose hour has passed is past its time, not merely due today', async () => {
    const passed = anItem({ id: 'a', workdaysLeft: 0, dueAt: new Date(Date.now() - 60_000).toISOString() });
    fakeApi([ok('GET', '/items/a', passed), ok('GET', '/items/a/timeline', [])]);
    renderConsole(drawer('a'));
    expect((await screen.findByTestId('deadline')).textContent).toContain('今日到期，已超时');
  });

  it('shows each timeline entry with who gave it', async () => {
    const office = {
      userId: 'u1',
      displayName: '督查室 王敏',
      unitId: 'u-dcs',
      unitName: '督查室',
      role: 'office' as const,
    };
    fakeApi([
      ok('GET', '/items/a', A),
      ok('GET', '/items/a/timeline', [
        anEvent({ type: 'created', fromStatus: 'draft', toStatus: 'draft', actor: office }),
        anEvent({ type: 'escalated', actor: null, rule: 'after_deadline:3wd', data: { level: 2 } }),
      ]),
    ]);
    renderConsole(drawer('a'));
    const entries = await screen.findAllByText(/创建草稿|逾期升级 · 2级/);
    expect(entries.map((e) => e.textContent)).toEqual([
      '2026-01-05 09:00 创建草稿督查室 王敏（督查室）',
      '2026-01-05 09:00 逾期升级 · 2级督办系统',
    ]);
  });

  it("says in Chinese why a publish was refused, without the API's English, and changes nothing", async () => {
    const draft = anItem({
      id: 'a',
      status: 'draft',
      title: '汛前排水管网清淤',
      actions: [
        { type: 'edit', reason: 'none' },
        { type: 'delete', reason: 'none' },
        { type: 'publish', reason: 'none' },
      ],
    });
    fakeApi([
      ok('GET', '/items/a', draft),
      ok('GET', '/items/a/timeline', [anEvent({ type: 'created' })]),
      refuse('POST', '/items/a/publish', 409, 'item a is not a draft'),
    ]);
    const changed = jest.fn();
    renderConsole(drawer('a', changed));
    await userEvent.setup({ delay: null }).click(await screen.findByRole('button', { name: /交\s*办/ }));
    await screen.findByText('事项状态已变化，此操作不再适用，请刷新后重试');
    expect(screen.queryByText('item a is not a draft')).toBeNull();
    await waitFor(() => expect(changed).not.toHaveBeenCalled());
  });

  it("shows no draft buttons when the item's actions hold none (a published item)", async () => {
    fakeApi([
      ok('GET', '/items/a', { ...A, actions: [{ type: 'suspend', reason: 'required' }] }),
      ok('GET', '/items/a/timeline', []),
    ]);
    renderConsole(drawer('a'));
    await screen.findByText('汛前排水管网清淤');
    expect(screen.queryByRole('button', { name: /交\s*办/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
  });
});
