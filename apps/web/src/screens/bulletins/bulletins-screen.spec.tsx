import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api';
import type { components } from '../../api-types';
import { fakeApi, ok } from '../../test/fake-api';
import { renderConsole } from '../../test/render';
import { BulletinsScreen } from './bulletins-screen';

type Bulletin = components['schemas']['BulletinView'];
const totals: Bulletin['totals'] = {
  open: 5,
  onTime: 2,
  nearDeadline: 1,
  atRisk: 1,
  overdue: 1,
  suspended: 1,
  closedOnTime: 1,
  closedLate: 1,
  averageWorkdaysLate: 4,
  missedReports: 2,
  escalations: { level1: 2, level2: 1, level3: 0 },
  onTimeRate: 71.4,
};
const line = {
  itemId: 'i-a3',
  title: '事项A3',
  leadUnitName: '甲局',
  deadline: '2024-04-08',
  workdaysLate: 5,
  escalationLevel: 2,
};
const aBulletin = (overrides: Partial<Bulletin> = {}): Bulletin => ({
  id: 'b-1',
  year: 2024,
  issue: 1,
  numberLabel: '2024年第1期',
  cutoff: '2024-04-15T04:00:00.000Z',
  previousCutoff: null,
  contentSha256: 'ab'.repeat(32),
  madeBy: null,
  createdAt: '2024-04-15T04:00:01.000Z',
  totals,
  created: true,
  snapshot: {
    title: '督查通报',
    numberLabel: '2024年第1期',
    issuer: '督查室',
    cutoffDate: '2024-04-15',
    units: [{ rank: 1, unitId: 'u-a', unitName: '甲局', figures: totals }],
    overdue: [{ unitId: 'u-a', unitName: '甲局', items: [line] }],
    atRisk: [],
    closed: [],
    escalations: [],
    rankingRule: '排名规则：逾期事项少者在前',
  },
  ...overrides,
});
const page = (bulletins: Bulletin[]) => ({ bulletins, total: bulletins.length, page: 1, pageSize: 20 });
const office = {
  id: 'o',
  displayName: '督查室 王敏',
  roles: ['office'],
  unit: { id: 'u-d', name: '督查室' },
} as unknown as Me;
const leader = { ...office, roles: ['leader'] } as unknown as Me;

describe('the bulletins page (督查通报)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('lists the bulletins, and the schedule as maker of those it made', async () => {
    fakeApi([ok('GET', /^\/bulletins\?/, page([aBulletin()]))]);
    renderConsole(<BulletinsScreen me={leader} />);
    const list = await screen.findByTestId('bulletin-list');
    expect(await within(list).findByText('2024年第1期')).toBeTruthy();
    expect(within(list).getByText('定时生成')).toBeTruthy();
    // Only the office makes them.
    expect(screen.queryByTestId('make-bulletin')).toBeNull();
  });

  it('lets the office make one now and opens its preview with the sections of the document', async () => {
    let made = false;
    const calls = fakeApi([
      ok('GET', /^\/bulletins\?/, () => page(made ? [aBulletin()] : [])),
      ok('POST', '/bulletins', () => ((made = true), aBulletin())),
      ok('GET', '/bulletins/b-1', aBulletin({ created: false })),
    ]);
    renderConsole(<BulletinsScreen me={office} />);
    // Before the first one, the empty list says where bulletins come from.
    expect(await screen.findByText(/暂无通报。每周按计划自动生成/)).toBeTruthy();
    await userEvent.click(await screen.findByTestId('make-bulletin'));
    await userEvent.click(await screen.findByTestId('make-bulletin-confirm'));
    const preview = await screen.findByTestId('bulletin-preview');
    expect(within(preview).getByText('二、逾期事项')).toBeTruthy();
    expect(within(preview).getByText('事项A3')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({});
  });

  it('opens the bulletin a notice links to, and checks it against the record', async () => {
    window.history.replaceState(null, '', '/bulletins?open=b-1');
    fakeApi([
      ok('GET', /^\/bulletins\?/, page([aBulletin()])),
      ok('GET', '/bulletins/b-1', aBulletin({ created: false })),
      ok('GET', '/bulletins/b-1/check', {
        matches: false,
        hashMatches: true,
        differences: ['totals.overdue: 2 (stored) ≠ 1 (record)'],
      }),
    ]);
    renderConsole(<BulletinsScreen me={leader} />);
    const preview = await screen.findByTestId('bulletin-preview');
    await userEvent.click(within(preview).getByTestId('check-bulletin'));
    const result = await screen.findByTestId('check-result');
    expect(result.textContent).toContain('核对不一致：发现 1 处差异');
    expect(result.textContent).toContain('totals.overdue: 2 (stored) ≠ 1 (record)');
  });

  it('lets a unit read and download a bulletin it is named in, but not check it', async () => {
    window.history.replaceState(null, '', '/bulletins?open=b-1');
    fakeApi([ok('GET', /^\/bulletins\?/, page([aBulletin()])), ok('GET', '/bulletins/b-1', aBulletin())]);
    renderConsole(<BulletinsScreen me={{ ...leader, roles: ['unit_head'] } as unknown as Me} />);
    const preview = await screen.findByTestId('bulletin-preview');
    expect(within(preview).getByTestId('download-pdf')).toBeTruthy();
    expect(within(preview).queryByTestId('check-bulletin')).toBeNull();
    expect(screen.queryByTestId('make-bulletin')).toBeNull();
  });

  it('downloads the PDF under the name the API gives it', async () => {
    window.history.replaceState(null, '', '/bulletins?open=b-1');
    fakeApi([ok('GET', /^\/bulletins\?/, page([aBulletin()])), ok('GET', '/bulletins/b-1', aBulletin())]);
    const fetchJson = window.fetch;
    const downloads: string[] = [];
    window.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('/pdf')
        ? ({
            ok: true,
            status: 200,
            headers: new Headers({ 'content-disposition': 'attachment; filename="bulletin-2024-01.pdf"' }),
            blob: async () => new Blob(['%PDF-1.7']),
          } as Response)
        : fetchJson(input, init),
    );
    URL.createObjectURL = jest.fn(() => 'blob:pdf');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderConsole(<BulletinsScreen me={leader} />);
    await userEvent.click(await screen.findByTestId('download-pdf'));
    await waitFor(() => expect(downloads).toEqual(['bulletin-2024-01.pdf']));
  });
});
