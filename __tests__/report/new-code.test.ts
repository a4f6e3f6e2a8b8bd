// "This pull request" as rendered: file names and messages from a pull request stay text, the
// lists are bounded, and a missing view says why.
import { describe, expect, it } from 'vitest';
import { renderNewCode } from '../../src/report/new-code.js';
import { renderComment } from '../../src/report/comment.js';
import type { NewCodeInfo, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { HOSTILE, countTags, renderGfm } from '../render.js';

const SHA = (c: string) => c.repeat(40);

function view(extra: Partial<NewCodeInfo> = {}): NewCodeInfo {
  return {
    base: SHA('a'),
    head: SHA('b'),
    mergeBase: SHA('c'),
    source: 'git',
    how: ['git merge-base: not found locally', 'git fetch --depth=50 origin'],
    changedFiles: 2,
    changedLines: 10,
    findings: { total: 0, byCheck: {}, partial: false },
    coverage: null,
    score: null,
    passed: true,
    conditions: [],
    checks: [],
    ...extra,
  };
}

function report(newCode: NewCodeInfo, checks = [checkResult('ok', 'pass', 100)]): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score: 100,
    grade: 'A',
    threshold: 70,
    passed: true,
    blockers: [],
    gateReason: '',
    categories: [],
    omittedCategories: [],
    improvements: [],
    checks,
    config: { path: null, source: 'file', errors: [] },
    warnings: [],
    cancelled: false,
    startedAt: '2026-11-28T10:00:00.000Z',
    durationMs: 1,
    newCode,
  };
}

describe('renderNewCode', () => {
  it('keeps hostile file names, rules and messages as text', () => {
    const lint = checkResult('lint', 'fail', 0, { findings: [{ file: HOSTILE, line: 3, severity: 'error', rule: HOSTILE, message: HOSTILE, new: true }] });
    const md = renderNewCode(
      report(
        view({
          findings: { total: 1, byCheck: { lint: 1 }, partial: false },
          coverage: { covered: 1, total: 2, pct: 50, uncovered: [{ file: HOSTILE, lines: '3' }], unreported: 0 },
          reason: HOSTILE,
        }),
        [lint],
      ),
    );
    const html = renderGfm(md);
    for (const tag of ['img', 'script', 'a', 'h1', 'blockquote', 'table']) expect(countTags(html, tag), tag).toBe(tag === 'blockquote' ? 1 : 0);
    expect(countTags(html, 'details')).toBe(1);
  });

  it('lists at most the asked number of new findings and says how many more', () => {
    const findings = Array.from({ length: 30 }, (_, i) => ({ file: 'a.js', line: i + 1, severity: 'warning' as const, rule: 'r', message: 'm', new: true }));
    const md = renderNewCode(report(view({ findings: { total: 30, byCheck: { lint: 30 }, partial: true }, checks: [{ id: 'lint', title: 'lint', newFindings: 30, partial: true }] }), [checkResult('lint', 'warn', 50, { findings })]), { findings: 5 });
    expect(md).toContain('**New findings: 30** (at least: a check kept only part of its findings)');
    expect(md.match(/^- `a\.js:/gm)).toHaveLength(5);
    expect(md).toContain('- …and 25 more in the JSON report');
  });

  it('says why there is no view, and shows unmeasured conditions as failed', () => {
    const md = renderNewCode(
      report(view({ source: 'none', mergeBase: null, reason: 'no merge-base within 1000 commits', passed: false, conditions: [{ id: 'coverage', limit: 80, actual: null, passed: false, reason: 'not measured: no merge-base within 1000 commits' }] })),
    );
    expect(md).toContain('## This pull request · ❌ new-code gate failed');
    expect(md).toContain('No new-code view: no merge\\-base within 1000 commits.');
    expect(md).toContain('- ❌ patch coverage ≥ 80%: not measured: no merge\\-base within 1000 commits');
    expect(renderNewCode({ ...report(view()), newCode: undefined } as Report)).toBe('');
  });

  it('opens the sticky comment', () => {
    const body = renderComment(report(view({ score: 87.55 })), '<!-- m -->', 'https://run');
    expect(body).toMatch(/^<!-- m -->\n## This pull request\n\n\*\*Merge-base\*\* `ccccccc` of base `aaaaaaa` and head `bbbbbbb`, found with git after fetching/);
    expect(body).toContain('**new-code score 87.5**');
  });
});
