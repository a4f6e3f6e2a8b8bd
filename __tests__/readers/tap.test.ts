// TAP 13/14 as ava, node-tap and node's runner print it: leaf test points counted as the runners
// count them, subtests rolled into their parents, and a cut-short run never read as a pass.
import { describe, expect, it } from 'vitest';
import { isTap, readTap } from '../../src/readers/tap.js';
import { createTestsReader, detectTestsFormat } from '../../src/readers/test-results.js';
import { ReaderError, readAll } from '../../src/readers/types.js';

const totals = (text: string) => {
  const r = readTap(text);
  return { total: r.total, passed: r.passed, failed: r.failed, errored: r.errored, skipped: r.skipped };
};
const lines = (...l: string[]) => `${l.join('\n')}\n`;

// ava 7 --tap: a todo is "not ok … # TODO", the summary comments are ava's own.
const AVA = lines(
  'TAP version 13',
  'ok 1 - later # SKIP',
  'not ok 2 - someday # TODO',
  'ok 3 - adds',
  'ok 4 - adds negatives',
  'not ok 5 - divides',
  '  ---',
  '    name: AssertionError',
  '    assertion: t.is()',
  '    details:',
  "      'Difference (- actual, + expected):': |-",
  '        - 2',
  '        + 3',
  "    message: ''",
  '  ...',
  '',
  '1..5',
  '# tests 4',
  '# pass 2',
  '# skip 1',
  '# fail 2',
);

// node-tap 21 (--reporter=tap): each file a subtest, asserts are its test points.
const NODE_TAP = lines(
  'TAP version 14',
  '1..2',
  '# Subtest: test/math.test.js',
  '    # Subtest: math',
  '        ok 1 - adds',
  '        not ok 2 - divides',
  '          ---',
  '          compare: ===',
  '          source: |',
  '            not ok 9 - a line in YAML is not a test point',
  '          ...',
  '        ',
  '        ok 3 - later # SKIP',
  '        ok 4 - someday # TODO',
  '        1..4',
  '    not ok 1 - math # time=28.4ms',
  '    1..1',
  '    # time=46.363ms',
  'not ok 1 - test/math.test.js # time=46.363ms',
  '# Subtest: test/other.test.js',
  '    ok 1 - should be equal',
  '    ok 2 - a \\# in a name',
  '    1..2',
  'ok 2 - test/other.test.js # time=12ms',
  '# { total: 6, pass: 3, fail: 1, todo: 1, skip: 1 }',
);

