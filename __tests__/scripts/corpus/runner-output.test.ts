import { describe, expect, it } from 'vitest';
import {
  parseAva,
  parseCargoTest,
  parseCoveragePyTotal,
  parseGoCoverTotal,
  parseGoTest,
  parseJest,
  parseMocha,
  parseNodeTest,
  parsePytest,
  parseTap,
  parseTextSummary,
  parseTotals,
  parseVitest,
} from '../../../scripts/corpus/runner-output.js';

describe('parseJest', () => {
  it('reads the Tests: line with failures, skips and todos', () => {
    const out = [
      'FAIL src/a.test.ts',
      'Test Suites: 1 failed, 2 passed, 3 total',
      'Tests:       1 failed, 2 skipped, 1 todo, 3 passed, 7 total',
      'Snapshots:   0 total',
    ].join('\n');
    expect(parseJest(out)).toEqual({ total: 7, passed: 3, failed: 1, skipped: 3 });
  });
  it('sums two runs of one script (jest --env node && jest --env edge)', () => {
    const out = 'Tests:       4 passed, 4 total\n...\nTests:       4 passed, 4 total\n';
    expect(parseJest(out)).toEqual({ total: 8, passed: 8, failed: 0, skipped: 0 });
  });
  it('reads through colour codes and returns null without a summary', () => {
    expect(parseJest('\u001b[1mTests:       \u001b[22m\u001b[1m\u001b[32m2 passed\u001b[39m\u001b[22m, 2 total')).toEqual({ total: 2, passed: 2, failed: 0, skipped: 0 });
    expect(parseJest('No tests found, exiting with code 1')).toBeNull();
  });
});

describe('parseVitest', () => {
  it('reads `Tests  N failed | N passed | N skipped (total)`', () => {
    const out = ' Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 10 passed | 2 skipped (13)\n   Start at  10:00:00\n';
    expect(parseVitest(out)).toEqual({ total: 13, passed: 10, failed: 1, skipped: 2 });
  });
  it('reads an all-pass run and counts todos as skipped', () => {
    expect(parseVitest('      Tests  28 passed | 1 todo (29)')).toEqual({ total: 29, passed: 28, failed: 0, skipped: 1 });
  });
  it('is not confused by the Test Files line alone', () => {
    expect(parseVitest(' Test Files  4 passed (4)\n')).toBeNull();
  });
});

describe('parseMocha', () => {
  it('reads passing, failing and pending', () => {
    expect(parseMocha('\n  272 passing (85ms)\n  2 pending\n  1 failing\n\n  1) a test:\n')).toEqual({ total: 275, passed: 272, failed: 1, skipped: 2 });
  });
  it('null when mocha printed no summary', () => {
    expect(parseMocha('Error: No test files found: "test/*.mjs"')).toBeNull();
  });
});

describe('parseNodeTest', () => {
  it('reads the spec reporter footer', () => {
    const out = ['ℹ tests 41', 'ℹ suites 3', 'ℹ pass 39', 'ℹ fail 1', 'ℹ cancelled 0', 'ℹ skipped 1', 'ℹ todo 0', 'ℹ duration_ms 92.2'].join('\n');
    expect(parseNodeTest(out)).toEqual({ total: 41, passed: 39, failed: 1, skipped: 1 });
  });
  it('reads the TAP reporter footer', () => {
    expect(parseNodeTest('# tests 5\n# suites 0\n# pass 5\n# fail 0\n# cancelled 0\n# skipped 0\n# todo 0\n')).toEqual({ total: 5, passed: 5, failed: 0, skipped: 0 });
  });
});

describe('parseAva', () => {
  it('reads passed, failed, skipped and todo', () => {
    const out = '  ✔ one\n  ✘ [fail]: two\n  ─\n\n  1 test failed\n  3 tests passed\n  1 test skipped\n  2 tests todo\n';
    expect(parseAva(out)).toEqual({ total: 7, passed: 3, failed: 1, skipped: 3 });
  });
  it('counts the ✔ lines when a failure leaves out the passed line (p-limit)', () => {
    const out = '  - [skip] clearQueue rejects\n  ✔ throws on invalid concurrency argument\n  ✔ clearQueue (178ms)\n  ✘ [fail]: concurrency: 1\n  ─\n\n  1 test failed\n  1 test skipped\n';
    expect(parseAva(out)).toEqual({ total: 4, passed: 2, failed: 1, skipped: 1 });
  });
  it('reads an all-pass run', () => {
    expect(parseAva('  ─\n\n  18 tests passed\n')).toEqual({ total: 18, passed: 18, failed: 0, skipped: 0 });
  });
  it('null for xo failing before ava ran', () => {
    expect(parseAva('  index.js:1:1\n  ✖  1:1  Unexpected var  no-var\n\n  1 error\n')).toBeNull();
  });
});

