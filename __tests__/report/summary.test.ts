import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import type { Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';
import { HOSTILE, countTags, renderGfm } from '../render.js';

function report(extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score: 62.5,
    grade: 'D',
    threshold: 70,
    passed: false,
    blockers: ['build'],
    gateReason: 'score 62.5 is below the threshold 70; required check did not pass: build (fail)',
    categories: [
      { id: 'build', title: 'Build', weight: 10, score: 0, points: 0, maxPoints: 33.3 },
      { id: 'tests', title: 'Tests', weight: 20, score: 93.8, points: 62.5, maxPoints: 66.7 },
    ],
    omittedCategories: [{ id: 'docs', title: 'Docs', weight: 10, reason: 'no checks' }],
    improvements: [{ id: 'build', title: 'Build', status: 'fail', pointsLost: 33.3 }],
    checks: [
      checkResult('build', 'fail', 0, { title: 'Build', category: 'build', required: true }),
      checkResult('unit', 'pass', 100, { category: 'tests' }),
      checkResult('e2e', 'skipped', undefined, { category: 'tests', summary: 'skipped: needs build, which failed' }),
    ],
    config: { path: '.github/readiness.yml', source: 'file', errors: [] },
    warnings: [],
    cancelled: false,
    startedAt: '2026-11-22T10:00:00.000Z',
    durationMs: 1234,
    ...extra,
  };
}

