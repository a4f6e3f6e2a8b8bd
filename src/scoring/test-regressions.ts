// Test regressions by name: each tests check's record (types.ts TestRecord) against the same
// check's record in the baseline. Pure set arithmetic on the records' digests, so that the capped
// lists only limit the names shown, never the counts.
import { digestSet, idHash } from './test-digest.js';
import type { CheckRegressions, CheckStatus, Counted, TestRecord, TestRef } from '../types.js';

/** What a check brings to the comparison: its id, title, status and record. */
export interface RecordedCheck {
  id: string;
  title: string;
  status: CheckStatus;
  tests?: TestRecord;
}

const empty = <T>(): Counted<T> => ({ count: 0, tests: [] });

function picked(refs: readonly TestRef[], hashes: ReadonlySet<string>, count: number): Counted<TestRef> {
  return { count, tests: refs.filter((r) => hashes.has(idHash(r.id))) };
}

/** One check's tests against the baseline's record of the same check. */
export function compareTestRecords(check: RecordedCheck, base: TestRecord): CheckRegressions {
  const cur = check.tests!;
  const curFailing = digestSet(cur.digest.failing);
  const curAll = digestSet(cur.digest.all);
  const curQuarantined = new Set(cur.quarantined.map((q) => idHash(q.id)));
  const baseFailing = digestSet(base.digest.failing);
  const baseFlaky = digestSet(base.digest.flaky);
  const baseAll = digestSet(base.digest.all);

  const newly = new Set<string>();
  const still = new Set<string>();
  let unknown = 0;
  for (const h of curFailing) {
    if (baseFailing.has(h)) still.add(h);
    // A partial baseline record cannot say the test passed then: it is not called new.
    else if (!base.complete && !baseAll.has(h)) unknown++;
    else newly.add(h);
  }
  const fixed = new Set<string>();
  const removed = new Set<string>();
  const notRun = new Set<string>();
  // Baseline failures whose module, suite or package did not run now; told by id, so only among
  // the baseline's listed failures (the rest of a capped list stays "removed").
  const unrun = cur.unrun ?? [];
  const stopped = new Set(base.failing.filter((r) => cur.interrupted || unrun.some((p) => r.id.startsWith(p))).map((r) => idHash(r.id)));
  for (const h of baseFailing) {
    if (curFailing.has(h) || curQuarantined.has(h)) continue;
    // With every test of this run hashed, a failure of the baseline that did not run is removed.
    if (curAll.has(h) || !cur.complete) fixed.add(h);
    else if (stopped.has(h)) notRun.add(h);
    else removed.add(h);
  }
  const newlyFlaky = new Set([...digestSet(cur.digest.flaky)].filter((h) => !baseFlaky.has(h)));
  return {
    id: check.id,
    title: check.title,
    status: 'compared',
    newlyFailing: { count: newly.size, tests: cur.failing.filter((r) => newly.has(idHash(r.id))).map((r) => ({ ...r, inBaseline: baseAll.has(idHash(r.id)) })) },
    stillFailing: picked(cur.failing, still, still.size),
    fixed: picked(base.failing, fixed, fixed.size),
    newlyFlaky: picked(cur.flaky, newlyFlaky, newlyFlaky.size),
    removed: picked(base.failing, removed, removed.size),
    ...(notRun.size > 0 ? { notRun: picked(base.failing, notRun, notRun.size) } : {}),
    unknown,
    quarantined: cur.quarantined,
    ...(check.status === 'waived' ? { waived: true } : {}),
  };
}

/**
 * Every tests check of this run that recorded its tests, against the baseline's checks. A check
 * the baseline did not record (a report from before test ids were kept, a check that did not
 * measure or did not exist then) says so instead of calling all its failures new.
 */
export function testRegressions(current: readonly RecordedCheck[], baseline: readonly { id: string; status?: CheckStatus; tests?: TestRecord }[]): CheckRegressions[] {
  const before = new Map(baseline.map((b) => [b.id, b]));
  const out: CheckRegressions[] = [];
  for (const c of current) {
    if (!c.tests) continue;
    const b = before.get(c.id);
    if (b?.tests) {
      out.push(compareTestRecords(c, b.tests));
      continue;
    }
    const reason = !b ? 'the check is not in the baseline' : b.status === 'error' || b.status === 'skipped' ? `the check did not measure in the baseline (${b.status})` : 'no baseline test ids (the baseline report is older than test ids)';
    out.push({
      id: c.id,
      title: c.title,
      status: 'no-baseline-ids',
      reason,
      newlyFailing: empty(),
      stillFailing: empty(),
      fixed: empty(),
      newlyFlaky: empty(),
      removed: empty(),
      unknown: 0,
      quarantined: c.tests.quarantined,
      ...(c.status === 'waived' ? { waived: true } : {}),
    });
  }
  return out;
}

/** Newly failing tests that count for the gate: over compared checks that are not waived. */
export function newTestFailureCount(checks: readonly CheckRegressions[] | undefined): number {
  return (checks ?? []).filter((c) => c.status === 'compared' && !c.waived).reduce((n, c) => n + c.newlyFailing.count, 0);
}