describe('parseTap', () => {
  it("reads the base reporter's Asserts line", () => {
    const out = ' PASS  test/a.js 12 OK 30ms\n\n🌈 TEST COMPLETE 🌈\n\nAsserts:  3256 pass  1 fail  2 skip  3259 of 3259 complete\nSuites:   67 pass  1 fail  68 of 68 complete\n';
    expect(parseTap(out)).toEqual({ total: 3259, passed: 3256, failed: 1, skipped: 2 });
  });
  it("reads node-tap 16's classic summary", () => {
    const out = '  🌈 SUMMARY RESULTS 🌈\n\nSuites:   53 passed, 1 failed, 54 of 54 completed\nAsserts:  1 failed, 3296 passed, 1 skip, of 3298\nTime:     20s\n';
    expect(parseTap(out)).toEqual({ total: 3298, passed: 3296, failed: 1, skipped: 1 });
    expect(parseTap('Asserts:  3298 passed, of 3298\n')).toEqual({ total: 3298, passed: 3298, failed: 0, skipped: 0 });
    // As node-semver's tap 16 prints it with -R terse into a pipe: redraws, zero-width spaces.
    const terse = '\u001b[2K\u001b[1A\u001b[2K\u001b[GSuites:   \u200b1 passed\u200b, \u200b1 of 2 completed\u200b\nAsserts:  \u200b\u200b\u200b526 passed\u200b, \u200bof 526\u200b\n\u001b[2K\u001b[1A\u001b[2K\u001b[GSuites:   \u200b2 passed\u200b, \u200b2 of 2 completed\u200b\nAsserts:  \u200b\u200b\u200b528 passed\u200b, \u200bof 528\u200b\n';
    expect(parseTap(terse)).toEqual({ total: 528, passed: 528, failed: 0, skipped: 0 });
  });
  it("reads the TAP reporter's summary comment", () => {
    expect(parseTap('ok 1 - test/a.js # time=10ms\n1..1\n# { total: 40, pass: 39, fail: 1 }\n# time=100ms\n')).toEqual({ total: 40, passed: 39, failed: 1, skipped: 0 });
  });
});

describe('parsePytest', () => {
  it('reads the last summary line', () => {
    const out = 'tests/test_a.py ..F.s\n==== FAILURES ====\n___ test_x ___\n=== short test summary info ===\n==== 1 failed, 3 passed, 1 skipped, 1 xfailed, 1 error in 0.50s ====\n';
    expect(parsePytest(out)).toEqual({ total: 7, passed: 3, failed: 2, skipped: 2 });
  });
  it('reads a summary with warnings and a wall-clock time', () => {
    expect(parsePytest('======= 120 passed, 2 warnings in 65.20s (0:01:05) =======')).toEqual({ total: 120, passed: 120, failed: 0, skipped: 0 });
  });
  it('null when pytest could not start', () => {
    expect(parsePytest('ERROR: usage: __main__.py [options] [file_or_dir]\n__main__.py: error: unrecognized arguments: --cov')).toBeNull();
  });
});

describe('parseGoTest', () => {
  it('counts tests and subtests of go test -v, and a package that did not build', () => {
    const out = [
      '=== RUN   TestA',
      '--- PASS: TestA (0.00s)',
      '=== RUN   TestB',
      '=== RUN   TestB/one',
      '    --- PASS: TestB/one (0.00s)',
      '    --- FAIL: TestB/two (0.00s)',
      '--- FAIL: TestB (0.00s)',
      '--- SKIP: TestC (0.00s)',
      'FAIL\texample.com/a\t0.01s',
      'FAIL\texample.com/b [build failed]',
    ].join('\n');
    expect(parseGoTest(out)).toEqual({ total: 6, passed: 2, failed: 3, skipped: 1 });
  });
  it('a module without tests is zero, not null; no go output is null', () => {
    expect(parseGoTest('?   \texample.com/a\t[no test files]\n')).toEqual({ total: 0, passed: 0, failed: 0, skipped: 0 });
    expect(parseGoTest('go: command not found')).toBeNull();
  });
});

describe('parseCargoTest', () => {
  it('sums every binary', () => {
    const out = 'test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n';
    expect(parseCargoTest(out)).toEqual({ total: 6, passed: 4, failed: 1, skipped: 1 });
  });
});

describe('parseTotals', () => {
  it('dispatches on the runner', () => {
    expect(parseTotals('mocha', '  3 passing (1ms)')).toEqual({ total: 3, passed: 3, failed: 0, skipped: 0 });
    expect(parseTotals('jest', '  3 passing (1ms)')).toBeNull();
  });
});

describe('coverage summaries', () => {
  const summary = [
    '=============================== Coverage summary ===============================',
    'Statements   : 95.21% ( 1200/1260 )',
    'Branches     : 90% ( 90/100 )',
    'Functions    : 100% ( 50/50 )',
    'Lines        : 99.61% ( 770/773 )',
    '================================================================================',
  ].join('\n');
  it("reads istanbul's text-summary lines and statements", () => {
    expect(parseTextSummary(summary)).toEqual({ covered: 770, total: 773, pct: (100 * 770) / 773, metric: 'lines' });
    expect(parseTextSummary(summary, 'statements')).toMatchObject({ covered: 1200, total: 1260 });
    expect(parseTextSummary('Lines        : Unknown% ( 0/0 )')).toEqual({ covered: 0, total: 0, pct: 100, metric: 'lines' });
    expect(parseTextSummary('All files |   99.61 |')).toBeNull();
  });
  it("reads coverage.py's TOTAL line, with and without branches", () => {
    expect(parseCoveragePyTotal('Name    Stmts   Miss  Cover\n---\nsix.py    500     20    96%\n---\nTOTAL     500     20    96%\n')).toEqual({ covered: 480, total: 500, pct: 96, metric: 'lines' });
    expect(parseCoveragePyTotal('TOTAL      120      5     30      2    95%')).toEqual({ covered: 115, total: 120, pct: 95, metric: 'lines' });
  });
  it("reads go tool cover's total", () => {
    expect(parseGoCoverTotal('github.com/x/a.go:10:\tNew\t100.0%\ntotal:\t\t\t(statements)\t90.4%\n')).toEqual({ covered: null, total: null, pct: 90.4, metric: 'statements' });
    expect(parseGoCoverTotal('no such file')).toBeNull();
  });
});
