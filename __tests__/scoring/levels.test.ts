// The rubric's edges: no level, the top level, cumulative levels, and how each status counts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/config/schema.js';
import type { CategoryDef, LevelDef } from '../../src/config/types.js';
import { applyEnforcement } from '../../src/scoring/enforcement.js';
import { computeLevels, minLevelReason } from '../../src/scoring/levels.js';
import { computeScorecard } from '../../src/scoring/scorecard.js';
import { applyWaiver } from '../../src/scoring/waivers.js';
import type { CheckResult } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

const categories: CategoryDef[] = Object.entries(DEFAULT_CATEGORIES).map(([id, c]) => ({ id, ...c }));
const order = categories.map((c) => c.id);
const level = (id: string, l: Partial<LevelDef>): LevelDef => ({ id, title: id, checks: [], categories: [], required: false, all: false, ...l });
const LEVELS = [level('deployable', { required: true, categories: ['build', 'tests'] }), level('production', { categories: ['coverage', 'docs'] }), level('exemplary', { all: true })];

function levels(checks: CheckResult[], defs = LEVELS, minLevel?: string) {
  const card = computeScorecard(checks, categories, 70);
  return computeLevels(checks, defs, card.improvements, order, minLevel);
}

const passing = () => [
  checkResult('build', 'pass', 100, { category: 'build' }),
  checkResult('test', 'pass', 100, { category: 'tests' }),
  checkResult('secrets', 'pass', 100, { category: 'security', required: true }),
  checkResult('coverage', 'pass', 100, { category: 'coverage' }),
  checkResult('files', 'pass', 100, { category: 'docs' }),
  checkResult('lint', 'pass', 100, { category: 'quality' }),
];

