import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/config/schema.js';
import type { CategoryDef } from '../../src/config/types.js';
import { agreeingStatus, computeScorecard, gradeFor } from '../../src/scoring/scorecard.js';
import { checkResult } from '../fixtures.js';

const defaults: CategoryDef[] = Object.entries(DEFAULT_CATEGORIES).map(([id, c]) => ({ id, ...c }));
const cats = (...ids: string[]) => defaults.filter((c) => ids.includes(c.id));

describe('computeScorecard', () => {
  it('weights checks within a category and categories by weight (hand-computed)', () => {
    // tests = (0×1 + 100×3) / 4 = 75; overall = (10×100 + 20×75) / 30 = 83.33…
    const card = computeScorecard(
      [
        checkResult('build', 'pass', 100, { category: 'build' }),
        checkResult('unit', 'fail', 0, { category: 'tests' }),
        checkResult('integration', 'pass', 100, { category: 'tests', weight: 3 }),
      ],
      cats('build', 'tests'),
      70,
    );
    expect(card.score).toBe(83.3);
    expect(card.grade).toBe('B');
    expect(card.passed).toBe(true);
    expect(card.categories).toEqual([
      { id: 'build', title: 'Build', weight: 10, score: 100, points: 33.3, maxPoints: 33.3 },
      { id: 'tests', title: 'Tests', weight: 20, score: 75, points: 50, maxPoints: 66.7 },
    ]);
    // unit would add (100 − 0)/100 × 1/4 × 66.67 = 16.67 points.
    expect(card.improvements).toEqual([{ id: 'unit', title: 'unit', status: 'fail', pointsLost: 16.7 }]);
  });

  it('uses all default categories as points out of 100 when each has a scored check', () => {
    const checks = defaults.map((c) => checkResult(c.id, 'warn', 50, { category: c.id }));
    const card = computeScorecard(checks, defaults, 70);
    expect(card.score).toBe(50);
    expect(card.categories.map((c) => `${c.title} ${c.points}/${c.maxPoints}`)).toEqual([
      'Build 5/10',
      'Tests 10/20',
      'Coverage 7.5/15',
      'Security 10/20',
      'Dependencies 5/10',
      'Quality 5/10',
      'Docs 5/10',
      'Hygiene 2.5/5',
    ]);
    expect(card.omittedCategories).toEqual([]);
    expect(card.passed).toBe(false);
    expect(card.gateReason).toBe('score 50.0 is below the threshold 70');
  });

  it('counts error as 0 and leaves skipped, waived and weight-0 checks out', () => {
    // quality = (100×1 + 0×1) / 2 = 50; the skipped, waived and weight-0 checks do not count.
    const card = computeScorecard(
      [
        checkResult('ok', 'pass', 100),
        checkResult('broken', 'error', 0),
        checkResult('later', 'skipped', undefined),
        checkResult('waived', 'waived', undefined),
        checkResult('info', 'fail', 0, { weight: 0 }),
      ],
      cats('quality'),
      40,
    );
    expect(card.score).toBe(50);
    expect(card.passed).toBe(true);
  });

  it('leaves out categories with nothing scored and names them with the reason', () => {
    const card = computeScorecard(
      [
        checkResult('build', 'pass', 100, { category: 'build' }),
        checkResult('audit', 'skipped', undefined, { category: 'dependencies' }),
        checkResult('secrets', 'waived', undefined, { category: 'security' }),
        checkResult('scan', 'skipped', undefined, { category: 'security' }),
      ],
      cats('build', 'security', 'dependencies', 'docs'),
      70,
    );
    expect(card.score).toBe(100);
    expect(card.categories.map((c) => c.id)).toEqual(['build']);
    expect(card.categories[0]!.maxPoints).toBe(100);
    expect(card.omittedCategories).toEqual([
      { id: 'security', title: 'Security', weight: 20, reason: '1 waived, 1 skipped' },
      { id: 'dependencies', title: 'Dependencies', weight: 10, reason: 'its check is skipped' },
      { id: 'docs', title: 'Docs', weight: 10, reason: 'no checks' },
    ]);
  });

  it('fails the gate on a required check that failed, errored or was skipped, whatever the score', () => {
    const base = [checkResult('a', 'pass', 100), checkResult('b', 'pass', 100), checkResult('c', 'pass', 100), checkResult('d', 'pass', 100)];
    for (const status of ['fail', 'error', 'skipped'] as const) {
      const card = computeScorecard([...base, checkResult('gate', status, status === 'skipped' ? undefined : 0, { required: true })], cats('quality'), 50);
      expect(card.blockers).toEqual(['gate']);
      expect(card.passed).toBe(false);
      expect(card.gateReason).toContain(`required check did not pass: gate (${status})`);
    }
    const warn = computeScorecard([...base, checkResult('gate', 'warn', 60, { required: true })], cats('quality'), 50);
    expect(warn.blockers).toEqual([]);
    expect(warn.passed).toBe(true);
    const waived = computeScorecard([...base, checkResult('gate', 'waived', undefined, { required: true })], cats('quality'), 50);
    expect(waived.passed).toBe(true);
  });

  it('passes at exactly the threshold, comparing the score as shown (one decimal)', () => {
    // (70×2 + 69.95×… ) keep it simple: 69.96 rounds to 70.0 and passes a threshold of 70.
    const card = computeScorecard([checkResult('a', 'warn', 69.96)], cats('quality'), 70);
    expect(card.score).toBe(70);
    expect(card.passed).toBe(true);
    const below = computeScorecard([checkResult('a', 'warn', 69.94)], cats('quality'), 70);
    expect(below.score).toBe(69.9);
    expect(below.passed).toBe(false);
  });

  it('gives no score when nothing was scored', () => {
    const card = computeScorecard([checkResult('a', 'skipped', undefined)], cats('quality'), 70);
    expect(card.score).toBeNull();
    expect(card.grade).toBeNull();
    expect(card.passed).toBe(false);
    expect(card.gateReason).toBe('nothing was scored');
  });

  it('orders improvements by points lost', () => {
    const card = computeScorecard(
      [
        checkResult('small', 'warn', 90, { category: 'hygiene' }),
        checkResult('big', 'fail', 0, { category: 'tests' }),
        checkResult('mid', 'error', 0, { category: 'build' }),
      ],
      cats('build', 'tests', 'hygiene'),
      70,
    );
    // weights 10, 20, 5 of 35: big loses 57.1, small 10% of 14.3 = 1.4; mid could not measure,
    // which no change to the repository fixes: it stays in "Could not measure", out of the list.
    expect(card.improvements.map((i) => [i.id, i.pointsLost])).toEqual([
      ['big', 57.1],
      ['small', 1.4],
    ]);
  });

  it('the status rule: a pass or warn that scores 0 is a fail; between is left to the kind', () => {
    expect(agreeingStatus({ status: 'warn', score: 0 })).toEqual({ status: 'fail', score: 0 });
    expect(agreeingStatus({ status: 'pass', score: 0 })).toEqual({ status: 'fail', score: 0 });
    expect(agreeingStatus({ status: 'warn', score: 40 })).toEqual({ status: 'warn', score: 40 });
    expect(agreeingStatus({ status: 'error', score: 0 })).toEqual({ status: 'error', score: 0 });
    expect(agreeingStatus({ status: 'skipped' })).toEqual({ status: 'skipped' });
  });
});

