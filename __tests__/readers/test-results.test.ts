// Test results from the runners' own formats: jest/vitest JSON, cargo's libtest text, go test
// -json and several JUnit documents in one stream.
import { describe, expect, it } from 'vitest';
import { createTestsReader, detectTestsFormat } from '../../src/readers/test-results.js';
import { readAll } from '../../src/readers/types.js';

const read = (text: string, chunk = text.length) => {
  const reader = createTestsReader();
  for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  return reader.end();
};
const totals = (r: ReturnType<typeof read>) => [r.total, r.passed, r.failed, r.errored, r.skipped];

describe('jest/vitest JSON', () => {
  const report = {
    numTotalTests: 5,
    numPassedTests: 2,
    numFailedTests: 1,
    numPendingTests: 1,
    numTodoTests: 1,
    testResults: [
      {
        name: '/repo/src/a.test.ts',
        status: 'failed',
        assertionResults: [
          { ancestorTitles: ['math'], title: 'adds', status: 'passed' },
          { ancestorTitles: ['math'], title: 'divides', status: 'failed', failureMessages: ['\u001b[31mError: expected 2 to be 3\u001b[39m\n    at a.test.ts:9'], location: { line: 9, column: 3 } },
          { ancestorTitles: [], title: 'later', status: 'pending' },
          { ancestorTitles: [], title: 'someday', status: 'todo' },
        ],
      },
      { name: '/repo/src/b.test.ts', status: 'passed', assertionResults: [{ title: 'b', status: 'passed' }] },
      { name: '/repo/src/broken.test.ts', status: 'failed', message: '  ● Test suite failed to run\n\n    Cannot find module "./nope"', assertionResults: [] },
    ],
  };

  it('counts every test as the runner does, and a suite that failed to run as one errored test', () => {
    const r = read(JSON.stringify(report), 50);
    expect(totals(r)).toEqual([6, 2, 1, 1, 2]);
    expect(r.total - r.errored).toBe(report.numTotalTests);
    expect(r.findings).toEqual([
      { file: '/repo/src/a.test.ts', line: 9, severity: 'error', rule: 'test-failure', message: 'math › divides: Error: expected 2 to be 3' },
      { file: '/repo/src/broken.test.ts', severity: 'error', rule: 'test-error', message: 'test suite failed to run: ● Test suite failed to run' },
    ]);
  });

  it('names what it expected for other JSON', () => {
    expect(() => read('{"results": []}')).toThrow('not a jest/vitest JSON report');
  });
});

