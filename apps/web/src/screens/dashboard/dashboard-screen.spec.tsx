import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api';
import type { components } from '../../api-types';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { DashboardScreen } from './dashboard-screen';

type Dashboard = components['schemas']['DashboardView'];
const figures = (overrides: Partial<Dashboard['totals']> = {}): Dashboard['totals'] => ({
  open: 5,
  onTime: 2,
  atRisk: 1,
  overdue: 1,
  suspended: 1,
  closedOnTime: 1,
  closedLate: 1,
  averageWorkdaysLate: 4,
  missedReports: 2,
  escalations: { level1: 2, level2: 1, level3: 0 },
  ...overrides,
});
const board = (overrides: Partial<Dashboard> = {}): Dashboard => ({
  asOf: '2024-04-15T04:00:00.000Z',
  from: '2024-04-01',
  to: '2024-04-15',
  totals: figures(),
  units: [
    { unitId: 'u-a', unitName: '甲局', figures: figures({ open: 3, overdue: 1 }) },
    { unitId: 'u-b', unitName: '乙局', figures: figures({ open: 2, overdue: 0 }) },
  ],
  colours: [{ unitId: 'u-a', unitName: '甲局', green: 1, yellow: 0, orange: 1, red: 1 }],
  overdueSeries: [
    { date: '2024-04-07', overdue: 1 },
    { date: '2024-04-14', overdue: 1 },
  ],
  delayAttribution: [{ party: 'office', unitId: null, unitName: null, workdays: 2 }],
  ...overrides,
});
const office = {
  id: 'o',
  displayName: '督查室 王敏',
  roles: ['office'],
  unit: { id: 'u-d', name: '督查室' },
} as unknown as Me;

describe('the dashboard (综合看板)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('shows the figures, the units and both charts', async () => {
    fakeApi([
      ok('GET', '/dashboard', board()),
      ok('GET', '/units', []),
      ok('GET', '/users/leaders', []),
      ok('GET', /^\/items/, { items: [] }),
    ]);
    renderConsole(<DashboardScreen me={office} />);
    const overdue = await screen.findByTestId('figure-overdue');
    expect(within(overdue).getByText('已逾期')).toBeTruthy();
    expect(within(screen.getByTestId('figure-escalations')).getByText('2 / 1 / 0')).toBeTruthy();
    // The time of the figures in Beijing time, as the timeline says its times, wherever the browser is.
    expect(screen.getByText(/数据截至 2024\/4\/15 12:00:00/)).toBeTruthy();
    const units = screen.getByTestId('dashboard-units');
    expect(within(units).getByText('甲局')).toBeTruthy();
    expect(within(units).getByText('乙局')).toBeTruthy();
    expect(screen.getByText('督查室审核')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('colour-chart').querySelector('svg')).not.toBeNull());
    expect(screen.getByTestId('overdue-chart').querySelector('svg')).not.toBeNull();
  });

  it('reads its filters from the URL, asks the API with them, and keeps a changed filter in the URL', async () => {
    window.history.replaceState(null, '', '/?unitId=u-a&from=2024-04-01&to=2024-04-15');
    const calls = fakeApi([
      ok('GET', /^\/dashboard/, board()),
      ok('GET', '/units', [{ id: 'u-a', name: '甲局', parentId: null }]),
      ok('GET', /^\/items/, { items: [] }),
    ]);
    renderConsole(<DashboardScreen me={office} />);
    await screen.findByTestId('figure-open');
    expect(calls.map((c) => c.path)).toContain('/dashboard?unitId=u-a&from=2024-04-01&to=2024-04-15');

    await userEvent.click(within(screen.getByTestId('dashboard-category')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('民生实事'));
    await waitFor(() => expect(window.location.search).toContain('category=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B'));
    expect(window.location.search).toContain('unitId=u-a');
    await waitFor(() =>
      expect(calls.map((c) => c.path)).toContain(
        `/dashboard?category=${encodeURIComponent('民生实事')}&unitId=u-a&from=2024-04-01&to=2024-04-15`,
      ),
    );
  });

  it('speaks English when asked', async () => {
    fakeApi([
      ok('GET', '/dashboard', board()),
      ok('GET', '/units', []),
      ok('GET', '/users/leaders', []),
      ok('GET', /^\/items/, { items: [] }),
    ]);
    renderConsole(<DashboardScreen me={office} />, 'en');
    expect(within(await screen.findByTestId('figure-overdue')).getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('Office review')).toBeTruthy();
  });
});
