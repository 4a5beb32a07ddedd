import { NAME_SEPARATORS, lookupKey } from './plan-text';
import type { PlanUnit } from './plan-types';

/** Why one name of a unit cell names no unit. */
export type UnitNameProblem =
  | { code: 'unit_unknown'; name: string; suggestion: string | null }
  | { code: 'unit_inactive'; name: string }
  | { code: 'unit_ambiguous'; name: string; candidates: string[] }
  | { code: 'unit_group_vague'; name: string }
  | { code: 'unit_kind_empty'; name: string; kinds: string[] };

/** One name of a unit cell and the units it names: one, or every unit of a kind (各街道). */
export type UnitPart =
  { name: string; units: PlanUnit[]; group: boolean; problem?: undefined } | { name: string; problem: UnitNameProblem };

const REMARK = /\([^)]*\)$/; // 经济发展局（牵头）
// Abbreviations offices use for two kinds at once.
const KIND_WORDS: Record<string, string[]> = {
  镇街: ['镇', '街道'],
  街镇: ['街道', '镇'],
  乡镇: ['乡', '镇'],
  街乡: ['街道', '乡'],
  委办局: ['部门'],
};
const VAGUE = /^(?:单位|部门单位|有关方面|责任单位)$/;

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/**
 * Units named in a plan's cell, resolved against the directory: by exact name, then an alias;
 * "every unit of a kind" phrases (各街道, 各部门, 各镇（街道）, 各镇街) expand to the active units of
 * that kind. A phrase that names no kind the directory keeps (各有关单位, 相关部门) is refused:
 * which units are meant is the office's to say, not the import's to guess.
 */
export class UnitResolver {
  private readonly byName = new Map<string, PlanUnit[]>();
  private readonly byAlias = new Map<string, PlanUnit[]>();
  private readonly byKind = new Map<string, PlanUnit[]>();

  constructor(private readonly units: PlanUnit[]) {
    const add = (map: Map<string, PlanUnit[]>, key: string, unit: PlanUnit) => {
      if (key && !map.get(key)?.includes(unit)) map.set(key, [...(map.get(key) ?? []), unit]);
    };
    for (const unit of units) {
      add(this.byName, lookupKey(unit.name), unit);
      for (const alias of unit.aliases) add(this.byAlias, lookupKey(alias), unit);
      if (unit.kind) add(this.byKind, lookupKey(unit.kind), unit);
    }
  }

  /** Every name of a cell, in its order (split on 、，,;；/ and line breaks). */
  resolveCell(text: string): UnitPart[] {
    return text
      .split(NAME_SEPARATORS)
      .map((name) => name.trim())
      .filter((name) => lookupKey(name) !== '')
      .map((name) => this.resolveName(name));
  }

  private resolveName(name: string): UnitPart {
    const key = lookupKey(name);
    const direct = this.byKey(name, key);
    if (direct) return direct;
    const group = this.group(name, key);
    if (group) return group;
    // A remark in brackets after the name, or two names joined by 及/和/与 or a space.
    if (REMARK.test(key)) {
      const bare = this.byKey(name, key.replace(REMARK, ''));
      if (bare) return bare;
    }
    const pieces = lookupKey(name.replace(/\s+/g, '及')).split(/及|和|与/);
    if (pieces.length > 1) {
      const resolved = pieces.map((piece) => this.byKey(name, piece));
      if (resolved.every((part) => part && !part.problem))
        return { name, units: resolved.flatMap((part) => (part && !part.problem ? part.units : [])), group: false };
    }
    return { name, problem: { code: 'unit_unknown', name, suggestion: this.suggest(key) } };
  }

  private byKey(name: string, key: string): UnitPart | null {
    const found = this.byName.get(key) ?? this.byAlias.get(key);
    if (!found) return null;
    const active = found.filter((unit) => unit.active);
    if (active.length > 1)
      return { name, problem: { code: 'unit_ambiguous', name, candidates: active.map((u) => u.name) } };
    if (active.length === 0) return { name, problem: { code: 'unit_inactive', name } };
    return { name, units: active, group: false };
  }

  private group(name: string, key: string): UnitPart | null {
    const match = /^(各|全部|所有|全体)?(相关|有关)?(.+)$/.exec(key);
    if (!match || (!match[1] && !match[2])) return null;
    const [, , vague, kindText] = match;
    if (vague || VAGUE.test(kindText)) return { name, problem: { code: 'unit_group_vague', name } };
    const words = kindText
      .replace(/\)$/, '')
      .split(/[(、/和及]/)
      .filter(Boolean)
      .flatMap((word) => (this.byKind.has(word) ? [word] : (KIND_WORDS[word] ?? [word])));
    const kinds = words.filter((word) => this.byKind.has(word));
    const units = kinds.flatMap((kind) => this.byKind.get(kind)!).filter((unit) => unit.active);
    if (units.length === 0) return { name, problem: { code: 'unit_kind_empty', name, kinds: words } };
    return { name, units, group: true };
  }

  // A name the clerk probably meant: one containing the other, or a character or two apart.
  private suggest(key: string): string | null {
    let best: { name: string; distance: number } | null = null;
    for (const unit of this.units) {
      if (!unit.active) continue;
      for (const candidate of [unit.name, ...unit.aliases]) {
        const other = lookupKey(candidate);
        const distance = other.includes(key) || key.includes(other) ? 0.5 : levenshtein(key, other);
        if (distance <= Math.min(2, key.length / 3) && (!best || distance < best.distance))
          best = { name: unit.name, distance };
      }
    }
    return best?.name ?? null;
  }
}