describe('cargo test (libtest) output', () => {
  const out = [
    'running 3 tests',
    'test a::one ... ok',
    'test a::two ... FAILED',
    'test a::three ... ignored',
    'test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s',
    'error: test failed, to rerun pass `--lib`',
    "process didn't exit successfully: `/t/deps/a-123` (exit status: 101)",
    'running 2 tests',
    'test it::x ... ok',
    'test it::y ... ok',
    'test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
    "error: test failed: process didn't exit successfully: `/t/deps/crash-9` (signal: 11, SIGSEGV: invalid memory reference)",
    '   Doc-tests a',
    'running 1 test',
    'test src/lib.rs - f (line 3) ... ok',
    'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.10s',
  ].join('\n');

  it('sums the "test result:" lines of every binary and doc-test run; a crashed binary is one errored test', () => {
    expect(detectTestsFormat(out)).toBe('libtest');
    const r = read(out, 64);
    expect(totals(r)).toEqual([7, 4, 1, 1, 1]);
    expect(r.findings.map((f) => f.message)).toEqual(['a::two failed', expect.stringMatching(/^a test binary crashed: process didn't exit successfully: `\/t\/deps\/crash-9` \(signal: 11/)]);
  });

  it('says the tests did not run when there is no result line', () => {
    expect(() => createTestsReader('libtest').end()).toThrow();
  });
});

describe('go test -json', () => {
  const ev = (o: Record<string, unknown>) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', ...o });
  const out = [
    ev({ Action: 'start', Package: 'x/a' }),
    ev({ Action: 'run', Package: 'x/a', Test: 'TestOne' }),
    ev({ Action: 'pass', Package: 'x/a', Test: 'TestOne' }),
    ev({ Action: 'run', Package: 'x/a', Test: 'TestTwo' }),
    ev({ Action: 'output', Package: 'x/a', Test: 'TestTwo', Output: '    a_test.go:12: got 2, want 3\n' }),
    ev({ Action: 'fail', Package: 'x/a', Test: 'TestTwo' }),
    ev({ Action: 'run', Package: 'x/a', Test: 'TestTwo/sub' }),
    ev({ Action: 'skip', Package: 'x/a', Test: 'TestTwo/sub' }),
    ev({ Action: 'fail', Package: 'x/a' }),
    ev({ Action: 'output', Package: 'x/b', Output: 'b.go:3:1: syntax error\n' }),
    ev({ Action: 'fail', Package: 'x/b' }),
  ].join('\n');

  it('counts each test and subtest once, and a package that failed to build as errored', () => {
    expect(detectTestsFormat(out)).toBe('go-test-json');
    const r = read(out, 100);
    expect(totals(r)).toEqual([4, 1, 1, 1, 1]);
    expect(r.findings).toEqual([
      { file: 'a_test.go', line: 12, severity: 'error', rule: 'test-failure', message: 'x/a › TestTwo: got 2, want 3' },
      { severity: 'error', rule: 'test-error', message: 'x/b failed to build or run: b.go:3:1: syntax error' },
    ]);
  });
});

describe('several JUnit documents in one stream', () => {
  const doc = (n: number, failed: boolean) =>
    `<?xml version="1.0" encoding="UTF-8"?><testsuites><testsuite name="s${n}">${'<testcase name="ok"/>'.repeat(n)}${failed ? '<testcase name="bad"><failure message="boom"/></testcase>' : ''}</testsuite></testsuites>\n`;

  it('sums them, wherever the chunks split the declarations', () => {
    const text = doc(2, false) + doc(3, true) + doc(1, false);
    for (const chunk of [7, 13, 64, text.length]) expect([chunk, totals(read(text, chunk))]).toEqual([chunk, [7, 6, 1, 0, 0]]);
    expect(totals(readAll(createTestsReader('junit'), doc(1, false)))).toEqual([1, 1, 0, 0, 0]);
  });
});

describe('cargo clippy JSON messages', () => {
  it('counts diagnostics by level and by lint, once per location, ignoring summaries and artifacts', async () => {
    const { readCargoMessages, isCargoMessages } = await import('../../src/readers/cargo-messages.js');
    const msg = (code: string | null, level: string, line: number, text = 'm') =>
      JSON.stringify({ reason: 'compiler-message', message: { level, message: text, code: code ? { code } : null, spans: [{ file_name: 'src/lib.rs', line_start: line, is_primary: true }] } });
    const out = [
      JSON.stringify({ reason: 'compiler-artifact', target: { name: 'calc' } }),
      msg('clippy::needless_return', 'warning', 8),
      msg('clippy::needless_return', 'warning', 8), // the same crate built as lib and test
      msg('clippy::ptr_arg', 'warning', 11),
      JSON.stringify({ reason: 'compiler-message', message: { level: 'warning', message: '2 warnings emitted', code: null, spans: [] } }),
      JSON.stringify({ reason: 'build-finished', success: true }),
    ].join('\n');
    expect(isCargoMessages(out)).toBe(true);
    const r = readCargoMessages(out);
    expect([r.error, r.warning, r.note]).toEqual([0, 2, 0]);
    expect(r.byLint).toEqual({ 'clippy::needless_return': 1, 'clippy::ptr_arg': 1 });
    expect(r.findings[0]).toMatchObject({ file: 'src/lib.rs', line: 8, severity: 'warning', rule: 'clippy::needless_return' });
  });
});
