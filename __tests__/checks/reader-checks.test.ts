import { chmodSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { renderSummary } from '../../src/report/summary.js';
import { tempDir, writeFiles } from '../helpers.js';

async function run(files: Record<string, string>, config: string, prepare?: (dir: string) => void) {
  const ws = tempDir();
  writeFiles(ws, { ...files, '.github/readiness.yml': config });
  prepare?.(ws);
  const report = await runEngine({ workspace: ws, killGraceMs: 300 });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return { report, ws, check: (id: string) => report.checks.find((c) => c.id === id)! };
}

const JUNIT_OK = '<testsuite><testcase classname="c" name="a"/><testcase classname="c" name="b"/></testsuite>';
const JUNIT_FAIL = '<testsuite><testcase classname="c" name="a" file="src/a.test.ts" line="4"><failure message="expected 1"/></testcase><testcase classname="c" name="b"/></testsuite>';

describe('reader checks', () => {
  it('tests: reads a glob of JUnit files, scores the pass rate and reports the failures as findings', async () => {
    const { check, report } = await run(
      { 'out/a.xml': JUNIT_OK, 'out/b.xml': JUNIT_FAIL },
      'checks:\n  - id: t\n    category: tests\n    tests: { reports: "out/*.xml", min-pass-rate: 90 }\n',
    );
    const t = check('t');
    expect(t).toMatchObject({ kind: 'tests', status: 'fail', score: 75, summary: '75% passed (3/4), 1 failed, target 90%' });
    expect(t.metrics).toEqual({ total: 4, passed: 3, failed: 1, errored: 0, skipped: 0, flaky: 0, passRate: 75 });
    expect(t.evidence.sources).toEqual(['out/a.xml', 'out/b.xml']);
    expect(planAnnotations(report).annotations).toEqual([{ level: 'error', file: 'src/a.test.ts', line: 4, title: 't: test-failure', message: 'c › a: expected 1' }]);
  });

  it('tests: a command that exited non-zero is never a pass, whatever totals it wrote', async () => {
    const { check } = await run(
      { 'tpl/a.xml': JUNIT_OK, 'tpl/b.xml': JUNIT_FAIL },
      `checks:
  - id: lint-failed
    run: mkdir -p out && cp tpl/a.xml out/a.xml && echo "> Task :lib:checkstyleMain FAILED"; exit 1
    tests: { reports: out/a.xml }
  - id: test-failed
    run: mkdir -p out && cp tpl/b.xml out/b.xml; exit 1
    tests: { reports: out/b.xml, min-pass-rate: 50 }
`,
    );
    // The run itself counts as one errored unit, named with the line that says why.
    expect(check('lint-failed')).toMatchObject({ status: 'fail', summary: '66.7% passed (2/3), 1 errored, target 100%; the command exited 1: > Task :lib:checkstyleMain FAILED' });
    expect(check('lint-failed').findings).toContainEqual(expect.objectContaining({ rule: 'test-error', message: 'the test command exited 1: > Task :lib:checkstyleMain FAILED' }));
    expect(check('test-failed')).toMatchObject({ status: 'fail', summary: '50% passed (1/2), 1 failed, target 50%; the command exited 1' });
  });

  it('a check with run reads only reports that command wrote: a stale file is error, never a pass', async () => {
    const { check, ws } = await run(
      { 'out/old.xml': JUNIT_OK, 'cov/old.info': 'SF:a.c\nDA:1,1\nend_of_record\n', 'old.sarif': '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[]}]}' },
      `checks:
  - id: failed-stale
    run: echo compiling; exit 1
    tests: { reports: out/old.xml }
  - id: passed-stale
    run: "true"
    tests: { reports: out/old.xml }
  - id: coverage-stale
    run: "true"
    coverage: { reports: cov/old.info }
  - id: sarif-stale
    run: "true"
    sarif: { reports: old.sarif }
  - id: no-run
    tests: { reports: out/old.xml }
`,
      (dir) => {
        const old = new Date('2020-01-01T00:00:00Z');
        for (const f of ['out/old.xml', 'cov/old.info', 'old.sarif']) utimesSync(path.join(dir, f), old, old);
      },
    );
    expect(check('failed-stale')).toMatchObject({ status: 'error', summary: 'the report was not written by this command: out/old.xml not modified since it started; the command exited 1: compiling' });
    expect(check('passed-stale')).toMatchObject({ status: 'error', summary: 'the report was not written by this command: out/old.xml not modified since it started' });
    expect(check('coverage-stale')).toMatchObject({ status: 'error', summary: expect.stringMatching(/^the report was not written by this command: cov\/old.info/) });
    expect(check('sarif-stale')).toMatchObject({ status: 'error', summary: expect.stringMatching(/^the report was not written by this command: old.sarif/) });
    // Without run, an earlier workflow step's report is the one to read.
    expect(check('no-run')).toMatchObject({ status: 'pass' });
    expect(ws).toBeTruthy();
  });

  it('tests: an errored test fails the check even when the pass rate is met', async () => {
    const { check } = await run(
      { 'r.xml': '<testsuite><testcase name="a"/><testcase name="b"/><testcase name="suite"><error>Test suite failed to run</error></testcase></testsuite>' },
      'checks:\n  - id: t\n    tests: { reports: r.xml, min-pass-rate: 50 }\n',
    );
    expect(check('t')).toMatchObject({ status: 'fail', summary: expect.stringContaining('1 errored') });
  });

  it('reads the stdout of run when there are no reports; the exit code is evidence only', async () => {
    const audit = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} });
    const { check } = await run(
      { 'audit.json': audit },
      `checks:
  - id: audit
    run: cat audit.json; echo "npm exits 1 when it finds advisories" >&2; exit 1
    audit: {}
  - id: junit
    run: |
      echo '${JUNIT_OK}'
    tests: {}
`,
    );
    expect(check('audit')).toMatchObject({ status: 'pass', score: 100, evidence: { exitCode: 1 } });
    expect(check('audit').summary).toMatch(/^0 advisories in 0 packages/);
    expect(check('junit')).toMatchObject({ status: 'pass', summary: '100% passed (2/2), target 100%' });
  });

  it('coverage: merges several files by file and line, not averaging percentages', async () => {
    // a.info: a.c lines 1, 2 (1 covered); b.info: a.c lines 2, 3 (2 covered). Merged: 3 lines, 2 covered.
    // Averaging the two 50% files would claim 50%; merged it is 66.7%.
    const { check } = await run(
      { 'cov/a.info': 'SF:a.c\nDA:1,1\nDA:2,0\nend_of_record\n', 'cov/b.info': 'SF:a.c\nDA:2,5\nDA:3,0\nend_of_record\n' },
      'checks:\n  - id: cov\n    category: coverage\n    coverage: { reports: [cov/a.info, cov/b.info], min: 50, target: 80 }\n',
    );
    expect(check('cov')).toMatchObject({ status: 'warn', summary: 'lines 66.6% (2/3), target 80%, min 50% · lcov' });
    expect(check('cov').metrics).toEqual({ lines: { covered: 2, total: 3, pct: (2 / 3) * 100 } });
    expect(check('cov').score).toBeCloseTo(((200 / 3 - 50) / 30) * 100);
  });

  it('coverage: the chosen metric must exist in the report', async () => {
    const { check } = await run({ 'c.out': 'mode: set\na.go:1.1,2.2 1 1\n' }, 'checks:\n  - id: cov\n    coverage: { reports: c.out, metric: branches }\n');
    expect(check('cov')).toMatchObject({ status: 'error', summary: 'the go report has no branches (it has statements); choose another "metric"' });
  });

  it('sarif and metric: limits from the config, a metric from JSON output', async () => {
    const sarif = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r', level: 'warning', message: { text: 'm' } }] }] });
    const { check } = await run(
      { 'x.sarif': sarif },
      `checks:
  - id: lint
    sarif: { reports: x.sarif, max: { error: 0, warning: 5 } }
  - id: p95
    run: |
      echo '{"latency": {"p95": 180}}'
    metric: { json: latency.p95, max: 250, target: 150, unit: ms }
`,
    );
    expect(check('lint')).toMatchObject({ status: 'warn', score: 80, summary: '0 errors, 1 warning, 0 notes; limits: error max 0, warning max 5' });
    expect(check('p95')).toMatchObject({ status: 'warn', score: 70, summary: '180 ms, target ≤ 150 ms, max 250 ms', metrics: { value: 180, unit: 'ms' } });
  });

  it('sarif format flake8 and mypy: report files, an empty flake8 file is clean, the SARIF limits apply', async () => {
    const { check } = await run(
      {
        'flake8.txt': '',
        'flake8-found.txt': "src/a.py:3:1: W291 trailing whitespace\nsrc/a.py:9:80: E501 line too long (88 > 79 characters)\n",
        'mypy.txt': 'src/a.py:4: error: Missing return statement  [return]\nsrc/a.py:4: note: See docs\nFound 1 error in 1 file (checked 2 source files)\n',
        'empty.sarif': '',
      },
      `checks:
  - { id: clean, sarif: { reports: flake8.txt, format: flake8 } }
  - { id: found, sarif: { reports: flake8-found.txt, format: flake8, max: { error: 5 } } }
  - { id: mypy, sarif: { reports: mypy.txt, format: mypy } }
  - { id: sarif-empty, sarif: { reports: empty.sarif } }
  - { id: pass-sarif-as-mypy, run: "echo '{\\"version\\": \\"2.1.0\\", \\"runs\\": []}'", sarif: { format: mypy } }
`,
    );
    expect(check('clean')).toMatchObject({ status: 'pass', score: 100, summary: '0 errors, 0 warnings; limits: error max 0, warning ≤ 0' });
    expect(check('found')).toMatchObject({ status: 'warn', score: 60, metrics: { error: 2, byLint: { E501: 1, W291: 1 } } });
    expect(check('found').findings[0]).toEqual({ file: 'src/a.py', line: 3, column: 1, severity: 'error', rule: 'W291', message: 'trailing whitespace' });
    expect(check('mypy')).toMatchObject({ status: 'fail', score: 0, metrics: { error: 1, note: 0, checked: 2 }, summary: '1 error, 0 warnings (1 return) in 2 source files; limits: error max 0, warning ≤ 0' });
    // Only flake8 makes an empty report a clean run.
    expect(check('sarif-empty')).toMatchObject({ status: 'error', summary: 'empty.sarif: the file is empty' });
    expect(check('pass-sarif-as-mypy')).toMatchObject({ status: 'error', summary: expect.stringMatching(/^stdout of run: mypy did not finish: \{"version"/) });
  });

  it('reads UTF-16 and BOM-prefixed reports', async () => {
    const text = JSON.stringify({ dependencies: [{ name: 'a', version: '1', vulns: [{ id: 'PYSEC-1' }] }] });
    const { check } = await run({}, 'checks:\n  - { id: a, audit: { reports: a.json, max: { unknown: 5 } } }\n  - { id: b, audit: { reports: b.json, max: { unknown: 5 } } }\n').then(async () => {
      const ws = tempDir();
      writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: a, audit: { reports: a.json, max: { unknown: 5 } } }\n  - { id: b, audit: { reports: b.json, max: { unknown: 5 } } }\n' });
      writeFileSync(path.join(ws, 'a.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      writeFileSync(path.join(ws, 'b.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
      const report = await runEngine({ workspace: ws });
      return { check: (id: string) => report.checks.find((c) => c.id === id)! };
    });
    expect(check('a').metrics).toMatchObject({ total: 1, unknown: 1 });
    expect(check('b').metrics).toMatchObject({ total: 1, unknown: 1 });
  });

  it('ends bad input as error with the reason', async () => {
    const { check } = await run(
      {
        'empty.xml': '',
        'broken.xml': '<testsuite>\n<testcase name="a">\n</testsuite>\n',
        'what.txt': 'hello world\n',
        'big.info': `SF:a\n${'DA:1,1\n'.repeat(200)}`,
        'bad.json': '{"runs": [',
      },
      `max-report-size: 1KB
checks:
  - { id: nomatch, tests: { reports: "reports/**/*.xml" } }
  - { id: empty, tests: { reports: empty.xml } }
  - { id: broken, tests: { reports: broken.xml } }
  - { id: unknown, coverage: { reports: what.txt } }
  - { id: big, coverage: { reports: big.info } }
  - { id: json, sarif: { reports: bad.json } }
  - { id: escape, tests: { reports: "../outside/*.xml" } }
  - { id: silent, run: "true", audit: {} }
`,
    );
    expect(check('nomatch').summary).toBe('no file matched reports pattern "reports/**/*.xml" (in .)');
    expect(check('empty').summary).toBe('empty.xml: the file is empty');
    expect(check('broken').summary).toMatch(/^broken\.xml: malformed JUnit XML: unexpected close tag at line 3, column \d+$/);
    expect(check('unknown').summary).toMatch(/^what\.txt: unrecognised coverage report: expected lcov, cobertura/);
    expect(check('big').summary).toBe('big.info: 1.4 KiB is over max-report-size (1000 B)');
    expect(check('json').summary).toMatch(/^bad\.json: malformed SARIF JSON: .* at line 1, column 11$/);
    expect(check('escape').summary).toBe('reports pattern "../outside/*.xml" points outside the workspace');
    expect(check('silent').summary).toBe('stdout of run: the command printed nothing to read');
    for (const id of ['nomatch', 'empty', 'broken', 'unknown', 'big', 'json', 'escape', 'silent']) expect(check(id)).toMatchObject({ status: 'error', score: 0 });
  });

  it('refuses symlinks out of the workspace and symlink loops', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'r.xml'), JUNIT_OK);
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: link, tests: { reports: "out/*.xml" } }\n  - { id: loop, tests: { reports: loop.xml } }\n  - { id: dir, tests: { reports: "linkdir/*.xml" } }\n' });
    mkdirSync(path.join(ws, 'out'));
    symlinkSync(path.join(outside, 'r.xml'), path.join(ws, 'out', 'r.xml'));
    symlinkSync(path.join(ws, 'loop.xml'), path.join(ws, 'loop.xml'));
    symlinkSync(outside, path.join(ws, 'linkdir'));
    const report = await runEngine({ workspace: ws });
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId.link).toMatchObject({ status: 'error', summary: 'out/r.xml is a symlink to outside the workspace' });
    expect(byId.loop).toMatchObject({ status: 'error', summary: expect.stringMatching(/^loop\.xml: cannot be resolved \(ELOOP\)/) });
    expect(byId.dir!.status).toBe('error');
  });

  it.skipIf(process.getuid?.() === 0)('says when a report cannot be read', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - { id: t, tests: { reports: r.xml } }\n', 'r.xml': JUNIT_OK });
    chmodSync(path.join(ws, 'r.xml'), 0o000);
    const report = await runEngine({ workspace: ws });
    expect(report.checks[0]).toMatchObject({ status: 'error', summary: 'r.xml: cannot read it (EACCES)' });
  });

  it('shows the figure against its target in the summary, with the first findings', async () => {
    const { report } = await run(
      { 'r.xml': JUNIT_FAIL, 'lcov.info': `SF:a\n${Array.from({ length: 42 }, (_, i) => `DA:${i + 1},${i < 25 ? 1 : 0}`).join('\n')}\nend_of_record\n` },
      'checks:\n  - { id: t, tests: { reports: r.xml } }\n  - { id: cov, coverage: { reports: lcov.info } }\n',
    );
    const md = renderSummary(report);
    expect(md).toContain('lines 59\\.5% \\(25/42\\), target 80% · lcov');
    expect(md).toContain('**Findings** (1):');
    expect(md).toContain('- `src/a.test.ts:4` **error** `test-failure`: c › a: expected 1');
  });
});
