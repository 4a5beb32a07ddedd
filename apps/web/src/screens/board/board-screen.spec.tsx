import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api';
import { anItem, UNITS } from '../../test/factories';
import { fakeApi, ok, type Call } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { BoardScreen } from './board-screen';
import { filtersFromSearch, isBoardAddress, itemsQuery, searchOfFilters } from './board-filters';

const OFFICE: Me = {
  id: 'me-office',
  username: 'office',
  displayName: '督查室 王敏',
  unit: UNITS[0],
  roles: ['office'],
};
const LEADER: Me = { ...OFFICE, id: 'me-leader', username: 'leader', displayName: '李强', roles: ['leader'] };
const page = (items = [anItem()]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const itemCalls = (calls: Call[]) => calls.filter((c) => c.method === 'GET' && c.path.startsWith('/items?'));

function setup(me: Me, address: string) {
  window.history.replaceState(null, '', address);
  const calls = fakeApi([
    ok('GET', '/units', UNITS),
    ok('GET', '/users/leaders', [{ id: 'l-1', displayName: '李强', title: null, unitId: 'u-gw' }]),
    ok(
      'GET',
      /^\/items\?.*minEscalationLevel/,
      page([anItem({ id: 'e', title: '汛前排水管网清淤', escalationLevel: 2 })]),
    ),
    ok('GET', /^\/items\?/, page()),
  ]);
  const user = userEvent.setup({ delay: null });
  renderConsole(<BoardScreen me={me} />);
  return { calls, user };
}

describe('the board’s filters and the address', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads the filters of a shared address and asks the API for exactly that list', async () => {
    const { calls } = setup(
      OFFICE,
      '/?status=in_progress&colour=red&level=2&unitId=u-jfj&dueFrom=2026-01-01&q=清淤&page=2',
    );
    await waitFor(() => expect(itemCalls(calls).length).toBeGreaterThan(0));
    const asked = new URLSearchParams(itemCalls(calls)[0].path.split('?')[1]);
    expect(Object.fromEntries(asked)).toEqual({
      page: '2',
      pageSize: '20',
      status: 'in_progress',
      colour: 'red',
      unitId: 'u-jfj',
      dueFrom: '2026-01-01',
      q: '清淤',
      escalationLevel: '2',
    });
    // The filters show what the address says.
    const bar = screen.getByTestId('board-filters');
    expect(within(bar).getByText('办理中')).toBeTruthy();
    expect(within(bar).getByText('逾期')).toBeTruthy();
    expect(within(bar).getByText('2 级')).toBeTruthy();
  });

  it('writes a chosen filter into the address, back to the first page, and lists again', async () => {
    const { calls, user } = setup(OFFICE, '/?page=3&item=abc');
    await waitFor(() => expect(itemCalls(calls).length).toBeGreaterThan(0));
    await user.click(within(screen.getByTestId('filter-status')).getByRole('combobox'));
    await user.click(await screen.findByTitle('待审核'));
    await waitFor(() => expect(window.location.search).toContain('status=under_review'));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('page')).toBeNull(); // the first page
    expect(params.get('item')).toBe('abc'); // a message's item link stays
    await waitFor(() => expect(itemCalls(calls).at(-1)?.path).toContain('status=under_review'));

    await user.click(screen.getByTestId('filter-q').querySelector('input')!);
    await user.paste('排水');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('排水'));
    await waitFor(() => expect(itemCalls(calls).at(-1)?.path).toContain(`q=${encodeURIComponent('排水')}`));

    await user.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(window.location.search).toBe('?item=abc'));
  });

  it('shows a leader the items escalated to them on top, and no office buttons', async () => {
    const { calls } = setup(LEADER, '/');
    const card = await screen.findByTestId('my-escalations');
    await within(card).findByText('汛前排水管网清淤');
    expect(within(card).getByText('升级到我的事项（1）')).toBeTruthy();
    const asked = calls.find((c) => c.path.includes('minEscalationLevel'))!.path;
    expect(asked).toContain('supervisingLeaderId=me-leader');
    expect(asked).toContain('minEscalationLevel=2');
    expect(screen.queryByTestId('new-draft')).toBeNull();
    expect(screen.queryByTestId('publish-selected')).toBeNull();
  });

  it('offers the office every leader in a new draft, without the note of an incomplete list', async () => {
    const { calls, user } = setup(OFFICE, '/');
    await user.click(await screen.findByTestId('new-draft'));
    await screen.findByTestId('draft-editor');
    await waitFor(() => expect(calls.filter((c) => c.path === '/users/leaders').length).toBeGreaterThan(1));
    expect(screen.queryByText(/仅列出已在事项中出现过的责任领导/)).toBeNull();
  });

  it('shows a closed item at 100% whatever its last report said', async () => {
    window.history.replaceState(null, '', '/');
    fakeApi([
      ok('GET', '/units', UNITS),
      ok('GET', '/users/leaders', []),
      ok('GET', /^\/items\?/, page([anItem({ status: 'closed', progressPercent: 60 })])),
    ]);
    renderConsole(<BoardScreen me={OFFICE} />);
    const progress = await screen.findByTestId('progress');
    expect(progress.textContent).toContain('100%');
  });
});

describe('the board’s colours', () => {
  it('shows no warning colour for a draft or a cancelled item, whose 正常 would mislead', async () => {
    window.history.replaceState(null, '', '/');
    fakeApi([
      ok('GET', '/units', UNITS),
      ok('GET', '/users/leaders', []),
      ok(
        'GET',
        /^\/items\?/,
        page([
          anItem({ id: 'd', title: '草稿事项', status: 'draft' }),
          anItem({ id: 'c', title: '撤销事项', status: 'cancelled' }),
          anItem({ id: 'r', title: '办理事项', status: 'in_progress', colour: 'red' }),
        ]),
      ),
    ]);
    renderConsole(<BoardScreen me={OFFICE} />);
    const running = (await screen.findByText('办理事项')).closest('tr') as HTMLElement;
    expect(running.querySelector('[data-colour="red"]')).toBeTruthy();
    for (const title of ['草稿事项', '撤销事项']) {
      const row = screen.getByText(title).closest('tr') as HTMLElement;
      expect(row.querySelector('[data-colour]')).toBeNull();
    }
  });
});

describe('filters in an address', () => {
  it('tell a link to the board from a link to the 综合看板', () => {
    expect(isBoardAddress('?colour=red')).toBe(true);
    expect(isBoardAddress('?q=清淤&unitId=u-jfj')).toBe(true);
    expect(isBoardAddress('?category=key_work&unitId=u-jfj&from=2026-01-01')).toBe(false);
    expect(isBoardAddress('')).toBe(false);
  });

  it('leave out what an address cannot mean', () => {
    expect(filtersFromSearch('?level=9&page=-1&pageSize=7&dueTo=soon&status=')).toEqual({ page: 1, pageSize: 20 });
  });

  it('round-trip through the address and keep other parameters', () => {
    const filters = filtersFromSearch('?category=重大项目&supervisingLeaderId=l-1&level=0&pageSize=50');
    expect(filters).toEqual({
      category: '重大项目',
      supervisingLeaderId: 'l-1',
      escalationLevel: 0,
      page: 1,
      pageSize: 50,
    });
    const search = searchOfFilters(filters, new URLSearchParams('item=x&status=closed'));
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(new URLSearchParams(search).get('item')).toBe('x');
    expect(itemsQuery(filters)).toContain('escalationLevel=0');
  });
});
