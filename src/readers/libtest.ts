// Rust's libtest text output (`cargo test`): one "test result:" line per test binary and doc-test
// run, summed, so the totals are cargo's own. A binary that crashed (a signal, an abort) prints no
// result line; cargo's "process didn't exit successfully" for it counts as one errored test.
import type { TestsResult } from './junit.js';
import type { Finding } from '../types.js';
import { CaseList, type CaseOutcome } from './test-cases.js';
import { FindingList, ReaderError } from './types.js';

const RESULT = /^test result: (ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; (\d+) filtered out/gm;
/** A test's line; doc-test names have spaces ("src/lib.rs - add (line 5)"). */
const TEST_LINE = /^test (.+?) \.\.\. (ok|FAILED|ignored)\b/;
/** The binary a run of tests belongs to: `Running unittests src/lib.rs (target/…)`, or `Doc-tests name`. */
const RUNNING = /^\s*Running (?:unittests |tests |benches )?(\S+)|^\s*Doc-tests (\S+)/;
const SECTION = /^---- (.+?) stdout ----$/;
/** Rust ≥ 1.73: `panicked at src/lib.rs:10:9:` then the message; earlier: `panicked at 'message', src/lib.rs:10:9`. */
const PANIC_NEW = /panicked at ([^\s']+):(\d+):\d+:$/;
const PANIC_OLD = /panicked at '(.*)', ([^\s']+):(\d+):\d+/;
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
  const cases = new CaseList();
  const panics = new Map<string, { message?: string; file?: string; line?: number }>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const section = SECTION.exec(lines[i]!);
    if (!section) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 40) && !/^(---- |failures:$)/.test(lines[j]!); j++) {
      const now = PANIC_NEW.exec(lines[j]!);
      const old = now ? undefined : PANIC_OLD.exec(lines[j]!);
      if (now) panics.set(section[1]!, { file: now[1]!, line: Number(now[2]), ...(lines[j + 1]?.trim() ? { message: lines[j + 1]!.trim().slice(0, 300) } : {}) });
      else if (old) panics.set(section[1]!, { message: old[1]!.slice(0, 300), file: old[2]!, line: Number(old[3]) });
      if (now || old) break;
    }
  }
  let suite = '';
  for (const raw of lines) {
    const running = RUNNING.exec(raw);
    if (running) {
      // An old cargo names the binary, whose hash changes with every build.
      suite = running[1] ? running[1].replace(/-[0-9a-f]{16}$/, '') : `doc-tests ${running[2]}`;
      continue;
    }
    const m = TEST_LINE.exec(raw);
    if (!m) continue;
    const outcome: CaseOutcome = m[2] === 'ok' ? 'passed' : m[2] === 'ignored' ? 'skipped' : 'failed';
    const id = { suite, classname: '', name: m[1]! };
    if (outcome !== 'failed') {
      cases.add({ ...id, outcome });
      continue;
    }
    const panic = panics.get(m[1]!);
    const finding: Finding = { ...(panic?.file ? { file: panic.file, line: panic.line! } : {}), severity: 'error', rule: 'test-failure', message: `${m[1]} failed${panic?.message ? `: ${panic.message}` : ''}` };
    const kept = findings.add(finding);
    cases.add({ ...id, outcome, ...panic, ...(kept ? { finding } : {}) });
  }
  // A failing binary also ends in "didn't exit successfully"; those beyond the FAILED results crashed.
  const crashes = [...text.matchAll(CRASH)];
  for (const c of crashes.slice(failedBinaries)) {
    counts.total++;
    counts.errored++;
    const finding: Finding = { severity: 'error', rule: 'test-error', message: `a test binary crashed: ${c[0].slice(0, 280)}` };
    const kept = findings.add(finding);
    cases.add({ suite: '', classname: '', name: `(test binary crashed: ${/`([^`]+)`/.exec(c[0])?.[1]?.replace(/-[0-9a-f]{16}$/, '') ?? 'unknown'})`, outcome: 'errored', message: c[0].slice(0, 300), ...(kept ? { finding } : {}) });
  }
  // Past 2^53 a sum is rounded (1e23 + 1 is 1e23): a failure could vanish into the total.
  const huge = Object.entries(counts).find(([, n]) => !Number.isSafeInteger(n));
  if (huge) throw new ReaderError(`test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge[0]}: ${huge[1]}): not the output of a real cargo test run`);
  if (results === 0 && counts.errored === 0) throw new ReaderError('no "test result:" line: the tests did not run (a build error?); expected the output of cargo test');
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total, cases: cases.items, casesTotal: cases.total };
}
