// The test-regression section in the summary and the comment: newly failing first, then fixed,
// the rest counted; quarantined tests named; names from reports stay text.
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { reasonWithTestIds, renderTestRegressions } from '../../src/report/test-regressions.js';
import { terminalBaseline } from '../../src/report/delta.js';
import type { CheckRegressions, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { countTags, HOSTILE, renderGfm } from '../render.js';

const ref = (id: string, extra = {}) => ({ id, outcome: 'failed' as const, ...extra });
const regressions = (extra: Partial<CheckRegressions> = {}): CheckRegressions => ({
  id: 'unit',
  title: 'Unit tests',
  status: 'compared',
  newlyFailing: { count: 2, tests: [{ ...ref('s › test_mul', { message: 'assert 4 == 5', file: 'tests/test_calc.py', line: 18 }), inBaseline: true }, { ...ref('s › test_new'), inBaseline: false }] },
  stillFailing: { count: 3, tests: [ref('s › a'), ref('s › b'), ref('s › c')] },
  fixed: { count: 30, tests: [ref('s › d')] },
  newlyFlaky: { count: 0, tests: [] },
  removed: { count: 1, tests: [ref('s › gone')] },
  unknown: 0,
  quarantined: [{ ...ref('s › test_net[https]'), reason: 'mirror down, #41' }],
  ...extra,
});
const report = (tests: CheckRegressions[], checks = [checkResult('unit', 'fail', 60)]) =>
  ({
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    threshold: 70,
    score: 60,
    grade: 'D',
    passed: false,
    gateReason: 'a test that did not fail in the baseline now fails',
    categories: [],
    omittedCategories: [],
    improvements: [],
    blockers: [],
    config: { path: null, source: 'file', errors: [] },
    checks,
    baseline: { status: 'compared', previous: { score: 60, grade: 'D', sha: '', date: '2026-01-01', runId: '' }, delta: 0, changes: [], tests },
  }) as unknown as Report;

describe('renderTestRegressions', () => {
  it('counts every kind, lists newly failing tests (message, file:line, new test) before fixed ones, names quarantined tests', () => {
    const md = renderTestRegressions(report([regressions()]), { max: 5 });
    expect(md.split('\n')).toEqual([
      '### Tests against the baseline',
      '',
      'Unit tests `unit`: **2 newly failing** · 3 still failing · 30 fixed · 0 newly flaky · 1 removed',
      '',
      'Newly failing:',
      '',
      '- ❌ `s › test_mul` — assert 4 \\=\\= 5 `tests/test_calc.py:18`',
      '- ❌ `s › test_new` _(new test)_',
      '',
      'Fixed:',
      '',
      '- ✅ `s › d`',
      '- …29 more fixed tests in the report',
      '',
      'Quarantined (1), left out of the pass rate and the regression gate:',
      '',
      '- 🧊 `s › test_net[https]` (failed): mirror down, \\#\u200b41',
    ]);
  });

  it('says when the baseline has no test ids, and names quarantined tests without a baseline', () => {
    const older = regressions({ status: 'no-baseline-ids', reason: 'no baseline test ids (the baseline report is older than test ids)' });
    expect(renderTestRegressions(report([older]))).toContain('Unit tests `unit`: _no baseline test ids \\(the baseline report is older than test ids\\)_; its failing tests are not compared.');
    const alone = { ...report([]), baseline: undefined } as Report;
    alone.checks = [checkResult('unit', 'pass', 100, { tests: { failing: [], flaky: [], quarantined: [{ ...ref('s › x'), reason: 'flaky' }], cut: 0, digest: { failing: '', flaky: '', all: '' }, complete: true } })];
    expect(renderTestRegressions(alone)).toContain('### Quarantined tests');
    expect(renderTestRegressions({ ...alone, checks: [checkResult('unit', 'pass', 100)] })).toBe('');
  });

  it('keeps hostile test names and messages as text', () => {
    const evil = regressions({ newlyFailing: { count: 1, tests: [{ ...ref(HOSTILE, { message: HOSTILE, file: HOSTILE, line: 1 }), inBaseline: true }] } });
    const html = renderGfm(renderTestRegressions(report([evil])));
    for (const tag of ['img', 'script', 'a']) expect(countTags(html, tag)).toBe(0);
  });
});

describe('ids as they can be copied', () => {
  it('list items and the Why line show ids in code spans with no \\| escape or zero-width space', () => {
    const id = "pytest › t › test_escape[&><'\"efgh-#39|x]";
    const r = report([regressions({ newlyFailing: { count: 1, tests: [{ ...ref(id), inBaseline: true }] }, quarantined: [{ ...ref('s › a|b'), reason: 'r' }] })]);
    r.gateReason = `a test that did not fail in the baseline now fails: ${id} (no-new-test-failures)`;
    const md = renderTestRegressions(r);
    expect(md).toContain(`- ❌ \`${id}\``);
    expect(md).toContain('- 🧊 `s › a|b` (failed)');
    const why = reasonWithTestIds(r.gateReason!, r);
    expect(why).toBe(`a test that did not fail in the baseline now fails: \`${id}\` \\(no\\-new\\-test\\-failures\\)`);
    expect(renderComment(r, '<!-- m -->', 'https://github.com/acme/app/actions/runs/42')).toContain(`**Why:** ${why}`);
    // Rendered, the code span is the id itself, and nothing in the reason becomes HTML.
    expect(renderGfm(why)).toContain(`<code>${id.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</code>`);
    expect(countTags(renderGfm(reasonWithTestIds(`${HOSTILE} ${id}`, r)), 'img')).toBe(0);
  });
});

describe('the pull-request comment', () => {
  it('lists the tests the change broke right after what to fix first', () => {
    const md = renderComment(report([regressions()]), '<!-- m -->', 'https://github.com/acme/app/actions/runs/42');
    expect(md).toContain('#### Tests against the baseline');
    expect(md.indexOf('**To fix first**')).toBeLessThan(md.indexOf('#### Tests against the baseline'));
    expect(md).toContain('- ❌ `s › test_mul` — assert 4 \\=\\= 5 `tests/test_calc.py:18`');
  });
});

describe('the terminal', () => {
  it('prints the counts per check and the first new failures with their message and place', () => {
    const lines = terminalBaseline(report([regressions(), { ...regressions({ status: 'no-baseline-ids', reason: 'the check is not in the baseline' }), id: 'e2e' }]).baseline);
    expect(lines).toContain('  unit tests: 2 newly failing, 3 still failing, 30 fixed, 0 newly flaky, 1 removed');
    expect(lines).toContain('    new failure: s › test_mul: assert 4 == 5 (tests/test_calc.py:18)');
    expect(lines).toContain('  e2e tests: the check is not in the baseline');
  });
});
