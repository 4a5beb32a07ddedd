import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Me } from '../../api';
import { fakeApi, ok, refuse, type Route } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { DelegationsScreen } from './delegations-screen';
import { shanghaiNow, type Delegation, type DelegationColleague } from './delegation-values';

const UNIT = {
  id: 'u-jfj',
  name: '经济发展局',
  parentId: null,
  kind: 'department',
  aliases: [],
} as unknown as Me['unit'];
const HEAD: Me = { id: 'p-head', username: 'jfj-head', displayName: '钱进', unit: UNIT, roles: ['unit_head'] };
const HANDLER: Me = { ...HEAD, id: 'p-zhao', username: 'jfj-handler', displayName: '赵磊', roles: ['handler'] };
const ADMIN: Me = { ...HEAD, id: 'p-admin', username: 'admin', displayName: '管理员', roles: ['admin'] };
const COLLEAGUES: DelegationColleague[] = [
  { id: 'p-zhao', displayName: '赵磊', unitId: 'u-jfj', unitHead: false },
  { id: 'p-sun', displayName: '孙丽', unitId: 'u-jfj', unitHead: false },
];

/** A time on Shanghai's clocks, as the pickers take it; and an instant, as the API writes one. */
const at = (offsetHours: number) => shanghaiNow().add(offsetHours, 'hour');
const iso = (offsetHours: number) => dayjs().add(offsetHours, 'hour').toISOString();
const aDelegation = (overrides: Partial<Delegation>): Delegation => ({
  id: 'd-1',
  unitId: 'u-jfj',
  delegator: { id: 'p-head', displayName: '钱进' },
  delegate: { id: 'p-zhao', displayName: '赵磊' },
  startsAt: iso(-1),
  endsAt: iso(24),
  reason: '出差',
  revokedAt: null,
  active: true,
  ...overrides,
});

function setup(me: Me, routes: Route[] = []) {
  const calls = fakeApi([
    ...routes,
    ok('GET', '/delegations', []),
    ok('GET', '/delegations/colleagues', COLLEAGUES),
    ok('POST', '/delegations', (body: unknown) => aDelegation(body as Partial<Delegation>)),
  ]);
  const user = userEvent.setup({ delay: null });
  renderConsole(<DelegationsScreen me={me} />);
  return { user, calls, posts: () => calls.filter((c) => c.method === 'POST') };
}

const dialog = () => within(screen.getByRole('dialog'));
const minute = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD HH:mm');

async function pickTime(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.clear(input);
  await user.paste(text);
  await user.tab();
}

async function chooseColleague(user: ReturnType<typeof userEvent.setup>, label: string, name: string) {
  await user.click(dialog().getByLabelText(label));
  await user.click(await screen.findByTitle(name));
}

const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(dialog().getByRole('button', { name: /保\s*存/ }));

