import { describe, expect, it } from 'vitest';
import { outputValues } from '../../src/report/outputs.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

describe('outputValues', () => {
  it('gives the outputs of SPEC §5 as strings', () => {
    const report = {
      score: 81.25,
      grade: 'B',
      threshold: 70,
      passed: true,
      categories: [{ id: 'tests', title: 'Tests', weight: 20, score: 81.3, points: 81.3, maxPoints: 100 }],
      checks: [
        checkResult('a', 'pass', 100),
        checkResult('b', 'fail', 0),
        checkResult('c', 'error', 0),
        checkResult('d', 'skipped', undefined),
        checkResult('e', 'skipped', undefined, { required: true }),
        checkResult('f', 'waived', undefined),
      ],
    } as unknown as Report;
    expect(outputValues(report, '/tmp/r.json')).toEqual({
      score: '81.3',
      grade: 'B',
      passed: 'true',
      threshold: '70',
      'failed-checks': '["b","c","e"]',
      report: '/tmp/r.json',
      categories: '[{"id":"tests","title":"Tests","score":81.3,"points":81.3,"maxPoints":100}]',
      // No new-code view: the new-code outputs are empty.
      'new-code-passed': '',
      'new-code-score': '',
      'new-findings': '',
      'patch-coverage': '',
      'changed-lines': '',
      'benchmarks-regressed': '0',
      'benchmarks-inconclusive': '0',
      'new-test-failures': '',
      level: '',
      'next-level': '',
    });
  });

  it('leaves score and grade empty when nothing was scored', () => {
    const out = outputValues({ score: null, grade: null, threshold: 70, passed: false, categories: [], checks: [] } as unknown as Report, 'r.json');
    expect(out.score).toBe('');
    expect(out.grade).toBe('');
    expect(out.passed).toBe('false');
  });
});
