// Rust's libtest text output (`cargo test`): one "test result:" line per test binary and doc-test
// run, summed, so the totals are cargo's own. A binary that crashed (a signal, an abort) prints no
// result line; cargo's "process didn't exit successfully" for it counts as one errored test.
import type { TestsResult } from './junit.js';
import { FindingList, ReaderError } from './types.js';

const RESULT = /^test result: (ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; (\d+) filtered out/gm;
const FAILED_TEST = /^test (\S+) \.\.\. FAILED$/gm;
const CRASH = /process didn't exit successfully: [^\n]*/g;

/** Whether the text is libtest output: it has at least one "test result:" line. */
export function isLibtest(text: string): boolean {
  return /^test result: (?:ok|FAILED)\. \d+ passed;/m.test(text);
}

export function readLibtest(text: string): TestsResult {
  const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  let results = 0;
  let failedBinaries = 0;
  for (const m of text.matchAll(RESULT)) {
    results++;
    if (m[1] === 'FAILED') failedBinaries++;
    const passed = Number(m[2]) + Number(m[5]);
    counts.passed += passed;
    counts.failed += Number(m[3]);
    counts.skipped += Number(m[4]);
    counts.total += passed + Number(m[3]) + Number(m[4]);
  }
  const findings = new FindingList();
  for (const m of text.matchAll(FAILED_TEST)) findings.add({ severity: 'error', rule: 'test-failure', message: `${m[1]} failed` });
  // A failing binary also ends in "didn't exit successfully"; those beyond the FAILED results crashed.
  const crashes = [...text.matchAll(CRASH)];
  for (const c of crashes.slice(failedBinaries)) {
    counts.total++;
    counts.errored++;
    findings.add({ severity: 'error', rule: 'test-error', message: `a test binary crashed: ${c[0].slice(0, 280)}` });
  }
  // Past 2^53 a sum is rounded (1e23 + 1 is 1e23): a failure could vanish into the total.
  const huge = Object.entries(counts).find(([, n]) => !Number.isSafeInteger(n));
  if (huge) throw new ReaderError(`test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge[0]}: ${huge[1]}): not the output of a real cargo test run`);
  if (results === 0 && counts.errored === 0) throw new ReaderError('no "test result:" line: the tests did not run (a build error?); expected the output of cargo test');
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}
