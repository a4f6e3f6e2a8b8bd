// coverage.py's warnings that say the scope it was given was not measured: a module named in
// `source`/`--cov` that the tests never imported, one imported before measuring began, or no data
// at all. Printed by pytest-cov (`CoverageWarning: …`) and by `coverage run` (`Coverage.py warning: …`).

/** The warning slugs that mean the report does not cover the scope asked for. */
export const SCOPE_WARNING_SLUGS = ['module-not-imported', 'module-not-measured', 'no-data-collected'] as const;

const WARNING = new RegExp(String.raw`(?:CoverageWarning|Coverage\.py warning):\s*(?:\[\d+\]\s*)?([^\n]+?)\.?\s*\((${SCOPE_WARNING_SLUGS.join('|')})\)`, 'g');

/** Each scope warning in a run's output once, as `Module x was never imported (module-not-imported)`. */
export function coverageScopeWarnings(output: string): string[] {
  const seen = new Set<string>();
  for (const m of output.matchAll(WARNING)) seen.add(`${m[1]!.trim()} (${m[2]})`);
  return [...seen];
}
