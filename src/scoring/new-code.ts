// The new-code score and gate (SPEC §5a): each check that has a new-code view is scored by its own
// curve on that view — findings-based checks on their new findings with their own max/target,
// coverage checks on patch coverage — and the scores are combined exactly as the main scorecard
// combines checks (weighted means by category, then by category weight).
import type { CategoryDef } from '../config/types.js';
import type { CheckResult, NewCodeCondition } from '../types.js';
import { higherIsBetter, levelCounts, type LevelLimits, type Scored } from './curves.js';
import { computeScorecard } from './scorecard.js';

export type NewCodeMeasure =
  /** Counts per level or pattern against the check's own max/target. */
  | { kind: 'levels'; counts: Record<string, number>; limits: LevelLimits; order: readonly string[] }
  /** Patch coverage against the check's own min/target; null pct: no executable changed line. */
  | { kind: 'coverage'; pct: number | null; min: number; target: number }
  /** A scan where any finding fails (secrets, conflict markers). */
  | { kind: 'none-allowed'; count: number };

/** The check's curve on its new-code measure; null when there is nothing to score (no executable changed line). */
export function scoreMeasure(m: NewCodeMeasure): Scored | null {
  switch (m.kind) {
    case 'levels': {
      const s = levelCounts(m.counts, m.limits, m.order);
      return { status: s.status, score: s.score };
    }
    case 'coverage':
      return m.pct === null ? null : higherIsBetter(m.pct, m.min, m.target);
    case 'none-allowed':
      return m.count === 0 ? { status: 'pass', score: 100 } : { status: 'fail', score: 0 };
  }
}

/** The weighted score of the scored checks' new-code views, as the main score is weighed; null when none has one. */
export function newCodeScore(scored: { check: CheckResult; scored: Scored }[], categories: CategoryDef[], threshold: number): number | null {
  const live = scored.filter((s) => s.check.status !== 'waived' && s.check.status !== 'skipped');
  if (live.length === 0) return null;
  const checks: CheckResult[] = live.map(({ check, scored: s }) => ({ ...check, status: s.status, score: s.score, required: false }));
  return computeScorecard(checks, categories, threshold).score;
}

export interface NewCodeGate {
  /** Minimum patch coverage, percent. */
  coverage?: number;
  /** Most new findings allowed. */
  maxFindings?: number;
  /** Most new error-level findings allowed (zero config's default gate). */
  maxErrors?: number;
  /** Minimum patch coverage when a coverage check measured it; not measured, the condition is left out (zero config's default gate). */
  coverageWhenMeasured?: number;
}

/**
 * Zero config's gate on a pull request, in the spirit of Sonar's default quality gate: no new
 * error-level finding, and patch coverage at least the coverage checks' target when measured.
 */
export function defaultNewCodeGate(coverageTargets: readonly number[]): NewCodeGate {
  return { maxErrors: 0, ...(coverageTargets.length > 0 ? { coverageWhenMeasured: Math.max(...coverageTargets) } : {}) };
}

/**
 * The gate's conditions. A condition that is set but cannot be measured (no new-code view, no
 * coverage report with per-line data) fails, with the reason: a gate never passes on nothing.
 */
export function evaluateConditions(
  gate: NewCodeGate,
  view: { available: boolean; reason?: string; newFindings: number; newErrors?: number; coverage: { pct: number | null; total: number } | null },
): NewCodeCondition[] {
  const out: NewCodeCondition[] = [];
  if (gate.coverageWhenMeasured !== undefined && gate.coverage === undefined && view.available && view.coverage) {
    const limit = gate.coverageWhenMeasured;
    if (view.coverage.pct === null) out.push({ id: 'coverage', limit, actual: null, passed: true, reason: 'no executable line was changed', default: true });
    else {
      const actual = Math.floor(view.coverage.pct * 10) / 10;
      out.push({ id: 'coverage', limit, actual, passed: actual >= limit, default: true });
    }
  }
  if (gate.maxErrors !== undefined) {
    const limit = gate.maxErrors;
    if (!view.available) out.push({ id: 'max-errors', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}`, default: true });
    else out.push({ id: 'max-errors', limit, actual: view.newErrors ?? 0, passed: (view.newErrors ?? 0) <= limit, default: true });
  }
  if (gate.coverage !== undefined) {
    const limit = gate.coverage;
    if (!view.available) out.push({ id: 'coverage', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}` });
    else if (!view.coverage) out.push({ id: 'coverage', limit, actual: null, passed: false, reason: 'not measured: no coverage check with per-line data ran' });
    else if (view.coverage.pct === null) out.push({ id: 'coverage', limit, actual: null, passed: true, reason: 'no executable line was changed' });
    else {
      // Compared at the one decimal shown, as the main gate does.
      const actual = Math.floor(view.coverage.pct * 10) / 10;
      out.push({ id: 'coverage', limit, actual, passed: actual >= limit });
    }
  }
  if (gate.maxFindings !== undefined) {
    const limit = gate.maxFindings;
    if (!view.available) out.push({ id: 'max-findings', limit, actual: null, passed: false, reason: `not measured: ${view.reason ?? 'no new-code view'}` });
    else out.push({ id: 'max-findings', limit, actual: view.newFindings, passed: view.newFindings <= limit });
  }
  return out;
}

/** One line per failed condition, for the gate's reason. */
export function conditionFailures(conditions: readonly NewCodeCondition[]): string[] {
  return conditions
    .filter((c) => !c.passed)
    .map((c) =>
      c.id === 'max-errors'
        ? c.actual === null
          ? `new code: new error-level findings ${c.reason ?? 'not measured'} (max ${c.limit})`
          : `new code: ${c.actual} new error-level finding${c.actual === 1 ? '' : 's'}, at most ${c.limit} allowed`
        : c.id === 'coverage'
        ? c.actual === null
          ? `new code: patch coverage ${c.reason ?? 'not measured'} (min ${c.limit}%)`
          : `new code: patch coverage ${c.actual}% is below ${c.limit}%`
        : c.actual === null
          ? `new code: new findings ${c.reason ?? 'not measured'} (max ${c.limit})`
          : `new code: ${c.actual} new finding${c.actual === 1 ? '' : 's'}, at most ${c.limit} allowed`,
    );
}