describe('TAP', () => {
  it('reads ava --tap: a todo is skipped, not failed; YAML blocks are not test points', () => {
    expect(totals(AVA)).toEqual({ total: 5, passed: 2, failed: 1, errored: 0, skipped: 2 });
    expect(readTap(AVA).findings).toEqual([{ line: 6, severity: 'error', rule: 'test-failure', message: 'divides failed' }]);
  });

  it('reads node-tap: leaf points only, as its own "# { total … }" line counts them; names carry their subtests', () => {
    const r = readTap(NODE_TAP);
    expect(totals(NODE_TAP)).toEqual({ total: 6, passed: 3, failed: 1, errored: 0, skipped: 2 });
    expect(r.findings.map((f) => f.message)).toEqual(['test/math.test.js › math › divides failed']);
    expect(r.passRate).toBe(75);
  });

  it('rolls a subtest whose name holds a backslash into its parent (tap-parser counts its point once more)', () => {
    const text = lines('TAP version 14', '1..1', '# Subtest: file \\\\', '    ok 1 - should be equal', '    1..1', 'ok 1 - file \\\\ # time=0.5ms');
    expect(totals(text)).toEqual({ total: 1, passed: 1, failed: 0, errored: 0, skipped: 0 });
  });

  it('counts a subtest that failed with no failing point inside (a timeout) as one failure', () => {
    const text = lines('TAP version 14', '# Subtest: slow', '    ok 1 - started', '    1..1', 'not ok 1 - slow # time=30000ms', '1..1');
    expect(totals(text)).toEqual({ total: 2, passed: 1, failed: 1, errored: 0, skipped: 0 });
    expect(readTap(text).findings[0]!.message).toBe('slow failed');
  });

  it('does not count failures inside a skipped or todo subtest', () => {
    const text = lines('TAP version 14', '# Subtest: wip', '    not ok 1 - not yet', '    1..1', 'ok 1 - wip # TODO not done', '1..1');
    expect(totals(text)).toEqual({ total: 1, passed: 0, failed: 0, errored: 0, skipped: 1 });
  });

  it('reads a buffered subtest ("ok 1 - name {" … "}")', () => {
    const text = lines('TAP version 14', 'ok 1 - group {', '    ok 1 - a', '    ok 2 - b # skip flaky', '    1..2', '}', 'ok 2 - alone', '1..2');
    expect(totals(text)).toEqual({ total: 3, passed: 2, failed: 0, errored: 0, skipped: 1 });
  });

  it('treats a plan that does not match the test points as a run cut short', () => {
    const short = lines('TAP version 13', '1..5', 'ok 1 - a', 'ok 2 - b');
    expect(totals(short)).toEqual({ total: 3, passed: 2, failed: 0, errored: 1, skipped: 0 });
    expect(readTap(short).findings[0]!.message).toBe('the run planned 5 tests and reported 2: it was cut short');
    const nested = lines('TAP version 14', '# Subtest: file', '    1..3', '    ok 1 - a', 'ok 1 - file', '1..1');
    expect(totals(nested)).toEqual({ total: 2, passed: 1, failed: 0, errored: 1, skipped: 0 });
    expect(readTap(nested).findings[0]!.message).toBe('subtest "file" planned 3 tests and reported 1: it was cut short');
  });

  it('treats a missing plan as a run cut short', () => {
    expect(totals(lines('TAP version 14', 'ok 1 - a', 'ok 2 - b'))).toEqual({ total: 3, passed: 2, failed: 0, errored: 1, skipped: 0 });
    // A subtest that never reported its end, in a stream that stopped.
    expect(totals(lines('TAP version 14', '1..1', '# Subtest: file', '    ok 1 - a'))).toEqual({ total: 3, passed: 1, failed: 0, errored: 2, skipped: 0 });
  });

  it('stops at "Bail out!": what ran counts, and the bail-out itself when no failure shows it', () => {
    expect(totals(lines('TAP version 13', '1..4', 'ok 1 - a', 'Bail out! database is down', 'ok 2 - never read'))).toEqual({ total: 2, passed: 1, failed: 0, errored: 1, skipped: 0 });
    expect(readTap(lines('TAP version 13', '1..4', 'ok 1 - a', 'Bail out! database is down')).findings[0]!.message).toBe('Bail out! database is down');
    // tap --bail: the failure is the reason, counted once.
    expect(totals(lines('TAP version 14', '1..3', 'ok 1 - a', 'not ok 2 - b', 'Bail out! # b'))).toEqual({ total: 2, passed: 1, failed: 1, errored: 0, skipped: 0 });
  });

  it('accepts a skipped run ("1..0 # SKIP") as no tests, and rejects text with no TAP in it', () => {
    expect(totals(lines('TAP version 13', '1..0 # SKIP no database'))).toEqual({ total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 });
    expect(() => readTap('Error: Cannot find module "ava"\n')).toThrow(ReaderError);
    expect(() => readTap('')).toThrow(/no TAP output/);
  });

  it('reads node --test\'s TAP reporter (subtest names at the subtest\'s own indent)', () => {
    const text = lines(
      'TAP version 13',
      '# Subtest: math',
      '    # Subtest: adds',
      '    ok 1 - adds',
      '      ---',
      '      duration_ms: 0.5',
      '      ...',
      '    # Subtest: divides',
      '    not ok 2 - divides',
      '      ---',
      "      failureType: 'testCodeFailure'",
      '      ...',
      '    # Subtest: later',
      '    ok 3 - later # SKIP',
      '    1..3',
      'not ok 1 - math',
      '1..1',
      '# tests 3',
      '# pass 1',
    );
    expect(totals(text)).toEqual({ total: 3, passed: 1, failed: 1, errored: 0, skipped: 1 });
    expect(readTap(text).findings[0]!.message).toBe('math › divides failed');
  });

  it('is told apart from the other formats and read through the tests reader', () => {
    expect(isTap(AVA)).toBe(true);
    expect(isTap('test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n')).toBe(false);
    expect(detectTestsFormat(NODE_TAP)).toBe('tap');
    expect(readAll(createTestsReader(), AVA).total).toBe(5);
    expect(readAll(createTestsReader('tap'), NODE_TAP).failed).toBe(1);
  });
});
