// Check scores from measurements (SPEC §3, §4): linear between a failing bound and a target.

export interface Scored {
  status: 'pass' | 'warn' | 'fail';
  score: number;
}

/** Higher is better: 100 at or above target, 0 (fail) at or below min, linear between (warn). */
export function higherIsBetter(value: number, min: number, target: number): Scored {
  if (value >= target) return { status: 'pass', score: 100 };
  if (value <= min || min >= target) return { status: 'fail', score: 0 };
  return { status: 'warn', score: (100 * (value - min)) / (target - min) };
}

/** Lower is better: 100 at or below target, 0 (fail) at or above max, linear between (warn). */
export function lowerIsBetter(value: number, max: number, target: number): Scored {
  if (value <= target) return { status: 'pass', score: 100 };
  if (value >= max || max <= target) return { status: 'fail', score: 0 };
  return { status: 'warn', score: (100 * (max - value)) / (max - target) };
}

/** Past a target with no max, a level only warns, losing its score over this many more. */
export const NO_MAX_SPAN = 10;

export interface LevelLimits {
  max?: Partial<Record<string, number>>;
  target?: Partial<Record<string, number>>;
}

export interface LevelScore extends Scored {
  /** Levels at or past their limits, worst first, e.g. `high 2 (max 0)`. */
  over: string[];
}

const STATUS_RANK = { pass: 0, warn: 1, fail: 2 } as const;

/**
 * Counts per level (SARIF levels, audit severities) against per-level `max` and `target`.
 * `max` is the count at which the check fails; `max: 0` means none allowed, so the first one
 * fails (it fails at 1, as `max: 1` does). `target` is the most that still passes (default 0).
 * The score is the lowest level score; the status the worst level status.
 */
export function levelCounts(counts: Record<string, number>, limits: LevelLimits, order: readonly string[]): LevelScore {
  let status: Scored['status'] = 'pass';
  let score = 100;
  const over: string[] = [];
  for (const level of order) {
    const max = limits.max?.[level];
    const target = limits.target?.[level] ?? (max !== undefined ? 0 : undefined);
    if (max === undefined && target === undefined) continue;
    const count = counts[level] ?? 0;
    const t = target ?? 0;
    let s: Scored;
    if (max !== undefined) {
      const failAt = Math.max(max, 1);
      s = count >= failAt ? { status: 'fail', score: 0 } : lowerIsBetter(count, failAt, Math.min(t, failAt - 1));
    } else {
      // Strictly between is a warning; at 0 it is a failure, as everywhere (docs/scoring.md).
      const left = Math.max(0, (100 * (t + NO_MAX_SPAN - count)) / NO_MAX_SPAN);
      s = count <= t ? { status: 'pass', score: 100 } : left > 0 ? { status: 'warn', score: left } : { status: 'fail', score: 0 };
    }
    if (s.status !== 'pass') over.push(`${count} ${level} (${max !== undefined ? `max ${max}` : `target ${t}`})`);
    if (STATUS_RANK[s.status] > STATUS_RANK[status]) status = s.status;
    score = Math.min(score, s.score);
  }
  return { status, score, over };
}

/** The limits a check's config gives (either key replaces the defaults entirely), else the defaults. */
export function limitsFrom(options: LevelLimits, defaults: LevelLimits): LevelLimits {
  if (!options.max && !options.target) return defaults;
  return { ...(options.max ? { max: options.max } : {}), ...(options.target ? { target: options.target } : {}) };
}

/** The limits as shown next to a result: "error max 0, warning ≤ 0". */
export function limitsText(limits: LevelLimits, order: readonly string[]): string {
  const parts: string[] = [];
  for (const level of order) {
    if (limits.max?.[level] !== undefined) parts.push(`${level} max ${limits.max[level]}`);
    if (limits.target?.[level] !== undefined) parts.push(`${level} ≤ ${limits.target[level]}`);
  }
  return parts.join(', ');
}
