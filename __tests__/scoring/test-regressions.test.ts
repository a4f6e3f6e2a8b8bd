// Tests by name against the baseline: the records' digests decide, the capped lists only name.
import { describe, expect, it } from 'vitest';
import { buildTestRecord, quarantineMatcher, TEST_LIST_CAP, type QuarantineEntry } from '../../src/checks/test-record.js';
import type { TestCase } from '../../src/readers/test-cases.js';
import { compareTestRecords, newTestFailureCount, testRegressions } from '../../src/scoring/test-regressions.js';
import { applyRatchet } from '../../src/scoring/ratchet.js';
import type { Report, TestRecord } from '../../src/types.js';

type Outcome = TestCase['outcome'];
/** A record from `name: outcome` pairs, one suite. */
function record(tests: Record<string, Outcome>, quarantine: QuarantineEntry[] = []): TestRecord {
  const cases: TestCase[] = Object.entries(tests).map(([name, outcome]) => ({ suite: 'tests/test_a.py', classname: '', name, outcome, ...(outcome === 'failed' ? { message: `${name} broke`, file: 'tests/test_a.py', line: 3 } : {}) }));
  return buildTestRecord(cases, cases.length, quarantine, (p) => p).record;
}
const check = (tests: TestRecord) => ({ id: 'unit', title: 'Unit tests', status: 'fail' as const, tests });
const names = (list: { tests: { id: string }[] }) => list.tests.map((t) => t.id.replace('tests/test_a.py › ', ''));

describe('quarantine on escaped ids', () => {
  it('an id or glob written in the documented form (\\› inside a part) matches that test only', () => {
    const mk = (q: QuarantineEntry[]) =>
      buildTestRecord(
        [
          { suite: 'src/h.spec.ts', classname: ['a › b'], name: 'c', outcome: 'failed' },
          { suite: 'src/h.spec.ts', classname: ['a'], name: 'b › c', outcome: 'failed' },
        ],
        2,
        q,
        (p) => p,
      );
    expect(mk([{ id: 'src/h.spec.ts › a \\› b › c', reason: 'r' }]).record.quarantined.map((t) => t.id)).toEqual(['src/h.spec.ts › a \\› b › c']);
    expect(mk([{ glob: '* › b \\› c', reason: 'r' }]).record.quarantined.map((t) => t.id)).toEqual(['src/h.spec.ts › a › b \\› c']);
    expect(mk([{ glob: '* › a › b › c', reason: 'r' }]).unmatched).toEqual(['glob: * › a › b › c']);
  });
});

