// The whole run on a real pull-request checkout: new vs existing findings per check, patch
// coverage to the line, the new-code score, the gate's conditions, and where they show.
import { describe, expect, it, vi } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { annotateNewOnly, planAnnotations } from '../../src/report/annotations.js';
import { outputValues } from '../../src/report/outputs.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { writeFiles } from '../helpers.js';
import { pullRequestEvent, shallowCheckout } from './git-fixture.js';
import { sharedScenario } from './scenario.js';

// Real git processes on a machine shared with other jobs: generous limits, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });

const CONFIG = `
checks:
  - id: lint
    sarif: { reports: reports/lint.sarif }
  - id: todo
    builtin: patterns
    patterns:
      - { id: todo, regex: 'TODO', files: 'src/**', max: 5 }
  - id: cov
    category: coverage
    coverage: { reports: reports/lcov.info, target: 80 }
new-code:
  coverage: 50
  max-findings: 1
`;

function result(file: string, line: number | undefined, level: string, ruleId: string) {
  const region = line ? { region: { startLine: line } } : {};
  return { ruleId, level, message: { text: `${ruleId} here` }, locations: [{ physicalLocation: { artifactLocation: { uri: file }, ...region } }] };
}

const SARIF = {
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'lint' } },
      results: [
        result('src/app.js', 5, 'warning', 'changed-line'), // new
        result('src/app.js', 1, 'warning', 'old-line'), // existing
        result('src/new.js', 7, 'error', 'renamed-changed'), // new: the renamed file's changed line
        result('src/new.js', 2, 'warning', 'renamed-unchanged'), // existing
        result('src/added.js', undefined, 'note', 'whole-file'), // new: no line, new file
        result('src/ws.js', 3, 'warning', 'reindented'), // existing: whitespace-only edit
      ],
    },
  ],
};

// Per-line hits: app.js 1-22 covered except the inserted 11 and 12; added.js 1 and 3 covered, 2
// missed, 4 not executable; new.js 7 missed.
const LCOV = [
  'SF:src/app.js',
  ...Array.from({ length: 22 }, (_, i) => `DA:${i + 1},${i + 1 === 11 || i + 1 === 12 ? 0 : 3}`),
  'end_of_record',
  'SF:src/added.js',
  'DA:1,1',
  'DA:2,0',
  'DA:3,2',
  'end_of_record',
  'SF:src/new.js',
  'DA:6,1',
  'DA:7,0',
  'end_of_record',
  '',
].join('\n');

