import { useMemo } from 'react';
import type { ItemPage } from '../../api';
import type { components } from '../../api-types';
import { useApiQuery, type ApiQuery } from '../../hooks/use-api';
import type { LeaderChoice } from './draft-form';

type LeaderView = components['schemas']['LeaderView'];

export interface Leaders {
  leaders: LeaderChoice[];
  /** false: only the leaders already named on items (the API lists the leaders to the office and admins only). */
  complete: boolean;
  query: ApiQuery<unknown>;
}

/**
 * The supervising leaders to choose from. The office and an admin read every active leader
 * (GET /users/leaders); anyone else sees the leaders the items already name, which is all
 * GET /api/items offers them.
 */
export function useLeaders(listsLeaders: boolean, enabled = true): Leaders {
  const listed = useApiQuery<LeaderView[]>(enabled && listsLeaders ? '/users/leaders' : null);
  const items = useApiQuery<ItemPage>(enabled && !listsLeaders ? '/items?pageSize=200' : null);
  const leaders = useMemo(() => {
    if (listsLeaders) return (listed.data ?? []).map(({ id, displayName }) => ({ id, displayName }));
    const named = new Map<string, LeaderChoice>();
    for (const item of items.data?.items ?? []) {
      if (item.supervisingLeader) named.set(item.supervisingLeader.id, item.supervisingLeader);
    }
    return [...named.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
  }, [listsLeaders, listed.data, items.data]);
  return { leaders, complete: listsLeaders, query: listsLeaders ? listed : items };
}
