import { describe, expect, it } from 'vitest';
import { higherIsBetter, levelCounts, lowerIsBetter } from '../../src/scoring/curves.js';

describe('curves', () => {
  it('higher is better: fail at or below min, linear to target, pass at target', () => {
    expect(higherIsBetter(40, 40, 80)).toEqual({ status: 'fail', score: 0 });
    expect(higherIsBetter(60, 40, 80)).toEqual({ status: 'warn', score: 50 });
    expect(higherIsBetter(80, 40, 80)).toEqual({ status: 'pass', score: 100 });
    expect(higherIsBetter(59.5, 0, 80).score).toBeCloseTo(74.375);
  });

  it('lower is better: fail at or above max, linear to target', () => {
    expect(lowerIsBetter(600, 600, 500)).toEqual({ status: 'fail', score: 0 });
    expect(lowerIsBetter(550, 600, 500)).toEqual({ status: 'warn', score: 50 });
    expect(lowerIsBetter(500, 600, 500)).toEqual({ status: 'pass', score: 100 });
    expect(lowerIsBetter(500, 500, 500)).toEqual({ status: 'pass', score: 100 });
  });

  it('level counts: max 0 allows none, max N fails at N, target passes at or below, lowest level score wins', () => {
    const order = ['critical', 'high', 'moderate'];
    const limits = { max: { critical: 0, high: 4 }, target: { moderate: 0 } };
    expect(levelCounts({ critical: 0, high: 0, moderate: 0 }, limits, order)).toEqual({ status: 'pass', score: 100, over: [] });
    expect(levelCounts({ critical: 1, high: 0, moderate: 0 }, limits, order)).toMatchObject({ status: 'fail', score: 0, over: ['1 critical (max 0)'] });
    // high: target 0, fails at 4 → 2 scores 50.
    expect(levelCounts({ critical: 0, high: 2, moderate: 0 }, limits, order)).toMatchObject({ status: 'warn', score: 50 });
    expect(levelCounts({ critical: 0, high: 4, moderate: 0 }, limits, order).status).toBe('fail');
    // moderate has no max: it only warns, losing 10 points per advisory over its target.
    expect(levelCounts({ critical: 0, high: 0, moderate: 3 }, limits, order)).toMatchObject({ status: 'warn', score: 70 });
    // Once it has lost all its points it is a failure: a check that scores 0 is `fail`.
    expect(levelCounts({ critical: 0, high: 0, moderate: 30 }, limits, order)).toMatchObject({ status: 'fail', score: 0 });
  });
});
