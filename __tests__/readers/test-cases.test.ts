// Every test reader gives its tests one by one: the id (suite › classname › name), the outcome,
// and for a failure the message's first line and file:line where the runner gives them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestsReader } from '../../src/readers/test-results.js';
import { testId, type TestCase } from '../../src/readers/test-cases.js';
import { readAll } from '../../src/readers/types.js';

const read = (text: string) => readAll(createTestsReader(), text);
const ids = (cases: TestCase[], outcome?: TestCase['outcome']) => cases.filter((c) => !outcome || c.outcome === outcome).map(testId);
const failure = (cases: TestCase[], id: string) => {
  const c = cases.find((t) => testId(t) === id)!;
  return { outcome: c.outcome, message: c.message, file: c.file, line: c.line };
};

describe('ids are one per test', () => {
  it('a title holding " › " does not make two tests one id; other "›" and backslashes stay as printed', () => {
    const a = testId({ suite: 'src/h.spec.ts', classname: ['a › b'], name: 'c' });
    const b = testId({ suite: 'src/h.spec.ts', classname: ['a'], name: 'b › c' });
    expect(a).toBe('src/h.spec.ts › a \\› b › c');
    expect(b).toBe('src/h.spec.ts › a › b \\› c');
    expect(testId({ suite: 'x', classname: ['a ›'], name: 'b' })).not.toBe(testId({ suite: 'x', classname: ['a'], name: '› b' }));
    expect(testId({ suite: 'x', classname: ['a \\› b'], name: 'c' })).not.toBe(testId({ suite: 'x', classname: ['a › b'], name: 'c' }));
    expect(testId({ suite: 'cmp/cmpopts', classname: '', name: 'TestOptions/Sort_›_NaN' })).toBe('cmp/cmpopts › TestOptions/Sort_›_NaN');
    expect(testId({ suite: 'pytest', classname: 't', name: 'test_e[\\u3053]' })).toBe('pytest › t › test_e[\\u3053]');
  });

  it('jest/vitest JSON: describe("a › b") › it("c") and describe("a") › it("b › c") get different ids', () => {
    const json = JSON.stringify({ numTotalTests: 2, testResults: [{ name: 'src/h.spec.ts', assertionResults: [
      { ancestorTitles: ['a › b'], title: 'c', status: 'failed', failureMessages: ['x'] },
      { ancestorTitles: ['a'], title: 'b › c', status: 'passed' },
    ] }] });
    const r = read(json);
    expect(new Set(ids(r.cases)).size).toBe(2);
  });
});

describe('vitest retries', () => {
  it('a test that passed with --retry keeps the failed attempts\' messages: flaky (vitest 3 and 4 JSON)', () => {
    // As vitest run --retry=2 --reporter=json writes it for a test that fails once.
    const json = JSON.stringify({ numTotalTests: 2, testResults: [{ name: '/w/src/flaky.spec.ts', assertionResults: [
      { ancestorTitles: [], fullName: 'flaky once', status: 'passed', title: 'flaky once', failureMessages: ['AssertionError: expected 1 to be greater than 1\n    at /w/src/flaky.spec.ts:3:41'] },
      { ancestorTitles: [], fullName: 'fine', status: 'passed', title: 'fine', failureMessages: [] },
    ] }] });
    const r = read(json);
    expect(r.cases.map((c) => [c.name, c.outcome])).toEqual([['flaky once', 'flaky'], ['fine', 'passed']]);
    expect([r.passed, r.flaky]).toEqual([2, 1]);
  });
});

