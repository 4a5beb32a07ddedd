import { useMemo } from 'react';
import type { ItemPage, User } from '../../api';
import { useApiQuery, type ApiQuery } from '../../hooks/use-api';
import type { LeaderChoice } from './draft-form';

export interface Leaders {
  leaders: LeaderChoice[];
  /** false: only the leaders already named on items (the API lists users to admins only). */
  complete: boolean;
  query: ApiQuery<unknown>;
}

/**
 * The supervising leaders to choose from. An admin reads every active user with the leader role;
 * anyone else sees the leaders the items already name, which is all GET /api/items offers them.
 */
export function useLeaders(isAdmin: boolean, enabled = true): Leaders {
  const users = useApiQuery<User[]>(enabled && isAdmin ? '/users' : null);
  const items = useApiQuery<ItemPage>(enabled && !isAdmin ? '/items?pageSize=200' : null);
  const leaders = useMemo(() => {
    if (isAdmin)
      return (users.data ?? [])
        .filter((u) => u.active && u.roles.includes('leader'))
        .map(({ id, displayName }) => ({ id, displayName }));
    const named = new Map<string, LeaderChoice>();
    for (const item of items.data?.items ?? []) {
      if (item.supervisingLeader) named.set(item.supervisingLeader.id, item.supervisingLeader);
    }
    return [...named.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
  }, [isAdmin, users.data, items.data]);
  return { leaders, complete: isAdmin, query: isAdmin ? users : items };
}
