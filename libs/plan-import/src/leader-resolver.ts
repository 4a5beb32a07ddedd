import { NAME_SEPARATORS, lookupKey } from './plan-text';
import type { PlanUser } from './plan-types';

export type LeaderResolution =
  | { user: PlanUser; others: string[] }
  | { user: null; code: 'leader_unmatched' | 'leader_ambiguous' | 'leader_not_leader'; names: string[] };

/**
 * The supervising leader (责任领导) a cell names, by a user's name or job title (张强, 分管经济工作
 * 副主任, 张强（分管经济工作副主任）, or a display name such as 分管副主任 李强). Only an active user
 * with the leader role is taken; anything else stays text on the item, for the office to see.
 * A cell naming several leaders takes the first; the item has one supervising leader.
 */
export class LeaderResolver {
  private readonly byKey = new Map<string, PlanUser[]>();

  constructor(users: PlanUser[]) {
    for (const user of users) {
      const keys = new Set([user.displayName, ...user.displayName.split(/\s+/), user.title ?? ''].map(lookupKey));
      for (const key of keys) if (key) this.byKey.set(key, [...(this.byKey.get(key) ?? []), user]);
    }
  }

  resolve(text: string): LeaderResolution {
    const whole = this.resolveName(text);
    const parts = text.split(NAME_SEPARATORS).filter((part) => lookupKey(part));
    if (whole.user || parts.length < 2) return whole;
    const resolved = parts.map((part) => this.resolveName(part));
    const first = resolved.find((r) => r.user);
    if (!first?.user) return whole;
    return { user: first.user, others: parts.filter((_, i) => resolved[i] !== first) };
  }

  private resolveName(text: string): LeaderResolution {
    const key = lookupKey(text);
    // 张强（分管经济工作副主任）: the whole, the name outside the brackets, the title inside.
    const candidates = [key, key.replace(/\(.*?\)/g, ''), ...[...key.matchAll(/\((.*?)\)/g)].map((m) => m[1])];
    for (const candidate of candidates) {
      const users = this.byKey.get(candidate);
      if (!users) continue;
      const leaders = users.filter((user) => user.active && user.roles.includes('leader'));
      if (leaders.length === 1) return { user: leaders[0], others: [] };
      if (leaders.length > 1) return { user: null, code: 'leader_ambiguous', names: leaders.map((u) => u.displayName) };
      return { user: null, code: 'leader_not_leader', names: users.map((u) => u.displayName) };
    }
    return { user: null, code: 'leader_unmatched', names: [] };
  }
}
