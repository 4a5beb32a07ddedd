import type { Unit } from '../api';

export interface UnitNode {
  value: string;
  title: string;
  key: string;
  disabled?: boolean;
  children: UnitNode[];
}

/**
 * The API's flat unit list as a tree (roots first, siblings by name). `disabled` units show
 * but cannot be picked; `hidden` ones and everything below them are left out.
 */
export function unitTree(units: Unit[], options: { disabled?: string[]; hidden?: string[] } = {}): UnitNode[] {
  const hidden = new Set(options.hidden ?? []);
  const disabled = new Set(options.disabled ?? []);
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<string | null, Unit[]>();
  for (const unit of units) {
    // A unit whose parent is unknown still shows, at the top.
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const build = (parent: string | null): UnitNode[] =>
    (byParent.get(parent) ?? [])
      .filter((u) => !hidden.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((u) => ({
        value: u.id,
        key: u.id,
        title: u.name,
        ...(disabled.has(u.id) ? { disabled: true } : {}),
        children: build(u.id),
      }));
  return build(null);
}

/** A unit's name by its id. */
export const unitName = (units: Unit[] | undefined, id: string): string => units?.find((u) => u.id === id)?.name ?? '';
