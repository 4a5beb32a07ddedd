import type { Category } from '../../api';

/** The board's filters, as the URL keeps them (so a link or a reload shows the same board). */
export interface DashboardFilters {
  category?: Category;
  leaderId?: string;
  unitId?: string;
  from?: string;
  to?: string;
}

const KEYS = ['category', 'leaderId', 'unitId', 'from', 'to'] as const;

export function filtersFromUrl(search = window.location.search): DashboardFilters {
  const params = new URLSearchParams(search);
  const filters: DashboardFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) (filters as Record<string, string>)[key] = value;
  }
  return filters;
}

/** Writes the filters into the address bar, keeping any other parameter, without a new history entry. */
export function filtersToUrl(filters: DashboardFilters): void {
  const params = new URLSearchParams(window.location.search);
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

/** The API's query string for the filters. */
export function dashboardPath(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]!);
  const query = params.toString();
  return `/dashboard${query ? `?${query}` : ''}`;
}
