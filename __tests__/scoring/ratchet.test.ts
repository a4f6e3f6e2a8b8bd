import { describe, expect, it } from 'vitest';
import { compare, toBaselineFile } from '../../src/github/baseline.js';
import { renderBaseline, terminalBaseline } from '../../src/report/delta.js';
import { applyRatchet, ratchetPolicy } from '../../src/scoring/ratchet.js';
import type { CheckResult, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

const report = (score: number | null, checks: CheckResult[] = [checkResult('build', 'pass', 100)]): Report =>
  ({ score, grade: 'B', threshold: 70, passed: true, gateReason: '', checks, config: { errors: [] }, startedAt: '2026-11-28T00:00:00.000Z' }) as unknown as Report;

const ctx = { sha: 'a'.repeat(40), runId: '1' };
const against = (now: Report, then: Report) => ({ ...now, baseline: compare(now, toBaselineFile(then, ctx, undefined, new Date('2026-11-20T00:00:00Z')), 'main') });

describe('ratchet', () => {
  it('unset: the baseline is informational and the report is unchanged', () => {
    const r = against(report(50), report(90));
    expect(applyRatchet(r, undefined)).toBe(r);
    expect(applyRatchet(r, {})).toBe(r);
    expect(applyRatchet(r, { noNewFailures: false })).toBe(r);
  });

  it('max-drop: a drop of exactly N passes, a drop of N + 0.1 fails', () => {
    const at = applyRatchet(against(report(75), report(80)), { maxDrop: 5 });
    expect(at.passed).toBe(true);
    expect(at.ratchet).toEqual({ maxDrop: 5, status: 'passed', reasons: [] });
    const past = applyRatchet(against(report(74.9), report(80)), { maxDrop: 5 });
    expect(past.passed).toBe(false);
    expect(past.gateReason).toBe("the score fell 5.1 points below the baseline's 80 (max-drop 5)");
    expect(past.ratchet?.status).toBe('failed');
    // max-drop 0: the score may not fall at all, but may stay.
    expect(applyRatchet(against(report(80), report(80)), { maxDrop: 0 }).passed).toBe(true);
    expect(applyRatchet(against(report(79.9), report(80)), { maxDrop: 0 }).passed).toBe(false);
  });

  it('says it did not apply, not that it held, when nothing could be compared (a baseline of another repository)', () => {
    const now = { ...against(report(90, [checkResult('pytest', 'pass', 100)]), report(80, [checkResult('go-test', 'pass', 100)])) };
    now.baseline = { ...now.baseline!, tests: [{ id: 'pytest', title: 'pytest', status: 'no-baseline-ids', reason: 'the check is not in the baseline', newlyFailing: { count: 0, tests: [] }, stillFailing: { count: 0, tests: [] }, fixed: { count: 0, tests: [] }, newlyFlaky: { count: 0, tests: [] }, removed: { count: 0, tests: [] }, unknown: 0, quarantined: [] }] };
    const r = applyRatchet(now, { noNewTestFailures: true, noNewFailures: true });
    expect(r.ratchet).toEqual({ noNewTestFailures: true, noNewFailures: true, status: 'no-baseline', reasons: ['the ratchet did not apply: nothing was compared with the baseline (no check in common, no tests check with test ids in both)'] });
    expect(r.passed).toBe(true);
    expect(terminalBaseline(r.baseline, r.ratchet).join('\n')).not.toContain('held');
    expect(terminalBaseline(r.baseline, r.ratchet)).toContain('the ratchet did not apply: nothing was compared with the baseline (no check in common, no tests check with test ids in both)');
    // The score was compared: max-drop held.
    expect(applyRatchet(now, { maxDrop: 5, noNewTestFailures: true }).ratchet?.status).toBe('passed');
  });

  it('keeps the scorecard’s own gate reason and adds its own', () => {
    const failing = { ...against(report(40), report(80)), passed: false, gateReason: 'score 40 is below the threshold 70' };
    const r = applyRatchet(failing, { maxDrop: 10 });
    expect(r.gateReason).toBe("score 40 is below the threshold 70; the score fell 40 points below the baseline's 80 (max-drop 10)");
  });

  it('no-new-failures: a check that passed (or warned) and now fails or errors fails the gate; others do not', () => {
    const then = report(80, [checkResult('a', 'pass', 100), checkResult('b', 'warn', 60), checkResult('c', 'fail', 0), checkResult('d', 'pass', 100)]);
    const now = report(80, [checkResult('a', 'fail', 0), checkResult('b', 'error', 0), checkResult('c', 'error', 0), checkResult('d', 'skipped', undefined), checkResult('e', 'fail', 0)]);
    const r = applyRatchet(against(now, then), { noNewFailures: true });
    expect(r.passed).toBe(false);
    expect(r.gateReason).toBe('2 checks that passed in the baseline now fail: a (pass → fail), b (warn → error) (no-new-failures)');
    const same = applyRatchet(against(then, then), { noNewFailures: true });
    expect(same.passed).toBe(true);
  });

  it('without a baseline it says it did not apply and does not fail the gate', () => {
    const r = applyRatchet({ ...report(10), baseline: { status: 'none', reason: 'no report saved for the merge-base abc1234' } }, { maxDrop: 1, noNewFailures: true });
    expect(r.passed).toBe(true);
    expect(r.ratchet).toEqual({ maxDrop: 1, noNewFailures: true, status: 'no-baseline', reasons: ['the ratchet did not apply: no report saved for the merge-base abc1234'] });
    expect(renderBaseline(r.baseline, 20, r.ratchet)).toContain('**Ratchet** (max-drop 1, no-new-failures) did not apply');
  });

  it('is shown next to the baseline, held or failed', () => {
    const r = applyRatchet(against(report(70), report(80)), { maxDrop: 5 });
    expect(renderBaseline(r.baseline, 20, r.ratchet)).toContain("**Ratchet** (max-drop 5): ❌ the score fell 10 points below the baseline's 80 \\(max\\-drop 5\\).");
  });

  it('inputs override the config’s keys one by one', () => {
    expect(ratchetPolicy({ maxDrop: 2, noNewFailures: true }, { maxDrop: 5 })).toEqual({ maxDrop: 5, noNewFailures: true });
    expect(ratchetPolicy({ noNewFailures: true }, { noNewFailures: false })).toEqual({ noNewFailures: false });
    expect(ratchetPolicy(undefined, {})).toEqual({});
  });
});

describe('ratchet config keys', () => {
  it('max-drop and no-new-failures are config keys; bad values name the key', async () => {
    const { parseConfig, ConfigError } = await import('../../src/config/load.js');
    expect(parseConfig('max-drop: 2\nno-new-failures: true\nchecks:\n  - { id: a, run: "true" }\n', 'readiness.yml').ratchet).toEqual({ maxDrop: 2, noNewFailures: true });
    expect(parseConfig('checks:\n  - { id: a, run: "true" }\n', 'readiness.yml').ratchet).toBeUndefined();
    try {
      parseConfig('max-drop: lots\nchecks:\n  - { id: a, run: "true" }\n', 'readiness.yml');
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as InstanceType<typeof ConfigError>).problems.join('\n')).toMatch(/max-drop/);
    }
  });
  it('no-new-failures: a check phased in with enforce-after that now fails does not fail the gate until its date', () => {
    const then = report(90, [checkResult('build', 'pass', 100), checkResult('rule', 'pass', 100)]);
    const failing = checkResult('rule', 'fail', 0);
    const pending = report(90, [checkResult('build', 'pass', 100), { ...failing, enforcement: { after: '2027-03-01', from: '2027-03-02', state: 'pending' } }]);
    expect(applyRatchet(against(pending, then), { noNewFailures: true }).passed).toBe(true);
    const enforced = report(90, [checkResult('build', 'pass', 100), { ...failing, enforcement: { after: '2026-03-01', from: '2026-03-02', state: 'enforced' } }]);
    expect(applyRatchet(against(enforced, then), { noNewFailures: true }).passed).toBe(false);
  });
});
