// End to end: the bundled action as the runner runs it. Requires `npm run bundle` first (.ci/run does).
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { countTags, renderGfm } from '../render.js';
import { SECRET_VALUES } from '../fixtures.js';
import { isAlive } from '../helpers.js';
import { ACTION, gitRepo, readReport, runAction } from './runner.js';

const CONFIG = `threshold: 70
checks:
  - id: build
    category: build
    required: true
    run: echo "compiled 12 files"
  - id: unit
    category: tests
    needs: [build]
    run: echo "3 passed"
  - id: flaky
    category: tests
    run: echo "<img src=x> [x](https://evil.example) | broken" >&2; exit 1
  - id: slow
    category: quality
    run: sleep 0.5; echo done
  - id: hangs
    category: quality
    timeout: 1
    run: sleep 60 & sleep 60
  - id: lint
    category: quality
    required: true
    run: exit 2
`;

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
});

describe('the bundled action', () => {
  it('runs passing, failing, slow, hanging and required checks; writes outputs, summary and report; fails the gate', async () => {
    const repo = gitRepo({ '.github/readiness.yml': CONFIG, 'README.md': '# demo\n' });
    const run = await runAction(repo, { 'report-path': 'out/report.json', mode: 'gate' });
    expect(run.code).toBe(1);

    // tests = (100 + 0)/2 = 50; quality = (100 + 0 + 0)/3 = 33.3; build 100.
    // overall = (10×100 + 20×50 + 10×33.33)/40 = 58.3
    expect(run.outputs).toEqual({
      score: '58.3',
      grade: 'F',
      passed: 'false',
      threshold: '70',
      'failed-checks': '["flaky","hangs","lint"]',
      report: path.join(repo, 'out/report.json'),
      categories: expect.any(String),
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
    expect(JSON.parse(run.outputs.categories!)).toEqual([
      { id: 'build', title: 'Build', score: 100, points: 25, maxPoints: 25 },
      { id: 'tests', title: 'Tests', score: 50, points: 25, maxPoints: 50 },
      { id: 'quality', title: 'Quality', score: 33.3, points: 8.3, maxPoints: 25 },
    ]);
    expect(run.stdout).toContain('::error::Readiness: score 58.3 is below the threshold 70; required check did not pass: lint (fail)');

    const report = readReport(run) as unknown as Report;
    expect(report.schemaVersion).toBe(2);
    expect(report.blockers).toEqual(['lint']);
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId.hangs).toMatchObject({ status: 'error', summary: 'timed out after 1 s; the process tree was killed' });
    expect(byId.slow!.evidence.durationMs).toBeGreaterThanOrEqual(450);
    expect(byId.build!.evidence.outputTail).toBe('compiled 12 files\n');

    expect(run.summary).toMatch(/^## ❌ Readiness 58\.3 \/ 100 · grade F · failed \(threshold 70\)/);
    expect(run.summary).toContain('**Blockers:** `lint` (fail) — required: it blocks the gate whatever the score.');
    expect(run.summary).toContain('**Not scored:**');
    const html = renderGfm(run.summary);
    expect(countTags(html, 'img')).toBe(0);
    expect(countTags(html, 'a')).toBe(0);
    expect(countTags(html, 'details')).toBe(6);
  });

  it('never fails the step in report mode, and the threshold input overrides the config', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'threshold: 90\nchecks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n' });
    const report = await runAction(repo, { mode: 'report' });
    expect(report.code).toBe(0);
    expect(report.outputs.passed).toBe('false');
    expect(report.stdout).toContain('::warning::Readiness gate would fail (mode: report)');

    const lenient = await runAction(repo, { threshold: '50' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ passed: 'true', threshold: '50', score: '50.0' });
    expect(path.dirname(lenient.outputs.report!)).toBe(lenient.runnerTemp);
  });

  it('runs only the checks named in the checks input', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: a, run: "true" }\n  - { id: b, run: "false" }\n  - { id: c, run: "false" }\n' });
    const run = await runAction(repo, { checks: 'a, c' });
    const report = readReport(run) as unknown as Report;
    expect(report.checks.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('explains a bad config in the summary and exits 1', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - id: a\n    run: "true"\n    timeout: soon\n' });
    const run = await runAction(repo);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('## ❌ Readiness: the configuration is invalid');
    expect(run.summary).toContain('.github/readiness.yml:4: checks[0].timeout: expected a number, found "soon" (text)');
    expect(run.outputs.passed).toBe('false');
    expect(existsSync(run.reportPath)).toBe(true);
    expect(run.stdout).toContain('::error::Readiness: the configuration is invalid (1 problem)');
  });

  it('rejects a bad input value with a clear line', async () => {
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: a, run: "true" }\n' });
    const run = await runAction(repo, { mode: 'strict', threshold: 'lots' });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('input threshold: expected a number from 0 to 100, found "lots"');
    expect(run.summary).toContain('input mode: expected one of gate, report, publish, found "strict"');
    expect(run.summary).toContain('## ❌ Readiness: invalid workflow input `threshold`, `mode`');
  });

  it('on SIGTERM kills the checks and writes a partial report and summary', async () => {
    const repo = gitRepo({
      '.github/readiness.yml': 'concurrency: 1\nchecks:\n  - { id: quick, run: "true" }\n  - { id: long, run: "sleep 60 & echo $! > bg.tmp; mv bg.tmp bg.pid; sleep 60" }\n  - { id: never, run: "true" }\n',
    });
    const run = await runAction(repo, {}, { signals: [{ signal: 'SIGTERM', afterFile: path.join(repo, 'bg.pid') }] });
    expect(run.code).toBe(1);
    const report = readReport(run) as unknown as Report;
    expect(report.cancelled).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['quick', 'pass'],
      ['long', 'error'],
      ['never', 'skipped'],
    ]);
    expect(run.summary).toContain('The run was cancelled; this scorecard is partial.');
    const bg = Number(readFileSync(path.join(repo, 'bg.pid'), 'utf8'));
    expect(isAlive(bg)).toBe(false);
  });
});