describe('compareTestRecords', () => {
  it('baseline failures of a module that failed to collect, or of a run that stopped, are not run, not removed', () => {
    const mk = (cases: TestCase[]) => buildTestRecord(cases, cases.length, [], (p) => p).record;
    const base = mk([
      { suite: 'pytest', classname: 'tests.test_broken', name: 'test_x', outcome: 'failed' },
      { suite: 'pytest', classname: 'tests.test_ok', name: 'test_y', outcome: 'failed' },
      { suite: 'pytest', classname: 'tests.test_ok', name: 'test_gone', outcome: 'failed' },
    ]);
    const now = mk([
      { suite: 'pytest', classname: '', name: 'tests.test_broken', outcome: 'errored', stopped: 'self' },
      { suite: 'pytest', classname: 'tests.test_ok', name: 'test_y', outcome: 'failed' },
    ]);
    expect(now.unrun).toEqual(['pytest › tests.test_broken › ']);
    const r = compareTestRecords(check(now), base);
    expect(r.notRun?.tests.map((t) => t.id)).toEqual(['pytest › tests.test_broken › test_x']);
    expect(r.removed.tests.map((t) => t.id)).toEqual(['pytest › tests.test_ok › test_gone']);
    // Nothing ran at all (pytest interrupted): every missing baseline failure is not run.
    const stopped = compareTestRecords(check({ ...mk([{ suite: 'pytest', classname: '', name: 'tests.test_broken', outcome: 'errored', stopped: 'self' }]), interrupted: true }), base);
    expect([stopped.notRun?.count, stopped.removed.count]).toEqual([3, 0]);
    // A jest suite that failed to load: its file's tests did not run.
    const jest = mk([{ suite: 'src/a.test.ts', classname: '', name: '(test suite failed to run)', outcome: 'errored', stopped: 'suite' }]);
    expect(jest.unrun).toEqual(['src/a.test.ts › ']);
  });

  it('sorts tests into newly failing, still failing, fixed, newly flaky and removed', () => {
    const base = record({ a: 'failed', b: 'failed', c: 'failed', d: 'passed', e: 'passed', gone: 'failed' });
    const now = record({ a: 'failed', b: 'failed', c: 'passed', d: 'failed', e: 'flaky', added: 'failed' });
    const r = compareTestRecords(check(now), base);
    expect(r.status).toBe('compared');
    expect(names(r.newlyFailing)).toEqual(['d', 'added']);
    expect(r.newlyFailing.tests.map((t) => t.inBaseline)).toEqual([true, false]);
    expect(r.newlyFailing.tests[0]).toMatchObject({ message: 'd broke', file: 'tests/test_a.py', line: 3 });
    expect(names(r.stillFailing)).toEqual(['a', 'b']);
    expect(names(r.fixed)).toEqual(['c']);
    expect(names(r.newlyFlaky)).toEqual(['e']);
    expect(names(r.removed)).toEqual(['gone']);
    expect(newTestFailureCount([r])).toBe(2);
  });

  it('a renamed failing test is a removed one and a newly failing new test; a parametrised case is its own test', () => {
    const base = record({ 'test_x[1-2]': 'failed', 'test_x[2-3]': 'passed', old_name: 'failed' });
    const now = record({ 'test_x[1-2]': 'failed', 'test_x[2-3]': 'failed', new_name: 'failed' });
    const r = compareTestRecords(check(now), base);
    expect(names(r.newlyFailing)).toEqual(['test_x[2-3]', 'new_name']);
    expect(r.newlyFailing.tests.map((t) => t.inBaseline)).toEqual([true, false]);
    expect(names(r.stillFailing)).toEqual(['test_x[1-2]']);
    expect(names(r.removed)).toEqual(['old_name']);
  });

  it('a capped baseline still compares every test: the digests hold them all, the lists only name the first', () => {
    const many = Object.fromEntries(Array.from({ length: TEST_LIST_CAP + 50 }, (_, i) => [`t${i}`, 'failed' as Outcome]));
    const base = record(many);
    expect(base.failing.length).toBe(TEST_LIST_CAP);
    expect(base.cut).toBe(50);
    // The last test was cut from the baseline's list; it still fails, so it is still failing, not new.
    const now = record({ fresh: 'failed', ...many, t0: 'passed' });
    const r = compareTestRecords(check(now), base);
    expect(r.newlyFailing.count).toBe(1);
    expect(names(r.newlyFailing)).toEqual(['fresh']);
    expect(r.stillFailing.count).toBe(TEST_LIST_CAP + 49);
    expect(r.fixed.count).toBe(1);
    // A new failure past this run's own cap is counted, not named.
    const late = compareTestRecords(check(record({ ...many, fresh: 'failed' })), base);
    expect([late.newlyFailing.count, late.newlyFailing.tests.length]).toEqual([1, 0]);
  });

  it('a partial baseline record does not call a failure new when the test is not in it', () => {
    const base = { ...record({ a: 'failed', b: 'passed' }), complete: false };
    const r = compareTestRecords(check(record({ a: 'failed', b: 'failed', c: 'failed' })), base);
    expect(names(r.newlyFailing)).toEqual(['b']);
    expect(r.unknown).toBe(1);
  });
});

describe('testRegressions', () => {
  it('says "no baseline test ids" for an older baseline instead of calling every failure new', () => {
    const now = check(record({ a: 'failed', b: 'failed' }));
    const [older] = testRegressions([now], [{ id: 'unit', status: 'fail' }]);
    expect(older).toMatchObject({ status: 'no-baseline-ids', reason: expect.stringContaining('no baseline test ids'), newlyFailing: { count: 0 } });
    const [errored] = testRegressions([now], [{ id: 'unit', status: 'error' }]);
    expect(errored!.reason).toBe('the check did not measure in the baseline (error)');
    const [absent] = testRegressions([now], []);
    expect(absent!.reason).toBe('the check is not in the baseline');
    expect(newTestFailureCount([older!, errored!, absent!])).toBe(0);
  });

  it('a waived check shows its regressions and does not count for the gate', () => {
    const [r] = testRegressions([{ ...check(record({ a: 'failed' })), status: 'waived' }], [{ id: 'unit', status: 'pass', tests: record({ a: 'passed' }) }]);
    expect(r!.newlyFailing.count).toBe(1);
    expect(r!.waived).toBe(true);
    expect(newTestFailureCount([r!])).toBe(0);
  });
});

