// Pure arithmetic of SPEC §4: category means, overall score, grade, gate and what to fix first.
import type { UnmeasuredPolicy } from '../config/schema.js';
import type { CategoryDef } from '../config/types.js';
import { isPending } from './enforcement.js';
import type { CategoryResult, CheckResult, Grade, Improvement, OmittedCategory } from '../types.js';

export interface Scorecard {
  score: number | null;
  grade: Grade | null;
  passed: boolean;
  blockers: string[];
  gateReason: string;
  categories: CategoryResult[];
  omittedCategories: OmittedCategory[];
  improvements: Improvement[];
}

/** One decimal, the precision shown everywhere; the gate compares the shown number. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}

/**
 * Checks that count: not skipped, not waived, not phased in yet, and carrying a score. A check in `error` counts 0 by
 * default, so breaking never raises the score; with `unmeasured: unscored` it is left out instead.
 */
export function isScored(check: CheckResult, unmeasured: UnmeasuredPolicy = 'zero'): boolean {
  if (check.status === 'error' && unmeasured === 'unscored') return false;
  if (isPending(check)) return false;
  return check.status !== 'skipped' && check.status !== 'waived';
}

function checkScore(check: CheckResult): number {
  return check.status === 'error' ? 0 : (check.score ?? 0);
}

/**
 * The one status rule (docs/scoring.md): `pass` at or above target, `fail` at 0 or below the
 * minimum, `warn` strictly between. A kind's own status stands except where it contradicts its
 * score: a pass or warn that scores 0 is a fail.
 */
export function agreeingStatus<T extends { status: CheckResult['status']; score?: number | undefined }>(outcome: T): T {
  if ((outcome.status === 'warn' || outcome.status === 'pass') && outcome.score !== undefined && outcome.score <= 0) return { ...outcome, status: 'fail' };
  return outcome;
}

/** A required check blocks the gate when it did not show that it passes. */
export function isBlocker(check: CheckResult): boolean {
  return check.required && !isPending(check) && (check.status === 'fail' || check.status === 'error' || check.status === 'skipped');
}

function omissionReason(checks: CheckResult[]): string {
  if (checks.length === 0) return 'no checks';
  const counts = new Map<string, number>();
  for (const c of checks) {
    const key = isPending(c) ? 'not enforced yet' : c.status === 'skipped' || c.status === 'waived' ? c.status : c.status === 'error' ? 'unmeasured' : 'weight 0';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 1) {
    const [key] = [...counts.keys()];
    return checks.length === 1 ? `its check is ${key === 'weight 0' ? 'weighted 0' : key}` : `all ${checks.length} checks ${key === 'weight 0' ? 'weighted 0' : key}`;
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

export function computeScorecard(checks: readonly CheckResult[], categoryDefs: readonly CategoryDef[], threshold: number, unmeasured: UnmeasuredPolicy = 'zero'): Scorecard {
  const scored: { def: CategoryDef; score: number; checks: CheckResult[]; weight: number }[] = [];
  const omittedCategories: OmittedCategory[] = [];

  for (const def of categoryDefs) {
    const members = checks.filter((c) => c.category === def.id);
    const counted = members.filter((c) => isScored(c, unmeasured) && c.weight > 0);
    const weight = counted.reduce((s, c) => s + c.weight, 0);
    if (weight > 0) {
      const score = counted.reduce((s, c) => s + c.weight * checkScore(c), 0) / weight;
      scored.push({ def, score, checks: counted, weight });
    } else if (def.weight > 0 || members.length > 0) {
      omittedCategories.push({ id: def.id, title: def.title, weight: def.weight, reason: omissionReason(members) });
    }
  }

  const totalWeight = scored.reduce((s, c) => s + c.def.weight, 0);
  const categories: CategoryResult[] = scored.map((c) => {
    const maxPoints = totalWeight > 0 ? (100 * c.def.weight) / totalWeight : 0;
    return {
      id: c.def.id,
      title: c.def.title,
      weight: c.def.weight,
      score: round1(c.score),
      points: round1((c.score * maxPoints) / 100),
      maxPoints: round1(maxPoints),
    };
  });

  const raw = totalWeight > 0 ? scored.reduce((s, c) => s + c.def.weight * c.score, 0) / totalWeight : null;
  // Whatever produced it (weights that overflow, a score from outside), a score that is not a
  // finite number never passes the gate and is never shown as one.
  const unusable = raw !== null && !(Number.isFinite(raw) && raw >= 0 && raw <= 100);
  const score = raw === null || unusable ? null : round1(raw);

  const improvements: Improvement[] = [];
  for (const c of scored) {
    const maxPoints = totalWeight > 0 ? (100 * c.def.weight) / totalWeight : 0;
    for (const check of c.checks) {
      // A check that could not measure is not something the repository can fix by changing its
      // code: it stays in "Could not measure", out of this list.
      if (check.status === 'error') continue;
      const lost = ((100 - checkScore(check)) / 100) * (check.weight / c.weight) * maxPoints;
      if (lost > 0.05) improvements.push({ id: check.id, title: check.title, status: check.status, pointsLost: round1(lost) });
    }
  }
  const blockers = checks.filter(isBlocker).map((c) => c.id);
  // Checks that fail the gate come first: fixing them is what lets the build pass.
  const blocking = new Set(blockers);
  improvements.sort((a, b) => Number(blocking.has(b.id)) - Number(blocking.has(a.id)) || b.pointsLost - a.pointsLost || a.id.localeCompare(b.id));

  const reasons: string[] = [];
  if (unusable) reasons.push(`the score could not be computed (${raw}); check the weights and scores`);
  else if (score === null) reasons.push('nothing was scored');
  else if (score < threshold) reasons.push(`score ${score.toFixed(1)} is below the threshold ${threshold}`);
  if (blockers.length > 0) {
    const list = blockers.map((id) => `${id} (${checks.find((c) => c.id === id)!.status})`).join(', ');
    reasons.push(`required check${blockers.length > 1 ? 's' : ''} did not pass: ${list}`);
  }
  return {
    score,
    grade: score === null ? null : gradeFor(score),
    passed: reasons.length === 0,
    blockers,
    gateReason: reasons.join('; '),
    categories,
    omittedCategories,
    improvements,
  };
}