describe('the bundled action with secrets in the repository', () => {
  it('registers every secret with the runner first and never prints one: logs, outputs, summary, report, SARIF', async () => {
    const repo = gitRepo({
      '.github/readiness.yml': 'checks:\n  - { id: secrets, category: security, builtin: secrets }\n  - { id: echo, run: "cat src/config.ts" }\n',
      'src/config.ts': `export const aws = "${SECRET_VALUES.aws}";\nexport const gh = "${SECRET_VALUES.github}";\n`,
      'src/db.py': `password = "${SECRET_VALUES.password}"\n`,
    });
    const run = await runAction(repo, { 'sarif-path': 'out/findings.sarif' });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual(expect.arrayContaining([SECRET_VALUES.aws, SECRET_VALUES.github, SECRET_VALUES.password].map((v) => `::add-mask::${v}`)));
    const sarif = readFileSync(path.join(repo, 'out/findings.sarif'), 'utf8');
    const everything = [lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'), JSON.stringify(run.outputs), run.summary, readFileSync(run.reportPath, 'utf8'), sarif].join('\n');
    for (const value of [SECRET_VALUES.aws, SECRET_VALUES.github, SECRET_VALUES.password]) expect(everything).not.toContain(value);
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(3);
    // Annotations carry rule, file, line and fingerprint only.
    expect(run.stdout).toMatch(/::error title=secrets%3A aws-access-key-id,file=src\/config.ts,line=1::AWS access key id \(fingerprint [0-9a-f]{12}\)/);
  });
});

describe('the bundled action while a check rewrites its own dist/', () => {
  it('loads everything before the first check: deleting the action folder mid-run costs no check', async () => {
    // The runner runs `uses: ./` from the checkout: here the action's files sit in the workspace and
    // the first check deletes them, as a check that rebuilds dist/ does for a moment.
    const repo = gitRepo({
      '.github/readiness.yml': `checks:
  - { id: rebuild, category: build, run: "rm -rf action" }
  - { id: conflicts, category: hygiene, builtin: conflict-markers, needs: [rebuild] }
  - { id: secrets, category: security, builtin: secrets, needs: [rebuild] }
  - { id: files, category: docs, builtin: files, needs: [rebuild] }
  - { id: git, category: hygiene, builtin: git, needs: [rebuild] }
  - { id: junit, category: tests, needs: [rebuild], run: "printf '<testsuite><testcase name=\\"a\\"/></testsuite>' > j.xml", tests: { reports: j.xml } }
`,
      'README.md': '# demo\n',
    });
    cpSync(path.dirname(ACTION), path.join(repo, 'action'), { recursive: true });
    const run = await runAction(repo, { 'sarif-path': 'out.sarif', 'badge-path': 'badge.json' }, { entry: path.join(repo, 'action', 'index.js') });
    const report = readReport(run) as unknown as Report;
    expect(existsSync(path.join(repo, 'action'))).toBe(false);
    expect(report.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.summary}`)).toEqual([]);
    expect(report.checks.map((c) => c.id)).toEqual(['rebuild', 'conflicts', 'secrets', 'files', 'git', 'junit']);
    expect(existsSync(path.join(repo, 'out.sarif'))).toBe(true);
  });
});

describe('levels in the action', () => {
  it('outputs level and next-level, and the min-level input fails the gate below it', async () => {
    const config = 'threshold: 0\nlevels:\n  - { id: base, categories: [build] }\n  - { id: full, all: true }\nchecks:\n  - { id: build, category: build, run: "true" }\n  - { id: lint, category: quality, run: "false" }\n';
    const repo = gitRepo({ '.github/readiness.yml': config });
    const passing = await runAction(repo, { 'report-path': 'out/report.json' });
    expect(passing.code).toBe(0);
    expect(passing.outputs).toMatchObject({ level: 'base', 'next-level': 'full', passed: 'true' });
    expect(passing.summary).toContain('### 🪜 Level: **base** `base` · next: full');
    const gated = await runAction(repo, { 'report-path': 'out/report.json', 'min-level': 'full' });
    expect(gated.code).toBe(1);
    expect(gated.outputs.passed).toBe('false');
    expect(gated.summary).toContain('level base reached; min\\-level full is required');
    const bad = await runAction(repo, { 'min-level': 'not a level' });
    expect(bad.summary).toContain('invalid workflow input `min-level`');
  }, 60_000);
});