describe('renderSummary', () => {
  it('zero config: where each check came from, the suggestions not scored, the CI commands not run', () => {
    const md = renderSummary(
      report({
        checks: [checkResult('test-ci', 'pass', 100, { category: 'tests', origin: '.github/workflows/ci.yml:32 (job test) → package.json scripts.test-ci' })],
        config: {
          path: null,
          source: 'detected',
          errors: [],
          detected: {
            reasons: ['CI: .github/workflows/ci.yml → 1 check'],
            yaml: 'checks: []\n',
            suggestions: [{ id: 'typecheck', run: 'npx --no-install tsc --noEmit', origin: 'convention', why: 'typescript and tsconfig.json, but no script or CI step runs tsc' }],
            leftOut: [{ origin: '.github/workflows/ci.yml:40 (job test)', command: 'npm publish', reason: 'npm publish publishes' }],
          },
        },
      }),
    );
    expect(md).toContain('**Suggested, not scored** (only a convention proposes it: no script or CI step of the project runs it):\n\n- `typecheck`: `npx --no-install tsc --noEmit` — typescript and tsconfig\\.json, but no script or CI step runs tsc');
    expect(md).toContain('<details><summary>Where each check came from (1)</summary>\n\n| Check | From |\n| --- | --- |\n| `test-ci` | \\.github/workflows/ci\\.yml:32 \\(job test\\) → package\\.json scripts\\.test\\-ci |');
    expect(md).toContain('<details><summary>CI commands not run here (1)</summary>\n\n- \\.github/workflows/ci\\.yml:40 \\(job test\\): `npm publish` — npm publish publishes');
  });

  it('has the sections of SPEC §5 in order', () => {
    const md = renderSummary(report());
    const order = ['## ❌ Readiness 62.5 / 100 · grade D · failed (threshold 70)', '**Blockers:**', '### Categories', '### Checks', '### What would raise the score most', '### Details', 'readiness-scorecard 0.1.0'];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('names what was not scored, the blockers and the points', () => {
    const md = renderSummary(report());
    expect(md).toContain('**Not scored:** Docs (no checks)');
    expect(md).toContain('`build` (fail)');
    expect(md).toContain('| Tests | 93.8 | 62.5 / 66.7 | 20 |');
    expect(md).toContain('1. **+33.3 points**: ❌ Build `build`');
    const html = renderGfm(md);
    expect(countTags(html, 'details')).toBe(3);
  });

  it('says a passing run passed', () => {
    const md = renderSummary(report({ passed: true, score: 91, grade: 'A', blockers: [], gateReason: '', improvements: [] }));
    expect(md.split('\n')[0]).toBe('## ✅ Readiness 91 / 100 · grade A · passed (threshold 70)');
    expect(md).not.toContain('**Why:**');
  });

  it('keeps hostile command output, titles and summaries from adding markup or breaking tables', () => {
    const hostile = checkResult('evil', 'fail', 0, {
      title: `Evil ${HOSTILE}`,
      summary: HOSTILE,
      evidence: { command: HOSTILE, workingDirectory: '.', exitCode: 1, durationMs: 5, outputTail: HOSTILE, sources: [HOSTILE] },
      findings: [{ file: HOSTILE, line: 3, severity: 'error', rule: HOSTILE, message: HOSTILE }],
    });
    const md = renderSummary(report({ checks: [hostile, checkResult('ok', 'pass', 100)], warnings: [HOSTILE], gateReason: HOSTILE, omittedCategories: [] }));
    const html = renderGfm(md);
    for (const tag of ['img', 'script', 'a', 'h1', 'blockquote']) expect(countTags(html, tag), tag).toBe(0);
    expect(countTags(html, 'details')).toBe(2);
    expect(countTags(html, 'summary')).toBe(2);
    // Checks table: a header row and one row per check, five cells each.
    const checksTable = html.split('<table>')[2]!.split('</table>')[0]!;
    expect(countTags(checksTable, 'tr')).toBe(3);
    expect(countTags(checksTable, 'td')).toBe(10);
    // Mentions and links are only processed outside code; outside code none survive.
    const outsideCode = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(outsideCode).not.toMatch(/@octocat|https?:\/\/|www\.evil/);
  });

  it('keeps Status and Time on one line: a short word joined to its icon, a compact time, a shared scan pass timed once', () => {
    const base = { workingDirectory: '.', sources: [] };
    const r = report({ checks: [
      checkResult('unit', 'pass', 100, { evidence: { ...base, durationMs: 83_400 } }),
      checkResult('lint', 'skipped', undefined, { evidence: { ...base, durationMs: 0 } }),
      checkResult('conflict-markers', 'pass', 100, { evidence: { ...base, durationMs: 1234 } }),
      checkResult('secrets', 'pass', 100, { evidence: { ...base, durationMs: 0, timedOn: 'conflict-markers' } }),
    ] });
    const md = renderSummary(r);
    expect(md).toContain('| ✅\u00a0pass | unit | ');
    expect(md).toMatch(/\| 1m23s \|$/m);
    expect(md).toContain('| ⏭️\u00a0skip | lint |');
    expect(md).toMatch(/conflict\\-markers .*\| 1\.2s \|$/m);
    expect(md).toMatch(/\| secrets .*\| shared \|$/m);
    expect(md).toContain('**Duration:** one scan pass with `conflict-markers`, timed there');
  });

  it('stays under 1 MiB by trimming details first', () => {
    const tail = 'x'.repeat(100) + '\n';
    const checks = Array.from({ length: 200 }, (_, i) =>
      checkResult(`check-${i}`, i % 2 ? 'fail' : 'pass', i % 2 ? 0 : 100, {
        evidence: { command: 'make', workingDirectory: '.', exitCode: 1, durationMs: 5, outputTail: tail.repeat(640), sources: [] },
        findings: Array.from({ length: 30 }, (_, j) => ({ file: `src/f${j}.ts`, line: j + 1, severity: 'error' as const, rule: 'r', message: 'm'.repeat(200) })),
      }),
    );
    const md = renderSummary(report({ checks }));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    // The tables stay whole: every check has its row.
    for (const c of checks) expect(md).toContain(`| ${c.status === 'pass' ? '✅\u00a0pass' : '❌\u00a0fail'} | check\\-${c.id.slice(6)} |`);
    expect(md).toContain('### Details');
  });

  it('leaves whole detail sections out, and says so, when even trimmed details do not fit', () => {
    const checks = Array.from({ length: 50 }, (_, i) => checkResult(`c${i}`, 'fail', 0));
    const md = renderSummary(report({ checks }), { maxBytes: 12_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(12_000);
    expect(md).toMatch(/_Details of \d+ checks left out to stay under GitHub’s size limit \(\d+ more checks in the report\)\._/);
  });

  it('explains a configuration error and lists each problem', () => {
    const md = renderSummary(
      report({
        score: null,
        grade: null,
        checks: [],
        categories: [],
        improvements: [],
        blockers: [],
        config: { path: '.github/readiness.yml', source: 'file', errors: ['.github/readiness.yml:4: checks[0].bogus: unknown key; expected one of id'] },
      }),
    );
    expect(md).toContain('## ❌ Readiness: the configuration is invalid');
    expect(md).toContain('.github/readiness.yml:4: checks[0].bogus: unknown key; expected one of id');
    expect(md).not.toContain('### Checks');
  });

  it('names a bad workflow input in the headline', () => {
    const md = renderSummary(report({ score: null, grade: null, checks: [], categories: [], improvements: [], blockers: [], config: { path: null, source: 'none', errors: ['input threshold: expected a number from 0 to 100, found "abc"'] } }));
    expect(md).toMatch(/^## ❌ Readiness: invalid workflow input `threshold`\n/);
    expect(md).toContain("Fix the step's `with:` inputs");
  });

  it('shows the required legend only when a check is required', () => {
    expect(renderSummary(report())).toContain('🔒 required: the gate fails if it does not pass.');
    const none = report({ blockers: [], checks: [checkResult('unit', 'pass', 100, { category: 'tests' })] });
    expect(renderSummary(none)).not.toContain('🔒');
  });

  it('groups checks that could not measure apart from failures and says what that does to the score', () => {
    const checks = [checkResult('build', 'fail', 0, { category: 'build' }), checkResult('audit', 'error', 0, { category: 'dependencies', summary: 'stdout of run: the audit tool reported a failure instead of results: 405 Method Not Allowed' })];
    const zero = renderSummary(report({ checks }));
    expect(zero).toContain('### Could not measure\n\n1 check could not measure; this is not a failure of the project. It counts 0 (`unmeasured: zero`, the default), so the score is a lower bound.\n\n- `audit`: stdout of run:');
    expect(zero).not.toContain('- `build`');
    expect(zero).toContain('checks that could not measure count 0 ·');
    const unscored = renderSummary(report({ checks, unmeasured: 'unscored' }));
    expect(unscored).toContain('It is left out of the score (`unmeasured: unscored`): the score covers only what was measured.');
    expect(unscored).toContain('checks that could not measure are unscored ·');
    expect(renderSummary(report())).not.toContain('### Could not measure');
  });

  it('says the run could not complete when an internal error stopped it', () => {
    const md = renderSummary(report({ score: null, grade: null, checks: [], categories: [], improvements: [], blockers: [], config: { path: null, source: 'none', errors: ['internal error: boom'] } }));
    expect(md).toMatch(/^## ❌ Readiness: the run could not complete/);
    expect(md).toContain('internal error: boom');
  });
});
