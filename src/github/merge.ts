// One scorecard from the reports of several runners (matrix shards): checks joined by id and
// scored once, with the categories and weights the reports carry.
import type { CategoryDef } from '../config/types.js';
import { computeScorecard } from '../scoring/scorecard.js';
import { computeLevels, minLevelReason, sharedLevelDefs } from '../scoring/levels.js';
import { assembleReport } from '../engine.js';
import { BoundedFileError, readBoundedJson } from '../run/bounded-file.js';
import { REPORT_SCHEMA_VERSION, validateReport } from '../report/report-schema.js';
import type { CheckResult, CheckStatus, Report } from '../types.js';

export type DuplicatePolicy = 'error' | 'worst';

export class MergeError extends Error {}

export interface ShardReport {
  /** Where it came from, for messages. */
  file: string;
  report: Report;
}

export function readShard(file: string, label: string): ShardReport {
  let value: unknown;
  try {
    value = readBoundedJson(file);
  } catch (err) {
    if (!(err instanceof BoundedFileError)) throw err;
    throw new MergeError(`${label}: not a readable JSON report (${err.message})`);
  }
  // Another run's output, maybe tampered with: nothing in it is used before it is validated.
  const checked = validateReport(value);
  if ('problems' in checked) {
    throw new MergeError(`${label}: not a Readiness Scorecard report of schemaVersion ${REPORT_SCHEMA_VERSION}: ${checked.problems.join('; ')}`);
  }
  return { file: label, report: checked.report };
}

const BADNESS: Record<CheckStatus, number> = { error: 5, fail: 4, warn: 3, pass: 2, skipped: 1, waived: 0 };

/** The worse of two results of the same check: the lower score, then the worse status. */
function worse(a: CheckResult, b: CheckResult): CheckResult {
  const sa = a.score ?? Infinity;
  const sb = b.score ?? Infinity;
  if (sa !== sb) return sa < sb ? a : b;
  return BADNESS[b.status] > BADNESS[a.status] ? b : a;
}

export interface MergeOptions {
  duplicates: DuplicatePolicy;
  /** Overrides the reports' thresholds. */
  threshold?: number;
  now: Date;
}

export function mergeReports(shards: readonly ShardReport[], options: MergeOptions): Report {
  if (shards.length === 0) throw new MergeError('no reports to merge');
  const warnings: string[] = [];

  // Categories: every one any shard knew, with its weight; a weight that differs is an error.
  const categories = new Map<string, CategoryDef & { from: string }>();
  for (const { file, report } of shards) {
    for (const c of [...report.categories, ...report.omittedCategories]) {
      const seen = categories.get(c.id);
      if (!seen) categories.set(c.id, { id: c.id, title: c.title, weight: c.weight, from: file });
      else if (seen.weight !== c.weight) throw new MergeError(`category "${c.id}" has weight ${seen.weight} in ${seen.from} and ${c.weight} in ${file}`);
    }
  }

  const checks = new Map<string, { result: CheckResult; from: string }>();
  for (const { file, report } of shards) {
    for (const check of report.checks) {
      const seen = checks.get(check.id);
      if (!seen) {
        checks.set(check.id, { result: check, from: file });
        if (!categories.has(check.category)) categories.set(check.category, { id: check.category, title: check.category, weight: 0, from: file });
      } else if (options.duplicates === 'error') {
        throw new MergeError(`check "${check.id}" is in two reports: ${seen.from} and ${file} (set merge-duplicates: worst to keep the worse result)`);
      } else {
        const kept = worse(seen.result, check);
        checks.set(check.id, { result: kept, from: kept === check ? file : seen.from });
      }
    }
  }

  const thresholds = [...new Set(shards.map((s) => s.report.threshold))];
  let threshold = options.threshold;
  if (threshold === undefined) {
    threshold = Math.max(...thresholds);
    if (thresholds.length > 1) warnings.push(`the reports have different thresholds (${thresholds.join(', ')}); the strictest, ${threshold}, applies`);
  }
  for (const { file, report } of shards) {
    for (const w of report.warnings) warnings.push(`${file}: ${w}`);
    if (report.cancelled) warnings.push(`${file}: that run was cancelled; its report is partial`);
    if (report.config.errors.length > 0) warnings.push(`${file}: that run had an invalid configuration and scored nothing`);
  }

  const results = [...checks.values()].map((c) => c.result);
  const starts = shards.map((s) => Date.parse(s.report.startedAt)).filter(Number.isFinite);
  const ends = shards.map((s) => Date.parse(s.report.startedAt) + s.report.durationMs).filter(Number.isFinite);
  const cancelled = shards.some((s) => s.report.cancelled);
  const invalid = shards.some((s) => s.report.config.errors.length > 0);
  const card = computeScorecard(results, [...categories.values()], threshold);
  // The levels are judged again over the merged checks, by the rules the shards carry: a level
  // one shard reached may need a check another shard failed.
  const shared = sharedLevelDefs(shards.map((s) => s.report.levels));
  if (shared === 'differ') warnings.push('the reports have different levels (or some have none); the merged report has no level');
  const levels = shared && shared !== 'differ' ? computeLevels(results, shared.defs, card.improvements, [...categories.keys()], shared.minLevel) : undefined;
  const levelReason = levels && minLevelReason(levels);
  return assembleReport(card, {
    threshold,
    ...(levels ? { levels } : {}),
    checks: results,
    config: { path: null, source: 'merged', errors: [], merged: shards.map((s) => s.file) },
    warnings,
    cancelled,
    reasons: [cancelled ? 'a merged run was cancelled' : '', invalid ? 'a merged run had an invalid configuration' : '', levelReason ?? ''].filter(Boolean),
    startedAt: new Date(starts.length ? Math.min(...starts) : options.now.getTime()),
    durationMs: starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : 0,
  });
}
