import { describe, expect, it } from 'vitest';
import { palette, renderTerminal, useColor } from '../../src/report/terminal.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

const report = {
  tool: { name: 'readiness-scorecard', version: '0.1.0' },
  score: 50,
  grade: 'F',
  threshold: 70,
  passed: false,
  gateReason: 'score 50.0 is below the threshold 70',
  cancelled: false,
  categories: [{ id: 'quality', title: 'Quality', weight: 10, score: 50, points: 50, maxPoints: 100 }],
  omittedCategories: [{ id: 'docs', title: 'Docs', weight: 10, reason: 'no checks' }],
  improvements: [{ id: 'b', title: 'b', status: 'fail', pointsLost: 50 }],
  checks: [checkResult('a', 'pass', 100), checkResult('b', 'fail', 0, { summary: 'exit 1 \u001b[2J\u001b]0;pwned\u0007' })],
  config: { path: 'readiness.yml', source: 'file', errors: [] },
  warnings: [],
  durationMs: 1500,
} as unknown as Report;

describe('terminal', () => {
  it('prints the scorecard without colour codes when colour is off', () => {
    const out = renderTerminal(report, palette(false));
    expect(out).toContain('Readiness 50/100 (grade F)  FAILED  threshold 70');
    expect(out).toContain('✔ pass    a  exit 0');
    expect(out).toContain('Not scored: Docs (no checks)');
    expect(out).toContain('+50    b (fail)');
    expect(out).not.toContain('\u001b');
  });

  it('colours when asked, and never passes escape sequences from results through', () => {
    const out = renderTerminal(report, palette(true));
    expect(out).toContain('\u001b[32m');
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u001b]0;');
  });

  it('uses colour on a TTY only, honours NO_COLOR, and FORCE_COLOR wins', () => {
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(true, { TERM: 'dumb' })).toBe(false);
  });
});