describe('the delegation screen', () => {
  it('asks for a colleague and an end after the start before anything is sent', async () => {
    const { user, posts } = setup(HEAD);
    await user.click(await screen.findByTestId('new-delegation'));
    await pickTime(user, dialog().getByLabelText('开始时间'), minute(at(48)));
    await pickTime(user, dialog().getByLabelText('结束时间'), minute(at(24)));
    await save(user);
    expect(await dialog().findByText('请选择受托人')).toBeTruthy();
    expect(await dialog().findByText('结束时间应晚于开始时间')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('sends the colleague and the period with an Idempotency-Key, then lists the delegations again', async () => {
    const { user, posts, calls } = setup(HEAD);
    await user.click(await screen.findByTestId('new-delegation'));
    await chooseColleague(user, '受托人', '孙丽');
    const start = at(-1);
    const end = at(72);
    await pickTime(user, dialog().getByLabelText('开始时间'), minute(start));
    await pickTime(user, dialog().getByLabelText('结束时间'), minute(end));
    await user.click(dialog().getByLabelText('事由'));
    await user.paste('  休假 ');
    const listed = calls.length;
    await save(user);
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0].body).toEqual({
      delegateId: 'p-sun',
      startsAt: `${start.format('YYYY-MM-DDTHH:mm')}:00+08:00`,
      endsAt: `${end.format('YYYY-MM-DDTHH:mm')}:00+08:00`,
      reason: '休假',
    });
    expect(posts()[0].headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await screen.findByText('委托已生效');
    // The list is asked for again once the delegation is made.
    await waitFor(() =>
      expect(calls.slice(listed).some((c) => c.method === 'GET' && c.path === '/delegations')).toBe(true),
    );
  });

  it('sends a retry of the same delegation with the same Idempotency-Key, and a changed one with a new key', async () => {
    let answered = 0;
    const { user, posts } = setup(HEAD, [
      {
        method: 'POST',
        path: '/delegations',
        status: 503,
        answer: () => (answered++, { statusCode: 503, error: 'Service Unavailable', message: 'busy' }),
      },
    ]);
    await user.click(await screen.findByTestId('new-delegation'));
    await chooseColleague(user, '受托人', '孙丽');
    await pickTime(user, dialog().getByLabelText('结束时间'), minute(at(5)));
    await save(user);
    await waitFor(() => expect(posts()).toHaveLength(1));
    await save(user);
    await waitFor(() => expect(posts()).toHaveLength(2));
    await pickTime(user, dialog().getByLabelText('结束时间'), minute(at(6)));
    await save(user);
    await waitFor(() => expect(posts()).toHaveLength(3));
    const keys = posts().map((c) => c.headers['idempotency-key']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(answered).toBe(3);
  });

  it('lets an admin name the head, and offers only that head’s colleagues', async () => {
    const { user, posts } = setup(ADMIN, [
      ok('GET', '/delegations/colleagues', [
        { id: 'p-head', displayName: '钱进', unitId: 'u-jfj', unitHead: true },
        ...COLLEAGUES,
        { id: 'p-other', displayName: '周敏', unitId: 'u-tcj', unitHead: false },
      ]),
    ]);
    await user.click(await screen.findByTestId('new-delegation'));
    await chooseColleague(user, '委托人（单位负责人）', '钱进');
    await user.click(dialog().getByLabelText('受托人'));
    expect(await screen.findByTitle('赵磊')).toBeTruthy();
    expect(screen.queryByTitle('周敏')).toBeNull();
    await user.click(screen.getByTitle('赵磊'));
    await pickTime(user, dialog().getByLabelText('结束时间'), minute(at(5)));
    await save(user);
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0].body).toMatchObject({ delegatorId: 'p-head', delegateId: 'p-zhao' });
  });

  it('shows a handler its unit’s delegations read-only: running, to come and ended', async () => {
    const { calls } = setup(HANDLER, [
      ok('GET', '/delegations', [
        aDelegation({
          id: 'd-old',
          startsAt: '2020-03-01T09:00:00+08:00',
          endsAt: '2020-03-05T18:00:00+08:00',
          active: false,
        }),
        aDelegation({ id: 'd-next', startsAt: iso(24), endsAt: iso(48), active: false }),
        aDelegation({ id: 'd-now' }),
      ]),
    ]);
    const rows = await screen.findAllByTestId('delegation-row');
    expect(rows.map((r) => r.getAttribute('data-phase'))).toEqual(['active', 'upcoming', 'ended']);
    expect(within(rows[0]).getByText('赵磊（我）')).toBeTruthy();
    expect(within(rows[0]).getByText('生效中')).toBeTruthy();
    // Times as Shanghai's clocks show them, whatever the browser's zone.
    expect(within(rows[2]).getByText('2020-03-01 09:00 → 2020-03-05 18:00')).toBeTruthy();
    expect(screen.queryByTestId('new-delegation')).toBeNull();
    expect(screen.queryByTestId('revoke-delegation')).toBeNull();
    expect(screen.getByText('只有单位负责人（或系统管理员）可以设置或撤销委托。')).toBeTruthy();
    expect(calls.some((c) => c.path === '/delegations/colleagues')).toBe(false);
  });

  it('revokes a running delegation, and says a refusal in Chinese', async () => {
    const { user, calls } = setup(HEAD, [
      ok('GET', '/delegations', [aDelegation({})]),
      refuse('DELETE', '/delegations/d-1', 404, 'delegation d-1 not found'),
    ]);
    await user.click(await screen.findByTestId('revoke-delegation'));
    // The confirmation's own button (the row's is the first).
    await waitFor(() => expect(screen.getAllByRole('button', { name: /撤\s*销/ })).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: /撤\s*销/ })[1]);
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/delegations/d-1')).toBe(true));
    expect(await screen.findByText('未找到，或您无权查看')).toBeTruthy();
  });
});
