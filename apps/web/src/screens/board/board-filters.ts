import type { Category, Colour, ItemStatus } from '../../api';

/** What the board shows: the list's filters and page, as the address keeps them. */
export interface BoardFilters {
  status?: ItemStatus;
  colour?: Colour;
  escalationLevel?: number;
  unitId?: string;
  category?: Category;
  supervisingLeaderId?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const TEXT_KEYS = ['status', 'colour', 'unitId', 'category', 'supervisingLeaderId', 'dueFrom', 'dueTo', 'q'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters an address holds (`?status=in_progress&unitId=…&page=2`). What the address cannot
 * mean (a page of -1, a level of 9, a date of "soon") is left out rather than sent to the API.
 */
export function filtersFromSearch(search: string): BoardFilters {
  const params = new URLSearchParams(search);
  const filters: BoardFilters = { page: 1, pageSize: DEFAULT_PAGE_SIZE };
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'dueFrom' || key === 'dueTo') && !DATE.test(value)) continue;
    (filters as unknown as Record<string, string>)[key] = value;
  }
  const level = Number(params.get('level'));
  if (params.get('level') && Number.isInteger(level) && level >= 0 && level <= 3) filters.escalationLevel = level;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page;
  const pageSize = Number(params.get('pageSize'));
  if ((PAGE_SIZES as readonly number[]).includes(pageSize)) filters.pageSize = pageSize;
  return filters;
}

// What only the board's address holds: the 综合看板 keeps a category and a unit in the address too.
const BOARD_ONLY_KEYS = [
  'status',
  'colour',
  'supervisingLeaderId',
  'dueFrom',
  'dueTo',
  'q',
  'level',
  'page',
  'pageSize',
];

/** Whether an address is a link to the board's list (a bookmark, a colleague's link): it opens on the board. */
export const isBoardAddress = (search: string): boolean => {
  const params = new URLSearchParams(search);
  return BOARD_ONLY_KEYS.some((key) => params.has(key));
};

/** The address's query for the filters: only what differs from the plain board, so a shared link stays short. */
export function searchOfFilters(filters: BoardFilters, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  for (const key of [...TEXT_KEYS, 'level', 'page', 'pageSize']) params.delete(key);
  for (const key of TEXT_KEYS) if (filters[key]) params.set(key, String(filters[key]));
  if (filters.escalationLevel !== undefined) params.set('level', String(filters.escalationLevel));
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's list query for the filters (GET /api/items). */
export function itemsQuery(filters: BoardFilters): string {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  for (const key of TEXT_KEYS) if (filters[key]) params.set(key, String(filters[key]));
  if (filters.escalationLevel !== undefined) params.set('escalationLevel', String(filters.escalationLevel));
  return `/items?${params}`;
}

/** How many filters narrow the list (the page aside). */
export const activeFilterCount = (filters: BoardFilters): number =>
  TEXT_KEYS.filter((k) => filters[k]).length + (filters.escalationLevel !== undefined ? 1 : 0);
