import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNITS } from '../../test/factories';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { UnitsAdmin } from './units-admin';

const STREET = { id: 'u-jd', name: '博兴街道', parentId: 'u-gw', kind: '街道', aliases: ['博兴办事处'] };

describe('the unit tree', () => {
  it("shows a unit's kind and aliases, and edits them with its name", async () => {
    const calls = fakeApi([
      ok('GET', '/units', [...UNITS, STREET]),
      ok('PATCH', '/units/u-jfj', (body: object) => ({ ...UNITS[1], ...body })),
    ]);
    const user = userEvent.setup({ delay: null });
    renderConsole(<UnitsAdmin />);
    const street = (await screen.findAllByTestId('unit-node')).find((n) => n.dataset.unit === '博兴街道')!;
    expect(within(street).getByText('街道')).toBeTruthy();
    expect(within(street).getByTestId('unit-aliases').textContent).toBe('别名：博兴办事处');

    const jfj = screen.getAllByTestId('unit-node').find((n) => n.dataset.unit === '经济发展局')!;
    await user.click(within(jfj).getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('类型'));
    await user.paste('部门');
    await user.click(within(dialog).getByLabelText('别名'));
    await user.paste('经发局');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      name: '经济发展局',
      kind: '部门',
      aliases: ['经发局'],
    });
  });
});
