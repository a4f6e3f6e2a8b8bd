// The new-code score and gate conditions: pure arithmetic.
import { describe, expect, it } from 'vitest';
import { conditionFailures, evaluateConditions, newCodeScore, scoreMeasure } from '../../src/scoring/new-code.js';
import { checkResult } from '../fixtures.js';

describe('scoreMeasure', () => {
  it("applies each check's own curve", () => {
    expect(scoreMeasure({ kind: 'coverage', pct: 60, min: 40, target: 80 })).toEqual({ status: 'warn', score: 50 });
    expect(scoreMeasure({ kind: 'coverage', pct: null, min: 0, target: 80 })).toBeNull();
    expect(scoreMeasure({ kind: 'levels', counts: { error: 0, warning: 2 }, limits: { max: { error: 0 }, target: { warning: 0 } }, order: ['error', 'warning', 'note'] })).toEqual({ status: 'warn', score: 80 });
    expect(scoreMeasure({ kind: 'none-allowed', count: 1 })).toEqual({ status: 'fail', score: 0 });
  });
});

describe('newCodeScore', () => {
  it('weighs like the main score, and is null with nothing to score', () => {
    const categories = [
      { id: 'quality', title: 'Quality', weight: 10 },
      { id: 'coverage', title: 'Coverage', weight: 30 },
    ];
    const lint = checkResult('lint', 'pass', 100);
    const cov = checkResult('cov', 'pass', 100, { category: 'coverage' });
    expect(newCodeScore([{ check: lint, scored: { status: 'pass', score: 100 } }, { check: cov, scored: { status: 'warn', score: 50 } }], categories, 70)).toBe(62.5);
    expect(newCodeScore([], categories, 70)).toBeNull();
  });
});

describe('evaluateConditions', () => {
  it('passes, fails, and fails what it cannot measure', () => {
    const view = { available: true, newFindings: 2, coverage: { pct: 79.99, total: 10 } };
    expect(evaluateConditions({ coverage: 80, maxFindings: 2 }, view)).toEqual([
      { id: 'coverage', limit: 80, actual: 79.9, passed: false },
      { id: 'max-findings', limit: 2, actual: 2, passed: true },
    ]);
    expect(evaluateConditions({ coverage: 80 }, { ...view, coverage: { pct: null, total: 0 } })[0]).toMatchObject({ passed: true, reason: 'no executable line was changed' });
    const none = evaluateConditions({ coverage: 80, maxFindings: 0 }, { available: false, reason: 'no merge-base', newFindings: 0, coverage: null });
    expect(none.every((c) => !c.passed && c.actual === null)).toBe(true);
    expect(conditionFailures(none)).toEqual(['new code: patch coverage not measured: no merge-base (min 80%)', 'new code: new findings not measured: no merge-base (max 0)']);
    expect(evaluateConditions({}, view)).toEqual([]);
  });
});
