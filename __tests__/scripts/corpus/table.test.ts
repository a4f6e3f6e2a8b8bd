import { describe, expect, it } from 'vitest';
import { differences, renderTable, type Row } from '../../../scripts/corpus/table.js';

const base: Row = {
  repository: 'demo',
  check: 'test + coverage',
  scorecard: { total: 10, passed: 9, failed: 1 },
  own: { total: 10, passed: 9, failed: 1, skipped: 0 },
  ownCommand: 'c8 --reporter=text-summary mocha',
  scorecardCoverage: { covered: 770, total: 773, metric: 'lines' },
  coverageChecked: true,
  ownCoverage: { covered: 770, total: 773, pct: 99.6, metric: 'lines' },
};

describe('differences', () => {
  it('none when totals and coverage counts are equal', () => {
    expect(differences(base)).toEqual([]);
  });
  it('names each total and the coverage that differ', () => {
    const row = { ...base, own: { total: 11, passed: 10, failed: 1, skipped: 1 }, ownCoverage: { covered: 1290, total: 1293, pct: 99.8, metric: 'lines' } };
    expect(differences(row)).toEqual(['total 10 ≠ 11', 'passed 9 ≠ 10', 'coverage 770/773 ≠ 1290/1293']);
  });
  it('a side that read nothing is a difference, never a match', () => {
    expect(differences({ ...base, scorecard: null })).toEqual(['scorecard read no totals']);
    expect(differences({ ...base, own: null, ownCoverage: null })).toEqual(['runner printed no totals', 'runner printed no coverage']);
    expect(differences({ ...base, scorecardCoverage: null })).toEqual(['scorecard measured no coverage']);
  });
  it('compares percentages to one decimal when the runner prints no counts (go)', () => {
    const go = { ...base, scorecardCoverage: { covered: 301, total: 333, metric: 'statements' }, ownCoverage: { covered: null, total: null, pct: 90.4, metric: 'statements' } };
    expect(differences(go)).toEqual([]);
    expect(differences({ ...go, ownCoverage: { ...go.ownCoverage, pct: 90.5 } })).toEqual(['coverage 90.4% ≠ 90.5%']);
  });
  it('no coverage on either side, and none checked, is no difference', () => {
    expect(differences({ ...base, scorecardCoverage: null, ownCoverage: null, coverageChecked: false })).toEqual([]);
  });
});

describe('renderTable', () => {
  it('one row per tests check, with the reasons and the command', () => {
    const table = renderTable([base, { ...base, repository: 'other', scorecard: null, scorecardNote: 'pass: exit 0; totals not read', ownCommand: 'a || b' }]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| demo | test + coverage | 10/9/1 | 10/9/1 | 770/773 lines (99.6%) | 770/773 lines (99.6%) | yes | `c8 --reporter=text-summary mocha` |');
    expect(lines[3]).toContain('| — (pass: exit 0; totals not read) |');
    expect(lines[3]).toContain('no: scorecard read no totals');
    expect(lines[3]).toContain('`a \\|\\| b`');
    expect(renderTable([{ ...base, ownCoverageOrigin: 'runner default' }])).toContain('| 770/773 lines (99.6%) [runner default] |');
  });
});
