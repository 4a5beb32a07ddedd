import { dashboardPath, filtersFromUrl, filtersToUrl } from './dashboard-filters';

describe("the board's filters in the URL", () => {
  beforeEach(() => window.history.replaceState(null, '', '/?item=x'));

  it('are written without a new history entry, keeping the other parameters, and read back alike', () => {
    const length = window.history.length;
    filtersToUrl({ category: '民生实事', unitId: 'u-a', from: '2024-04-01', to: '2024-04-15' });
    expect(window.history.length).toBe(length);
    expect(new URLSearchParams(window.location.search).get('item')).toBe('x');
    expect(filtersFromUrl()).toEqual({ category: '民生实事', unitId: 'u-a', from: '2024-04-01', to: '2024-04-15' });
    filtersToUrl({ unitId: 'u-a' });
    expect(filtersFromUrl()).toEqual({ unitId: 'u-a' });
  });

  it("become the API's query, without the empty ones", () => {
    expect(dashboardPath({})).toBe('/dashboard');
    expect(dashboardPath({ leaderId: 'l-1', category: undefined })).toBe('/dashboard?leaderId=l-1');
  });
});