describe('computeLevels', () => {
  it('every check passing: the top level is reached and there is no next level', () => {
    const info = levels(passing());
    expect(info).toMatchObject({ reached: 'exemplary', next: null });
    expect(info.levels.every((l) => l.met && l.missing.length === 0)).toBe(true);
    expect(info.levels[0]!.cells).toEqual({ build: 'pass', tests: 'pass', security: 'pass' });
  });

  it('a failing build: no level is reached, the next is the first, and its grid cell fails', () => {
    const checks = passing().map((c) => (c.id === 'build' ? { ...c, status: 'fail' as const, score: 0 } : c));
    const info = levels(checks);
    expect(info).toMatchObject({ reached: null, next: 'deployable' });
    expect(info.levels[0]!.missing).toEqual([{ id: 'build', title: 'build', category: 'build', status: 'fail' }]);
    expect(info.levels[0]!.cells.build).toBe('fail');
  });

  it('levels are cumulative: a higher level whose checks pass is not reached past a lower one that is not', () => {
    const checks = passing().map((c) => (c.id === 'lint' ? { ...c, status: 'warn' as const, score: 50 } : c));
    expect(levels(checks)).toMatchObject({ reached: 'production', next: 'exemplary' });
    const failedTests = passing().map((c) => (c.id === 'test' ? { ...c, status: 'fail' as const, score: 0 } : c));
    const info = levels(failedTests);
    expect(info.reached).toBeNull();
    expect(info.levels[1]!.met).toBe(true);
  });

  it('warn, error and skipped do not meet a level; an active waiver does; an expired one counts what was measured', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const base = passing();
    const withStatus = (id: string, status: CheckResult['status']) => base.map((c) => (c.id === id ? { ...c, status, score: status === 'pass' ? 100 : 0 } : c));
    expect(levels(withStatus('coverage', 'warn')).reached).toBe('deployable');
    expect(levels(withStatus('coverage', 'error')).levels[1]!.missing.map((m) => m.status)).toEqual(['error']);
    expect(levels(withStatus('coverage', 'skipped')).reached).toBe('deployable');
    const failing = withStatus('coverage', 'fail');
    const waived = failing.map((c) => (c.id === 'coverage' ? applyWaiver(c, { reason: 'new module' }, now) : c));
    expect(levels(waived).reached).toBe('exemplary');
    const expired = failing.map((c) => (c.id === 'coverage' ? applyWaiver(c, { reason: 'new module', until: '2026-05-01' }, now) : c));
    expect(levels(expired).reached).toBe('deployable');
  });

  it('a check phased in with enforce-after is left out of every level until its date, and counts after it', () => {
    const failing = passing().map((c) => (c.id === 'lint' ? { ...c, status: 'fail' as const, score: 0 } : c));
    const pending = failing.map((c) => (c.id === 'lint' ? applyEnforcement(c, '2026-06-01', new Date('2026-06-01T23:59:00Z')) : c));
    expect(levels(pending).reached).toBe('exemplary');
    const enforced = failing.map((c) => (c.id === 'lint' ? applyEnforcement(c, '2026-06-01', new Date('2026-06-02T00:00:00Z')) : c));
    expect(levels(enforced).reached).toBe('production');
  });

  it('a category a level names with no check in the run does not meet it: nothing shows it passes', () => {
    const info = levels(passing().filter((c) => c.id !== 'coverage'));
    expect(info).toMatchObject({ reached: 'deployable', next: 'production' });
    expect(info.levels[1]).toMatchObject({ met: false, missing: [], emptyCategories: ['coverage'], cells: { coverage: 'fail', docs: 'pass' } });
  });

  it('the next level\'s gaps come in the order to fix them: gate blockers, then the most points, then what could not measure', () => {
    const checks = [
      checkResult('build', 'pass', 100, { category: 'build' }),
      checkResult('docs-a', 'warn', 80, { category: 'docs' }),
      checkResult('docs-b', 'fail', 0, { category: 'docs' }),
      checkResult('cov', 'error', 0, { category: 'coverage' }),
      checkResult('readme', 'fail', 0, { category: 'docs', required: true }),
    ];
    const info = levels(checks, [level('base', { categories: ['build'] }), level('prod', { categories: ['coverage', 'docs'] })]);
    expect(info.levels[1]!.missing.map((m) => m.id)).toEqual(['readme', 'docs-b', 'docs-a', 'cov']);
  });

  it('a level naming a check this run did not run (--only) is not met; min-level says whether the gate\'s level is reached', () => {
    const info = levels([checkResult('build', 'pass', 100, { category: 'build' })], [level('base', { checks: ['build'] }), level('more', { checks: ['e2e'] })], 'more');
    expect(info.levels[1]!.missing).toEqual([{ id: 'e2e', title: 'e2e', category: '', status: 'not-run' }]);
    expect(info).toMatchObject({ reached: 'base', minLevel: 'more', minLevelMet: false });
    expect(minLevelReason(info)).toBe('level base reached; min-level more is required');
    expect(minLevelReason(levels(passing(), LEVELS, 'production'))).toBeUndefined();
    expect(minLevelReason(levels([checkResult('build', 'fail', 0, { category: 'build' })], LEVELS, 'deployable'))).toBe('no level reached; min-level deployable is required');
  });
});

describe('enforce-after in the score and the gate', () => {
  it('through its day a failing required check neither scores nor blocks; the next day it does both', () => {
    const check = checkResult('new-rule', 'fail', 0, { category: 'quality', required: true });
    const other = checkResult('build', 'pass', 100, { category: 'build' });
    const before = applyEnforcement(check, '2027-03-01', new Date('2027-03-01T12:00:00Z'));
    expect(before.enforcement).toEqual({ after: '2027-03-01', from: '2027-03-02', state: 'pending' });
    const pendingCard = computeScorecard([before, other], categories, 70);
    expect(pendingCard).toMatchObject({ score: 100, passed: true, blockers: [] });
    expect(pendingCard.omittedCategories.find((c) => c.id === 'quality')!.reason).toBe('its check is not enforced yet');
    const after = applyEnforcement(check, '2027-03-01', new Date('2027-03-02T00:00:00Z'));
    expect(after.enforcement!.state).toBe('enforced');
    expect(computeScorecard([after, other], categories, 70)).toMatchObject({ passed: false, blockers: ['new-rule'] });
  });

  it('the day after crosses months and years', () => {
    expect(applyEnforcement(checkResult('a', 'pass', 100), '2028-02-28', new Date('2028-01-01')).enforcement!.from).toBe('2028-02-29');
    expect(applyEnforcement(checkResult('a', 'pass', 100), '2026-12-31', new Date('2026-01-01')).enforcement!.from).toBe('2027-01-01');
  });
});
