// Waivers: a waived check still runs and is shown, but leaves the score and the gate until it expires.
import type { CheckResult } from '../types.js';

/** UTC calendar date YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A waiver holds through its `until` day (UTC) inclusive. */
export function isExpired(until: string | undefined, now: Date): boolean {
  return until !== undefined && utcDate(now) > until;
}

/** Applies the check's waiver to its measured result. */
export function applyWaiver(result: CheckResult, waive: { reason: string; until?: string } | undefined, now: Date): CheckResult {
  if (!waive) return result;
  const expired = isExpired(waive.until, now);
  const waiver = {
    reason: waive.reason,
    ...(waive.until ? { until: waive.until } : {}),
    state: expired ? ('expired' as const) : ('active' as const),
    measuredStatus: result.status,
    ...(result.score !== undefined ? { measuredScore: result.score } : {}),
  };
  if (expired) return { ...result, waiver };
  const { score: _score, ...rest } = result;
  return { ...rest, status: 'waived', waiver };
}
