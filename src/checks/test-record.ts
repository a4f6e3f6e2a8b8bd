// A tests check's record of its tests by id (types.ts TestRecord): what failed, what was flaky,
// what is quarantined, capped lists for people and digests of every id for the comparison with the
// baseline (scoring/test-regressions.ts). Quarantined tests leave the counts here, before scoring.
import type { Finding, QuarantinedTest, TestRecord, TestRef } from '../types.js';
import { ID_SEPARATOR, testId, type TestCase } from '../readers/test-cases.js';
import { digestOf } from '../scoring/test-digest.js';

/** Failing (and flaky) tests listed by name in the report; the rest are counted and hashed. */
export const TEST_LIST_CAP = 200;
/** Quarantined tests listed in the report. */
export const QUARANTINE_LIST_CAP = 200;
/** Ids hashed into the record's `all` digest (8 characters each: 400 KB at most). */
export const DIGEST_CAP = 50_000;

/** One `tests.quarantine` entry: an exact test id or a glob, and why. */
export interface QuarantineEntry {
  id?: string;
  glob?: string;
  reason: string;
}

/**
 * A quarantine glob as a regular expression: `*` is any text (across " › " and "/"), `?` one
 * character, everything else literal, brackets too, since parametrised names carry them (`test_x[1-2]`).
 */
export function quarantineMatcher(entries: readonly QuarantineEntry[]): (id: string) => QuarantineEntry | undefined {
  const exact = new Map<string, QuarantineEntry>();
  const globs: { re: RegExp; entry: QuarantineEntry }[] = [];
  for (const e of entries) {
    if (e.id !== undefined) exact.set(e.id, e);
    if (e.glob !== undefined) {
      const source = e.glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '.*').replace(/\?/g, '.');
      globs.push({ re: new RegExp(`^${source}$`, 's'), entry: e });
    }
  }
  return (id) => exact.get(id) ?? globs.find((g) => g.re.test(id))?.entry;
}

export interface BuiltRecord {
  record: TestRecord;
  /** Quarantined tests by outcome, to take out of the counts. */
  quarantinedCounts: Record<TestRef['outcome'], number>;
  /** Findings of quarantined tests, to leave out of the check's findings. */
  quarantinedFindings: Set<Finding>;
  /** Quarantine entries that matched no test (a typo, a test since deleted), as `id: …` or `glob: …`. */
  unmatched: string[];
}

function ref(c: TestCase, id: string, file: (written: string) => string): TestRef {
  return { id, outcome: c.outcome, ...(c.message ? { message: c.message } : {}), ...(c.file ? { file: file(c.file) } : {}), ...(c.line ? { line: c.line } : {}) };
}

/**
 * The record of a check's tests. `suitePath` makes a suite that is a path (jest's test files)
 * relative to the workspace, so that ids agree between checkouts in different folders.
 */
export function buildTestRecord(cases: readonly TestCase[], casesTotal: number, quarantine: readonly QuarantineEntry[], suitePath: (written: string) => string): BuiltRecord {
  const matchEntry = quarantineMatcher(quarantine);
  const used = new Set<QuarantineEntry>();
  const match = (id: string) => {
    const e = matchEntry(id);
    if (e) used.add(e);
    return e;
  };
  const failing: TestRef[] = [];
  const flaky: TestRef[] = [];
  // Quarantined tests that failed come first: they are the ones someone has to look at.
  const quarantinedFailing: QuarantinedTest[] = [];
  const quarantinedOther: QuarantinedTest[] = [];
  const failingIds: string[] = [];
  const flakyIds: string[] = [];
  const all = new Set<string>();
  const quarantinedCounts: BuiltRecord['quarantinedCounts'] = { passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  const quarantinedFindings = new Set<Finding>();
  let cut = 0;
  let hashedAll = true;
  const unrun = new Set<string>();
  for (const c of cases) {
    const suite = /^(?:\/|[A-Za-z]:[\\/])/.test(c.suite) ? suitePath(c.suite) : c.suite;
    const id = testId({ ...c, suite });
    if (c.stopped && unrun.size < TEST_LIST_CAP) unrun.add(`${c.stopped === 'self' ? id : testId({ suite, classname: '', name: '' })}${ID_SEPARATOR}`);
    if (all.size < DIGEST_CAP) all.add(id);
    else if (!all.has(id)) hashedAll = false;
    const q = match(id);
    if (q) {
      quarantinedCounts[c.outcome]++;
      if (c.finding) quarantinedFindings.add(c.finding);
      const list = c.outcome === 'failed' || c.outcome === 'errored' ? quarantinedFailing : quarantinedOther;
      if (list.length < QUARANTINE_LIST_CAP) list.push({ ...ref(c, id, suitePath), reason: q.reason });
      continue;
    }
    if (c.outcome === 'failed' || c.outcome === 'errored') {
      failingIds.push(id);
      if (failing.length < TEST_LIST_CAP) failing.push(ref(c, id, suitePath));
      else cut++;
    } else if (c.outcome === 'flaky') {
      flakyIds.push(id);
      if (flaky.length < TEST_LIST_CAP) flaky.push(ref(c, id, suitePath));
      else cut++;
    }
  }
  return {
    record: {
      failing,
      flaky,
      quarantined: [...quarantinedFailing, ...quarantinedOther].slice(0, QUARANTINE_LIST_CAP),
      cut,
      digest: { failing: digestOf(failingIds), flaky: digestOf(flakyIds), all: digestOf(all) },
      complete: hashedAll && casesTotal <= cases.length,
      ...(unrun.size > 0 ? { unrun: [...unrun] } : {}),
    },
    // Only a record of every test can say an entry matched none (a capped one may hold it further on).
    unmatched: casesTotal <= cases.length ? quarantine.filter((e) => !used.has(e)).map((e) => (e.id !== undefined ? `id: ${e.id}` : `glob: ${e.glob ?? ''}`)) : [],
    quarantinedCounts,
    quarantinedFindings,
  };
}
