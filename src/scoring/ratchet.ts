// The ratchet: with `max-drop` or `no-new-failures`, the baseline joins the gate. Pure arithmetic
// on a report that has been compared with its baseline.
import type { CheckStatus, RatchetInfo, RatchetPolicy, Report } from '../types.js';
import { formatScore } from '../report/format.js';
import { newTestFailureCount } from './test-regressions.js';

const PASSED: ReadonlySet<CheckStatus> = new Set(['pass', 'warn']);
const FAILED: ReadonlySet<CheckStatus> = new Set(['fail', 'error']);

export function hasRatchet(policy: RatchetPolicy | undefined): policy is RatchetPolicy {
  return policy !== undefined && (policy.maxDrop !== undefined || policy.noNewFailures === true || policy.noNewTestFailures === true);
}

/** Inputs override the config file's keys, one by one. */
export function ratchetPolicy(config: RatchetPolicy | undefined, inputs: RatchetPolicy): RatchetPolicy {
  const maxDrop = inputs.maxDrop ?? config?.maxDrop;
  const noNewFailures = inputs.noNewFailures ?? config?.noNewFailures;
  const noNewTestFailures = inputs.noNewTestFailures ?? config?.noNewTestFailures;
  return { ...(maxDrop !== undefined ? { maxDrop } : {}), ...(noNewFailures !== undefined ? { noNewFailures } : {}), ...(noNewTestFailures !== undefined ? { noNewTestFailures } : {}) };
}

/** Checks that passed (or warned) in the baseline and now fail or cannot be measured; one phased in (enforce-after) does not gate yet. */
export function newFailures(report: Report): { id: string; before: CheckStatus; after: CheckStatus }[] {
  const pending = new Set(report.checks.filter((c) => c.enforcement?.state === 'pending').map((c) => c.id));
  return (report.baseline?.changes ?? [])
    .filter((c) => c.before !== null && c.after !== null && PASSED.has(c.before) && FAILED.has(c.after) && !pending.has(c.id))
    .map((c) => ({ id: c.id, before: c.before!, after: c.after! }));
}

/**
 * The report with the ratchet applied: unset, it is unchanged (the baseline is informational).
 * Without a baseline to compare with, the ratchet says so and does not fail the gate: a first run
 * (or an expired cache) cannot be a regression.
 */
export function applyRatchet(report: Report, policy: RatchetPolicy | undefined): Report {
  if (!hasRatchet(policy)) return report;
  const asked: RatchetPolicy = {
    ...(policy.maxDrop !== undefined ? { maxDrop: policy.maxDrop } : {}),
    ...(policy.noNewFailures ? { noNewFailures: true } : {}),
    ...(policy.noNewTestFailures ? { noNewTestFailures: true } : {}),
  };
  const base = report.baseline;
  if (!base || base.status !== 'compared') {
    const why = base?.reason ?? 'no baseline was looked up';
    return { ...report, ratchet: { ...asked, status: 'no-baseline', reasons: [`the ratchet did not apply: ${why}`] } };
  }
  const reasons: string[] = [];
  if (policy.maxDrop !== undefined && base.delta !== null && base.delta !== undefined && -base.delta > policy.maxDrop) {
    reasons.push(`the score fell ${formatScore(-base.delta)} points below the baseline's ${formatScore(base.previous?.score)} (max-drop ${formatScore(policy.maxDrop)})`);
  }
  if (policy.maxDrop !== undefined && report.score === null && base.previous?.score !== null && base.previous?.score !== undefined) {
    reasons.push(`nothing was scored, and the baseline scored ${formatScore(base.previous.score)} (max-drop ${formatScore(policy.maxDrop)})`);
  }
  if (policy.noNewFailures) {
    const fresh = newFailures(report);
    if (fresh.length > 0) reasons.push(`${fresh.length === 1 ? 'a check' : `${fresh.length} checks`} that passed in the baseline now ${fresh.length === 1 ? 'fails' : 'fail'}: ${fresh.map((f) => `${f.id} (${f.before} → ${f.after})`).join(', ')} (no-new-failures)`);
  }
  if (policy.noNewTestFailures) {
    const count = newTestFailureCount(base.tests);
    if (count > 0) {
      const names = (base.tests ?? []).filter((c) => c.status === 'compared' && !c.waived).flatMap((c) => c.newlyFailing.tests.map((t) => t.id));
      const shown = names.slice(0, 3).join(', ');
      reasons.push(`${count === 1 ? 'a test' : `${count} tests`} that did not fail in the baseline now ${count === 1 ? 'fails' : 'fail'}${shown ? `: ${shown}${count > 3 ? ` and ${count - 3} more` : ''}` : ''} (no-new-test-failures)`);
    }
  }
  // "Held" only when something was compared: a baseline of another repository (no check in common,
  // no test ids) leaves the ratchet with nothing to hold.
  const compared =
    (policy.maxDrop !== undefined && ((base.delta !== null && base.delta !== undefined) || (report.score === null && base.previous?.score != null))) ||
    (policy.noNewFailures && (base.changes ?? []).some((c) => c.before !== null && c.after !== null)) ||
    (policy.noNewTestFailures && (base.tests ?? []).some((c) => c.status === 'compared'));
  if (reasons.length === 0 && !compared) {
    const what = [policy.maxDrop !== undefined ? 'no score' : '', policy.noNewFailures ? 'no check in common' : '', policy.noNewTestFailures ? 'no tests check with test ids in both' : ''].filter(Boolean).join(', ');
    return { ...report, ratchet: { ...asked, status: 'no-baseline', reasons: [`the ratchet did not apply: nothing was compared with the baseline (${what})`] } };
  }
  const ratchet: RatchetInfo = { ...asked, status: reasons.length ? 'failed' : 'passed', reasons };
  if (reasons.length === 0) return { ...report, ratchet };
  return { ...report, ratchet, passed: false, gateReason: [report.gateReason, ...reasons].filter(Boolean).join('; ') };
}