describe('checks that fail the gate, and checks that could not measure', () => {
  it('ranks a failing required check first, even below warn checks by points', () => {
    const card = computeScorecard(
      [
        checkResult('lint', 'warn', 50, { category: 'tests' }),
        checkResult('license', 'fail', 0, { category: 'hygiene', required: true }),
      ],
      cats('tests', 'hygiene'),
      70,
    );
    expect(card.blockers).toEqual(['license']);
    // By points lint loses 40 (half of 80) and license 20; license fails the gate, so it comes first.
    expect(card.improvements.map((i) => [i.id, i.pointsLost])).toEqual([
      ['license', 20],
      ['lint', 40],
    ]);
  });

  it('counts an error as 0 by default, and leaves it out with unmeasured: unscored', () => {
    const checks = [checkResult('unit', 'pass', 100, { category: 'tests' }), checkResult('audit', 'error', 0, { category: 'tests' }), checkResult('deps', 'error', 0, { category: 'dependencies' })];
    const zero = computeScorecard(checks, cats('tests', 'dependencies'), 70);
    expect(zero.score).toBe(33.3);
    const unscored = computeScorecard(checks, cats('tests', 'dependencies'), 70, 'unscored');
    expect(unscored.score).toBe(100);
    expect(unscored.omittedCategories).toEqual([{ id: 'dependencies', title: 'Dependencies', weight: 10, reason: 'its check is unmeasured' }]);
  });
});

describe('gradeFor', () => {
  it('follows A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, F below', () => {
    expect([100, 90, 89.9, 80, 79.9, 70, 69.9, 60, 59.9, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
  });
});

describe('a score that is not a finite number', () => {
  it('fails the gate and is never shown as a number', () => {
    const checks = [checkResult('a', 'pass', 100, { weight: Number.MAX_VALUE }), checkResult('b', 'fail', 0, { weight: Number.MAX_VALUE })];
    const card = computeScorecard(checks, [{ id: 'quality', title: 'Quality', weight: 10 }], 0);
    expect(card.score).toBeNull();
    expect(card.grade).toBeNull();
    expect(card.passed).toBe(false);
    expect(card.gateReason).toMatch(/^the score could not be computed \(NaN\)/);
  });

  it('a check score above 100 from outside (a tampered report) fails the gate', () => {
    const card = computeScorecard([checkResult('a', 'pass', 1e9)], [{ id: 'quality', title: 'Quality', weight: 10 }], 70);
    expect(card.passed).toBe(false);
    expect(card.score).toBeNull();
  });
});