describe('quarantine', () => {
  it('matches an exact id (brackets literal) or a glob where * crosses " › " and "/"', () => {
    const match = quarantineMatcher([
      { id: 'tests/test_a.py › test_x[1-2]', reason: 'flaky upstream' },
      { glob: 'tests/*/test_net.py › *', reason: 'needs network' },
      { glob: 'pkg › TestRetry?', reason: 'timing' },
    ]);
    expect(match('tests/test_a.py › test_x[1-2]')?.reason).toBe('flaky upstream');
    expect(match('tests/test_a.py › test_x1')).toBeUndefined();
    expect(match('tests/io/deep/test_net.py › Net › test_get')?.reason).toBe('needs network');
    expect(match('pkg › TestRetry2')?.reason).toBe('timing');
    expect(match('pkg › TestRetry22')).toBeUndefined();
  });

  it('quarantined tests leave the failing lists, the counts to subtract are by outcome, and they are not regressions', () => {
    const q = [{ glob: '* › flaky_*', reason: 'tracked in #12' }];
    const cases: TestCase[] = [
      { suite: 's', classname: '', name: 'flaky_a', outcome: 'failed' },
      { suite: 's', classname: '', name: 'flaky_b', outcome: 'passed' },
      { suite: 's', classname: '', name: 'real', outcome: 'failed' },
    ];
    const built = buildTestRecord(cases, 3, q, (p) => p);
    expect(built.record.failing.map((t) => t.id)).toEqual(['s › real']);
    expect(built.record.quarantined.map((t) => [t.id, t.outcome, t.reason])).toEqual([
      ['s › flaky_a', 'failed', 'tracked in #12'],
      ['s › flaky_b', 'passed', 'tracked in #12'],
    ]);
    expect(built.quarantinedCounts).toMatchObject({ failed: 1, passed: 1 });
    const base = buildTestRecord([{ suite: 's', classname: '', name: 'flaky_a', outcome: 'passed' }, { suite: 's', classname: '', name: 'real', outcome: 'failed' }], 2, [], (p) => p).record;
    const r = compareTestRecords(check(built.record), base);
    expect(r.newlyFailing.count).toBe(0);
    expect(r.stillFailing.count).toBe(1);
  });

  it('a suite that is an absolute path becomes workspace-relative, so checkouts in different folders agree', () => {
    const c = (suite: string): TestCase => ({ suite, classname: 'sum', name: 'adds', outcome: 'failed' });
    const a = buildTestRecord([c('/tmp/one/src/a.test.ts')], 1, [], (p) => p.replace('/tmp/one/', '')).record;
    const b = buildTestRecord([c('/tmp/two/src/a.test.ts')], 1, [], (p) => p.replace('/tmp/two/', '')).record;
    expect(a.failing[0]!.id).toBe('src/a.test.ts › sum › adds');
    expect(a.digest).toEqual(b.digest);
  });
});

describe('no-new-test-failures (ratchet)', () => {
  const report = (tests: NonNullable<Report['baseline']>['tests']): Report =>
    ({ passed: true, gateReason: '', score: 80, checks: [], baseline: { status: 'compared', delta: 0, previous: { score: 80, grade: 'B', sha: '', date: '', runId: '' }, changes: [], ...(tests ? { tests } : {}) } }) as unknown as Report;

  it('fails the gate on newly failing tests only, naming them', () => {
    const base = record({ a: 'failed', b: 'failed', c: 'failed', d: 'passed' });
    const stillOnly = testRegressions([check(record({ a: 'failed', b: 'failed', c: 'failed', d: 'passed' }))], [{ id: 'unit', tests: base }]);
    expect(applyRatchet(report(stillOnly), { noNewTestFailures: true })).toMatchObject({ passed: true, ratchet: { status: 'passed', noNewTestFailures: true } });
    const broke = testRegressions([check(record({ a: 'failed', b: 'failed', c: 'failed', d: 'failed' }))], [{ id: 'unit', tests: base }]);
    const out = applyRatchet(report(broke), { noNewTestFailures: true });
    expect(out.passed).toBe(false);
    expect(out.gateReason).toBe('a test that did not fail in the baseline now fails: tests/test_a.py › d (no-new-test-failures)');
  });

  it('does not fail on a baseline without test ids', () => {
    const older = testRegressions([check(record({ a: 'failed' }))], [{ id: 'unit', status: 'fail' }]);
    expect(applyRatchet(report(older), { noNewTestFailures: true }).passed).toBe(true);
  });
});
