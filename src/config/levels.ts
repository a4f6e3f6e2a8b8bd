// `levels` and `min-level`: what zod cannot see (ids that exist, a level that asks for something).
import { suggestion, type Problem } from './explain.js';
import { DEFAULT_CATEGORIES, type RawConfig } from './schema.js';
import type { LevelDef } from './types.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Problems of the levels of an unvalidated (merged) config. `incomplete`: a preset could not be
 * read, so a check, category or level it would give is not reported missing.
 */
export function levelProblems(input: unknown, incomplete = false): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const levels = Array.isArray(input.levels) ? input.levels : [];
  const checkIds = Array.isArray(input.checks) ? input.checks.map((c) => (isRecord(c) && typeof c.id === 'string' ? c.id : undefined)).filter((x): x is string => !!x) : [];
  // A check entry without a usable id is a problem already; a level naming it is not another.
  const idsKnown = !incomplete && Array.isArray(input.checks) && input.checks.every((c) => isRecord(c) && typeof c.id === 'string');
  const categories = [...Object.keys(DEFAULT_CATEGORIES), ...(isRecord(input.categories) ? Object.keys(input.categories) : [])];
  const seen = new Set<string>();
  levels.forEach((level, i) => {
    if (!isRecord(level)) return;
    if (typeof level.id === 'string') {
      if (seen.has(level.id)) problems.push({ path: ['levels', i, 'id'], message: `duplicate level id "${level.id}"` });
      seen.add(level.id);
    }
    if (level.checks === undefined && level.categories === undefined && level.required === undefined && level.all === undefined) {
      problems.push({ path: ['levels', i], message: 'nothing to pass; expected "checks", "categories", "required: true" or "all: true"' });
    }
    strings(level.checks).forEach((id, j) => {
      if (!checkIds.includes(id) && idsKnown) problems.push({ path: ['levels', i, 'checks', j], message: `unknown check id "${id}"; expected one of ${checkIds.join(', ') || '(no checks)'}${suggestion(id, checkIds)}` });
    });
    strings(level.categories).forEach((id, j) => {
      if (!categories.includes(id) && !incomplete) problems.push({ path: ['levels', i, 'categories', j], message: `unknown category "${id}"; expected one of ${categories.join(', ')}${suggestion(id, categories)}` });
    });
  });
  const min = input['min-level'];
  if (typeof min === 'string' && !seen.has(min) && !incomplete) {
    const ids = [...seen];
    problems.push({ path: ['min-level'], message: ids.length ? `unknown level "${min}"; expected one of ${ids.join(', ')}${suggestion(min, ids)}` : `unknown level "${min}": the config has no "levels" (extend readiness:recommended for the default ones)` });
  }
  return problems;
}

export function normalizeLevels(raw: RawConfig['levels']): LevelDef[] {
  return (raw ?? []).map((l) => ({ id: l.id, title: l.title ?? l.id, checks: l.checks ?? [], categories: l.categories ?? [], required: l.required === true, all: l.all === true }));
}
