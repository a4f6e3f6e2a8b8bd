// A run that failed is never a pass, on projects these tests build: a Go module with a package that
// does not build under the installed Go, and a pytest suite with a collection error.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { renderSummary } from '../../src/report/summary.js';
import { compareTestRecords } from '../../src/scoring/test-regressions.js';
import { has, tempDir, writeFiles } from '../helpers.js';

const GO = has('go', ['version']);
const PYTEST = has('python3', ['-m', 'pytest', '--version']);
/** pytest writing JUnit XML into the run's temporary folder, read by a tests check. */
const PYTEST_CONFIG = `checks:
  - id: pytest
    run: python3 -m pytest -p no:cacheprovider --junitxml="$READINESS_TEMP/junit.xml" tests
    tests: { reports: $READINESS_TEMP/junit.xml }
`;

describe('failed test runs', () => {
  it.skipIf(!GO)('go: a package that fails to build is errored and named with the compiler error; the check fails', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      // Go 1.19 (Debian 12) has no built-in max; newer Go builds it, so the module asks for go 1.30.
      'go.mod': 'module example.com/broken\n\ngo 1.19\n',
      'ok/ok.go': 'package ok\n\nfunc Add(a, b int) int { return a + b }\n',
      'ok/ok_test.go': 'package ok\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}\n}\n',
      'bad/bad.go': 'package bad\n\nfunc Biggest(a, b int) int { return undefinedHelper(a, b) }\n',
      'bad/bad_test.go': 'package bad\n\nimport "testing"\n\nfunc TestBig(t *testing.T) { _ = Biggest(1, 2) }\n',
    });
    const report = await runEngine({ workspace: ws, only: ['go-test', 'go-coverage'], env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
    const test = report.checks.find((c) => c.id === 'go-test')!;
    expect(test.status).toBe('fail');
    expect(test.metrics).toMatchObject({ passed: 1, errored: 1 });
    expect(test.summary).toMatch(/^50% passed \(1\/2\), 1 errored, target 100%; the command exited [12]: example\.com\/broken\/bad failed to build: bad\/bad\.go:3(?::\d+)?: undefined: undefinedHelper$/);
    expect(test.findings).toContainEqual(expect.objectContaining({ rule: 'test-error', message: expect.stringMatching(/^example\.com\/broken\/bad failed to build: bad\/bad\.go:3(?::\d+)?: undefined: undefinedHelper$/) }));
    // The evidence opens with the lines that say why; the raw events stay in the output.
    expect(test.evidence.why?.[0]).toMatch(/^example\.com\/broken\/bad failed to build: bad\/bad\.go:3(?::\d+)?: undefined: undefinedHelper$/);
    expect(renderSummary(report)).toMatch(/\*\*Why:\*\*\n\n```text\nexample\.com\/broken\/bad failed to build/);
  });

  it.skipIf(!GO)('go: a module that needs a newer Go names that cause, not the missing events', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'go.mod': 'module example.com/newer\n\ngo 1.99\n',
      'a/a.go': 'package a\n\nfunc Biggest(a, b int) int { return undefinedHelper(a, b) }\n',
      'a/a_test.go': 'package a\n\nimport "testing"\n\nfunc TestBig(t *testing.T) { _ = Biggest(1, 2) }\n',
    });
    const report = await runEngine({ workspace: ws, only: ['go-test'], env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
    const test = report.checks.find((c) => c.id === 'go-test')!;
    expect(['fail', 'error']).toContain(test.status);
    expect(test.summary).toMatch(/go(?:\.mod)? requires go >= 1\.99|module requires Go 1\.99/i);
  });

  it.skipIf(!PYTEST)('pytest: a collection error fails the check and names the collector error', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      '.github/readiness.yml': PYTEST_CONFIG,
      'tests/test_ok.py': 'def test_ok():\n    assert True\n',
      'tests/test_broken.py': 'import no_such_module_here\n\ndef test_never():\n    assert True\n',
    });
    const report = await runEngine({ workspace: ws });
    const test = report.checks.find((c) => c.id === 'pytest')!;
    expect(test.status).toBe('fail');
    expect(test.score).toBe(0);
    expect(test.summary).toMatch(/collection error; no test ran; the command exited 2: tests\/test_broken\.py failed to collect: ModuleNotFoundError: No module named 'no_such_module_here'/);
    expect(test.findings).toContainEqual(expect.objectContaining({ message: expect.stringContaining("No module named 'no_such_module_here'") }));
  });

  it.skipIf(!PYTEST)('pytest: a syntax error is placed at the module\'s line; the baseline failures it stopped are not run, not removed', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      '.github/readiness.yml': PYTEST_CONFIG,
      'tests/test_ok.py': 'def test_ok():\n    assert False\n',
    });
    const base = await runEngine({ workspace: ws });
    writeFiles(ws, { 'tests/test_broken.py': 'def test_x(:\n    pass\n' });
    const report = await runEngine({ workspace: ws });
    const test = report.checks.find((c) => c.id === 'pytest')!;
    expect(test.findings.map((f) => [f.file, f.line])).toEqual([['tests/test_broken.py', 1]]);
    const r = compareTestRecords(test, base.checks.find((c) => c.id === 'pytest')!.tests!);
    expect([r.removed.count, r.notRun?.tests.map((t) => t.id)]).toEqual([0, ['pytest › tests.test_ok › test_ok']]);
  });
});
