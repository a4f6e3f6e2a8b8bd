// The rubric (docs/configuration.md#presets-and-levels): a level is reached when every check it
// needs passes and every level below it is reached. Pure: results in, verdict out.
//   pass            meets the level
//   waived (active) meets it: the waiver is a decision with a reason and an end, as for the gate
//   warn, fail      does not: below target is not "at target"
//   error, skipped  do not: nothing showed the check passes (as for a required check)
//   enforce-after   not yet enforced: left out of every level until its date
import type { LevelDef } from '../config/types.js';
import type { CheckResult, Improvement, LevelGap, LevelResult, LevelsInfo } from '../types.js';
import { isPending } from './enforcement.js';

export function meetsLevel(check: CheckResult): boolean {
  return check.status === 'pass' || check.status === 'waived';
}

const STATUS_ORDER: Record<LevelGap['status'], number> = { fail: 0, warn: 1, error: 2, skipped: 3, 'not-run': 4, pass: 5, waived: 5 };

/** The checks a level needs, by id, from the results of this run. */
function needed(def: LevelDef, checks: readonly CheckResult[]): { ids: string[]; emptyCategories: string[] } {
  const counted = checks.filter((c) => !isPending(c));
  const ids = new Set<string>();
  for (const id of def.checks) if (!checks.find((c) => c.id === id && isPending(c))) ids.add(id);
  const emptyCategories: string[] = [];
  for (const category of def.categories) {
    const members = counted.filter((c) => c.category === category);
    if (members.length === 0) emptyCategories.push(category);
    for (const c of members) ids.add(c.id);
  }
  for (const c of counted) if (def.all || (def.required && c.required)) ids.add(c.id);
  return { ids: [...ids], emptyCategories };
}

/**
 * Each level's verdict. `improvements` gives the order to fix the gaps: the scorecard's own
 * (blockers first, then the most points), then the rest by status and id.
 */
export function computeLevels(checks: readonly CheckResult[], defs: readonly LevelDef[], improvements: readonly Improvement[], categoryOrder: readonly string[], minLevel?: string): LevelsInfo {
  const rank = new Map(improvements.map((imp, i) => [imp.id, i]));
  const byId = new Map(checks.map((c) => [c.id, c]));
  const levels: LevelResult[] = defs.map((def) => {
    const { ids, emptyCategories } = needed(def, checks);
    const missing: LevelGap[] = [];
    const cells: Record<string, 'pass' | 'fail'> = {};
    for (const category of emptyCategories) cells[category] = 'fail';
    for (const id of ids) {
      const c = byId.get(id);
      const ok = c !== undefined && meetsLevel(c);
      if (c) cells[c.category] = ok && cells[c.category] !== 'fail' ? 'pass' : 'fail';
      if (!ok) missing.push(c ? { id, title: c.title, category: c.category, status: c.status } : { id, title: id, category: '', status: 'not-run' });
    }
    missing.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.id.localeCompare(b.id));
    // Columns in the order of the categories, so every level's grid reads the same way.
    const ordered = Object.fromEntries(Object.entries(cells).sort(([a], [b]) => categoryOrder.indexOf(a) - categoryOrder.indexOf(b)));
    const rule = { checks: def.checks, categories: def.categories, required: def.required, all: def.all };
    return { id: def.id, title: def.title, met: missing.length === 0 && emptyCategories.length === 0, missing, emptyCategories, cells: ordered, rule };
  });
  const firstUnmet = levels.findIndex((l) => !l.met);
  const reachedIndex = firstUnmet === -1 ? levels.length - 1 : firstUnmet - 1;
  const info: LevelsInfo = {
    reached: reachedIndex >= 0 ? levels[reachedIndex]!.id : null,
    next: firstUnmet === -1 ? null : levels[firstUnmet]!.id,
    levels,
  };
  if (minLevel !== undefined) {
    const wanted = defs.findIndex((d) => d.id === minLevel);
    info.minLevel = minLevel;
    info.minLevelMet = wanted >= 0 && reachedIndex >= wanted;
  }
  return info;
}

/**
 * The level definitions the shard reports of one run share (their `rule`s), for judging the merged
 * checks again; undefined when no shard has levels, or when they disagree (another config).
 */
export function sharedLevelDefs(shards: readonly (LevelsInfo | undefined)[]): { defs: LevelDef[]; minLevel?: string } | 'differ' | undefined {
  const withLevels = shards.filter((l): l is LevelsInfo => l !== undefined);
  if (withLevels.length === 0) return undefined;
  const key = (l: LevelsInfo) => JSON.stringify([l.minLevel ?? null, l.levels.map((x) => [x.id, x.title, x.rule ?? null])]);
  const first = withLevels[0]!;
  if (withLevels.length !== shards.length || withLevels.some((l) => key(l) !== key(first)) || first.levels.some((l) => !l.rule)) return 'differ';
  return { defs: first.levels.map((l) => ({ id: l.id, title: l.title, ...l.rule! })), ...(first.minLevel !== undefined ? { minLevel: first.minLevel } : {}) };
}

/** The gate's reason when `min-level` is not reached, or undefined. */
export function minLevelReason(info: LevelsInfo): string | undefined {
  if (info.minLevel === undefined || info.minLevelMet) return undefined;
  const title = (id: string | null) => (id === null ? 'no level' : `level ${id}`);
  return `${title(info.reached)} reached; min-level ${info.minLevel} is required`;
}