describe('the engine with a new-code view', () => {
  it('classifies every finding, measures patch coverage to the line, scores and gates the change', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    // Reports and config are untracked files of the checkout: they are not part of the change.
    writeFiles(ws, { '.github/readiness.yml': CONFIG, 'reports/lint.sarif': JSON.stringify(SARIF), 'reports/lcov.info': LCOV });
    const eventPath = pullRequestEvent(s.root, s.baseTip, s.head);
    const report = await runEngine({ workspace: ws, concurrency: 2, newCode: { mode: 'auto', eventName: 'pull_request', eventPath, gate: {} } });

    const n = report.newCode!;
    expect(n).toMatchObject({ base: s.baseTip, head: s.head, mergeBase: s.forkPoint, source: 'git', changedFiles: 3, changedLines: 8 });
    const lint = report.checks.find((c) => c.id === 'lint')!;
    expect(Object.fromEntries(lint.findings.map((f) => [f.rule, f.new]))).toEqual({
      'changed-line': true,
      'old-line': false,
      'renamed-changed': true,
      'renamed-unchanged': false,
      'whole-file': true,
      reindented: false,
    });
    const todo = report.checks.find((c) => c.id === 'todo')!;
    expect(todo.findings.map((f) => [f.file, f.line, f.new])).toEqual([
      ['src/app.js', 2, false],
      ['src/app.js', 11, true],
    ]);
    expect(n.findings).toEqual({ total: 4, byCheck: { lint: 3, todo: 1, cov: 0 }, partial: false });

    // 7 executable changed lines: app 5 (hit), 11, 12 (missed); added 1, 3 (hit), 2 (missed); new 7 (missed).
    expect(n.coverage).toEqual({
      covered: 3,
      total: 7,
      pct: (3 / 7) * 100,
      uncovered: [
        { file: 'src/added.js', lines: '2' },
        { file: 'src/app.js', lines: '11-12' },
        { file: 'src/new.js', lines: '7' },
      ],
      unreported: 0,
    });

    // lint: 1 new error against max error 0 → 0; todo: 1 against max 5, target 0 → 80; cov: 42.86% of 80 → 53.57.
    // quality (10) = (0 + 80) / 2 = 40; coverage (15) = 53.57; (40 × 10 + 53.57 × 15) / 25 = 48.1.
    expect(n.checks.map((c) => [c.id, c.newFindings, c.status, c.score === undefined ? undefined : Math.round(c.score * 100) / 100])).toEqual([
      ['lint', 3, 'fail', 0],
      ['todo', 1, 'warn', 80],
      ['cov', 0, 'warn', 53.57],
    ]);
    expect(n.score).toBe(48.1);

    expect(n.conditions).toEqual([
      { id: 'coverage', limit: 50, actual: 42.8, passed: false },
      { id: 'max-findings', limit: 1, actual: 4, passed: false },
    ]);
    expect(n.passed).toBe(false);
    expect(report.passed).toBe(false);
    expect(report.gateReason).toContain('new code: patch coverage 42.8% is below 50%; new code: 4 new findings, at most 1 allowed');

    // Outputs, SARIF, annotations, summary and comment.
    expect(outputValues(report, '/r.json')).toMatchObject({ 'new-code-passed': 'false', 'new-code-score': '48.1', 'new-findings': '4', 'patch-coverage': '42.8', 'changed-lines': '8' });
    const sarif = renderSarif(report) as { runs: { results: { ruleId: string; baselineState: string }[] }[] };
    expect(Object.fromEntries(sarif.runs[0]!.results.filter((r) => r.ruleId.startsWith('lint/')).map((r) => [r.ruleId, r.baselineState]))).toEqual({
      'lint/changed-line': 'new',
      'lint/old-line': 'unchanged',
      'lint/renamed-changed': 'new',
      'lint/renamed-unchanged': 'unchanged',
      'lint/whole-file': 'new',
      'lint/reindented': 'unchanged',
    });
    expect(annotateNewOnly(report, undefined)).toBe(true);
    expect(annotateNewOnly(report, 'all')).toBe(false);
    expect(planAnnotations(report, 10, true).annotations.map((a) => `${a.file}:${a.line ?? ''}`)).toEqual(['src/new.js:7', 'src/app.js:5', 'src/app.js:11', 'src/added.js:']);
    const summary = renderSummary(report);
    expect(summary.startsWith('## This pull request · ❌ new-code gate failed')).toBe(true);
    expect(summary).toContain(`**Merge-base** \`${s.forkPoint.slice(0, 7)}\``);
    expect(summary).toContain('found with git after fetching (git fetch \\-\\-depth\\=200 origin)');
    expect(summary).toContain('**3** changed files, **8** changed lines');
    expect(summary).toContain('**Patch coverage: 42.8%** (3/7 executable changed lines covered)');
    expect(summary).toContain('- `src/app.js`: `11-12`');
    expect(summary).toContain('- ❌ new findings ≤ 1: 4');
    expect(summary.indexOf('## This pull request')).toBeLessThan(summary.indexOf('Readiness'));
    expect(renderComment(report, '<!-- m -->', 'https://run')).toContain('## This pull request');
  });

  it('has no new-code view on a push, and an informational one when no condition is set', async () => {
    const s = sharedScenario();
    const ws = shallowCheckout(s, 'refs/pull/7/head');
    writeFiles(ws, { '.github/readiness.yml': CONFIG.replace(/new-code:[\s\S]*$/, ''), 'reports/lint.sarif': JSON.stringify(SARIF), 'reports/lcov.info': LCOV });
    const eventPath = pullRequestEvent(s.root, s.baseTip, s.head);
    const push = await runEngine({ workspace: ws, concurrency: 2, newCode: { mode: 'auto', eventName: 'push', eventPath, gate: {} } });
    expect(push.newCode).toBeUndefined();
    expect(push.checks.flatMap((c) => c.findings).some((f) => f.new !== undefined)).toBe(false);
    expect(outputValues(push, '/r.json')['changed-lines']).toBe('');
    const pr = await runEngine({ workspace: ws, concurrency: 2, newCode: { mode: 'auto', eventName: 'pull_request', eventPath, gate: {} } });
    expect(pr.newCode).toMatchObject({ conditions: [], passed: true, changedLines: 8 });
    // An input overrides the config; a condition that cannot be measured fails with its reason.
    const gated = await runEngine({ workspace: ws, concurrency: 2, newCode: { mode: 'auto', eventName: 'pull_request', eventPath: '/nonexistent/event.json', gate: { maxFindings: 10 } } });
    expect(gated.newCode).toMatchObject({ source: 'none', passed: false });
    expect(gated.newCode!.conditions[0]).toMatchObject({ id: 'max-findings', actual: null, passed: false });
    expect(gated.gateReason).toMatch(/new code: new findings not measured: the event file \/nonexistent\/event.json could not be read/);
  });
});