describe('test ids from each runner', () => {
  it('JUnit (pytest): parametrised names, the location from the traceback, the suite dropped when it repeats', () => {
    const xml = `<?xml version="1.0"?><testsuites><testsuite name="pytest">
      <testcase classname="tests.test_math" name="test_add[1-2]"/>
      <testcase classname="tests.test_math" name="test_add[2-3]"><failure message="assert 5 == 6">def test_add(a, b):
&gt;       assert a + b == 6
E       assert 5 == 6

tests/test_math.py:7: AssertionError</failure></testcase>
      <testcase classname="tests.test_math" name="test_skip"><skipped message="later"/></testcase>
      <testcase classname="tests.test_io" name="test_read"><error message="fixture &apos;db&apos; not found"/></testcase>
    </testsuite></testsuites>`;
    const r = read(xml);
    expect(ids(r.cases)).toEqual(['pytest › tests.test_math › test_add[1-2]', 'pytest › tests.test_math › test_add[2-3]', 'pytest › tests.test_math › test_skip', 'pytest › tests.test_io › test_read']);
    expect(r.cases.map((c) => c.outcome)).toEqual(['passed', 'failed', 'skipped', 'errored']);
    expect(failure(r.cases, 'pytest › tests.test_math › test_add[2-3]')).toEqual({ outcome: 'failed', message: 'assert 5 == 6', file: 'tests/test_math.py', line: 7 });
    expect(r.findings[0]).toMatchObject({ file: 'tests/test_math.py', line: 7 });
    expect(r.casesTotal).toBe(4);
  });

  it('JUnit (Surefire): a rerun that passed is one flaky test; flakyFailure marks a passed test flaky; suite = classname counts once', () => {
    const xml = `<testsuite name="com.acme.CalcTest">
      <testcase classname="com.acme.CalcTest" name="adds" file="src/test/java/com/acme/CalcTest.java" line="12"><failure message="expected 2"/></testcase>
      <testcase classname="com.acme.CalcTest" name="adds" file="src/test/java/com/acme/CalcTest.java" line="12"/>
      <testcase classname="com.acme.CalcTest" name="divides"><flakyFailure message="timeout"/></testcase>
      <testcase classname="com.acme.CalcTest" name="subtracts"><failure>java.lang.AssertionError: 1 != 0
	at com.acme.CalcTest.subtracts(CalcTest.java:30)</failure></testcase>
    </testsuite>`;
    const r = read(xml);
    expect(r.cases.map((c) => [testId(c), c.outcome])).toEqual([
      ['com.acme.CalcTest › adds', 'flaky'],
      ['com.acme.CalcTest › divides', 'flaky'],
      ['com.acme.CalcTest › subtracts', 'failed'],
    ]);
    expect(failure(r.cases, 'com.acme.CalcTest › subtracts').message).toBe('java.lang.AssertionError: 1 != 0');
    expect([r.total, r.passed, r.failed, r.flaky]).toEqual([3, 2, 1, 2]);
  });

  it('jest/vitest JSON: describe blocks as the classname, each-names as written, the line from the stack when no location', () => {
    const json = JSON.stringify({
      numTotalTests: 4,
      testResults: [
        {
          name: '/home/runner/work/app/src/sum.test.ts',
          status: 'failed',
          assertionResults: [
            { ancestorTitles: ['sum'], title: 'adds 1 + 2 = 3', status: 'passed' },
            {
              ancestorTitles: ['sum', 'each'],
              title: 'adds 2 + 2 = 5',
              status: 'failed',
              failureMessages: ['\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n    at Object.<anonymous> (/home/runner/work/app/src/sum.test.ts:14:23)'],
            },
            { ancestorTitles: [], title: 'retried', status: 'passed', retryReasons: ['flake'] },
            { ancestorTitles: [], title: 'todo one', status: 'todo' },
          ],
        },
      ],
    });
    const r = read(json);
    expect(r.cases.map((c) => [testId(c), c.outcome])).toEqual([
      ['/home/runner/work/app/src/sum.test.ts › sum › adds 1 + 2 = 3', 'passed'],
      ['/home/runner/work/app/src/sum.test.ts › sum › each › adds 2 + 2 = 5', 'failed'],
      ['/home/runner/work/app/src/sum.test.ts › retried', 'flaky'],
      ['/home/runner/work/app/src/sum.test.ts › todo one', 'skipped'],
    ]);
    expect(failure(r.cases, '/home/runner/work/app/src/sum.test.ts › sum › each › adds 2 + 2 = 5')).toEqual({
      outcome: 'failed',
      message: 'Error: expect(received).toBe(expected)',
      file: '/home/runner/work/app/src/sum.test.ts',
      line: 14,
    });
  });

  it('TAP (node --test): subtests as the classname, the message and location from the YAML block; failures inside a skipped subtest are skipped', () => {
    const tap = [
      'TAP version 13',
      '# Subtest: math',
      '    # Subtest: adds',
      '    ok 1 - adds',
      '      ---',
      '      duration_ms: 0.4',
      '      ...',
      '    # Subtest: divides',
      '    not ok 2 - divides',
      '      ---',
      '      duration_ms: 0.8',
      "      location: '/repo/test/math.test.js:9:3'",
      '      failureType: testCodeFailure',
      '      error: |-',
      '        Expected values to be strictly equal:',
      '',
      '        1 !== 2',
      '      ...',
      '    1..2',
      'not ok 1 - math',
      '  ---',
      '  ...',
      '# Subtest: later',
      '    not ok 1 - inner',
      '    1..1',
      'ok 2 - later # SKIP not yet',
      '1..2',
    ].join('\n');
    const r = read(tap);
    expect(r.cases.map((c) => [testId(c), c.outcome])).toEqual([
      ['math › adds', 'passed'],
      ['math › divides', 'failed'],
      ['later › inner', 'skipped'],
    ]);
    expect(failure(r.cases, 'math › divides')).toEqual({ outcome: 'failed', message: 'Expected values to be strictly equal:', file: '/repo/test/math.test.js', line: 9 });
    expect([r.passed, r.failed, r.skipped]).toEqual([1, 1, 1]);
  });

  it('libtest: the binary source as the suite, doc-tests with spaces in their names, the panic location (old and new Rust)', () => {
    const out = [
      '     Running unittests src/lib.rs (target/debug/deps/calc-0123456789abcdef)',
      'running 3 tests',
      'test tests::adds ... ok',
      'test tests::divides ... FAILED',
      'test tests::later ... ignored',
      '',
      'failures:',
      '',
      '---- tests::divides stdout ----',
      "thread 'tests::divides' panicked at src/lib.rs:20:9:",
      'attempt to divide by zero',
      '',
      'failures:',
      '    tests::divides',
      '',
      'test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      '     Running target/debug/deps/it-fedcba9876543210',
      'running 1 test',
      'test old_style ... FAILED',
      '---- old_style stdout ----',
      "thread 'old_style' panicked at 'assertion failed: `(left == right)`', tests/it.rs:5:5",
      'test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      '   Doc-tests calc',
      'running 1 test',
      'test src/lib.rs - add (line 3) ... ok',
      'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
    ].join('\n');
    const r = read(out);
    expect(r.cases.map((c) => [testId(c), c.outcome])).toEqual([
      ['src/lib.rs › tests::adds', 'passed'],
      ['src/lib.rs › tests::divides', 'failed'],
      ['src/lib.rs › tests::later', 'skipped'],
      ['target/debug/deps/it › old_style', 'failed'],
      ['doc-tests calc › src/lib.rs - add (line 3)', 'passed'],
    ]);
    expect(failure(r.cases, 'src/lib.rs › tests::divides')).toEqual({ outcome: 'failed', message: 'attempt to divide by zero', file: 'src/lib.rs', line: 20 });
    expect(failure(r.cases, 'target/debug/deps/it › old_style')).toEqual({ outcome: 'failed', message: 'assertion failed: `(left == right)`', file: 'tests/it.rs', line: 5 });
  });

  it('go test -json: the package as the suite, subtests by their path, a package that did not build as one errored unit', () => {
    const ev = (o: object) => JSON.stringify({ Time: '2026-01-01T00:00:00Z', ...o });
    const out = [
      ev({ Action: 'run', Package: 'x/calc', Test: 'TestAdd' }),
      ev({ Action: 'run', Package: 'x/calc', Test: 'TestAdd/1+2' }),
      ev({ Action: 'output', Package: 'x/calc', Test: 'TestAdd/1+2', Output: '    calc_test.go:14: got 4, want 3\n' }),
      ev({ Action: 'fail', Package: 'x/calc', Test: 'TestAdd/1+2' }),
      ev({ Action: 'fail', Package: 'x/calc', Test: 'TestAdd' }),
      ev({ Action: 'run', Package: 'x/calc', Test: 'TestSub' }),
      ev({ Action: 'pass', Package: 'x/calc', Test: 'TestSub' }),
      ev({ Action: 'fail', Package: 'x/calc' }),
      ev({ Action: 'output', Package: 'x/broken', Output: 'broken.go:3:1: syntax error\n' }),
      ev({ Action: 'fail', Package: 'x/broken' }),
    ].join('\n');
    const r = read(out);
    expect(r.cases.map((c) => [testId(c), c.outcome])).toEqual([
      ['x/calc › TestAdd', 'failed'],
      ['x/calc › TestAdd/1+2', 'failed'],
      ['x/calc › TestSub', 'passed'],
      ['x/broken › (package failed to build or run)', 'errored'],
    ]);
    expect(failure(r.cases, 'x/calc › TestAdd/1+2')).toEqual({ outcome: 'failed', message: 'got 4, want 3', file: 'calc_test.go', line: 14 });
  });
});

const FIXTURES = ['/work/shared/fixtures/reports/junit', path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'reports', 'junit')].find((p) => existsSync(p));

describe.skipIf(!FIXTURES)('test ids from the real JUnit reports (acceptance)', () => {
  const files = FIXTURES ? readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')) : [];
  it.each(files)('%s: one case per counted test, failing ids as many as failed and errored tests', (file) => {
    const r = read(readFileSync(path.join(FIXTURES!, file), 'utf8'));
    expect(r.cases.length).toBe(r.total);
    expect(r.casesTotal).toBe(r.total);
    expect(r.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'errored').length).toBe(r.failed + r.errored);
    expect(r.cases.filter((c) => c.outcome === 'passed' || c.outcome === 'flaky').length).toBe(r.passed);
    expect(r.cases.every((c) => testId(c) !== '')).toBe(true);
  });
});
