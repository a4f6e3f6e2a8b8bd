// `enforce-after`: a new check phased in. Through its day (UTC) it runs, is shown and annotated,
// but neither scores nor gates; from the next day it counts like any other.
import type { CheckResult } from '../types.js';
import { utcDate } from './waivers.js';

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function applyEnforcement(result: CheckResult, after: string | undefined, now: Date): CheckResult {
  if (!after) return result;
  return { ...result, enforcement: { after, from: nextDay(after), state: utcDate(now) > after ? 'enforced' : 'pending' } };
}

/** Not yet enforced: out of the score, the gate and the levels. */
export function isPending(check: CheckResult): boolean {
  return check.enforcement?.state === 'pending';
}
