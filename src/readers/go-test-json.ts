// `go test -json` (test2json events): each test and subtest's last pass/fail/skip, as gotestsum
// counts them; a package that failed with no failed test (a build error) is one errored test.
import type { Finding } from '../types.js';
import type { TestsResult } from './junit.js';
import { CaseList } from './test-cases.js';
import { FindingList, ReaderError, isObject } from './types.js';

/** Whether the text's first line is a test2json event. */
export function isGoTestJson(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  try {
    const v: unknown = JSON.parse(first);
    return isObject(v) && typeof v.Action === 'string' && ('Package' in v || 'Time' in v);
  } catch {
    return false;
  }
}

export function readGoTestJson(text: string): TestsResult {
  const tests = new Map<string, { pkg: string; test: string; action: string; output: string[] }>();
  const packages = new Map<string, { action?: string; output: string[] }>();
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    // go test (Go ≤ 1.23) prints build errors as plain text between the events; its
    // `FAIL <pkg> [build failed]` line is the only sign on stdout of a package that never ran.
    if (!line.startsWith('{')) {
      const failed = /^FAIL\s+(\S+) \[(?:build|setup) failed\]/.exec(line);
      if (failed) {
        const p = packages.get(failed[1]!) ?? { output: [] };
        p.action = 'build-fail';
        packages.set(failed[1]!, p);
      }
      continue;
    }
    let e: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(line);
      if (!isObject(v)) continue;
      e = v;
    } catch (err) {
      throw new ReaderError(`malformed go test -json line: ${(err as Error).message}`, lineNo);
    }
    const pkg = typeof e.Package === 'string' ? e.Package : typeof e.ImportPath === 'string' ? e.ImportPath : '';
    const action = String(e.Action);
    const output = typeof e.Output === 'string' ? e.Output : '';
    if (typeof e.Test === 'string') {
      const key = `${pkg}\u0000${e.Test}`;
      let t = tests.get(key);
      if (!t) tests.set(key, (t = { pkg, test: e.Test, action: 'run', output: [] }));
      if (action === 'pass' || action === 'fail' || action === 'skip') t.action = action;
      else if (action === 'output' && t.output.length < 50) t.output.push(output);
      continue;
    }
    let p = packages.get(pkg);
    if (!p) packages.set(pkg, (p = { output: [] }));
    if (action === 'pass' || action === 'fail' || action === 'skip' || action === 'build-fail') p.action = action;
    else if ((action === 'output' || action === 'build-output') && p.output.length < 50) p.output.push(output);
  }
  if (tests.size === 0 && packages.size === 0) throw new ReaderError('no go test -json events; expected the output of go test -json');
  const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  const findings = new FindingList();
  const cases = new CaseList();
  const failedPackages = new Set<string>();
  for (const t of tests.values()) {
    counts.total++;
    const id = { suite: t.pkg, classname: '', name: t.test };
    if (t.action === 'pass') {
      counts.passed++;
      cases.add({ ...id, outcome: 'passed' });
    } else if (t.action === 'skip') {
      counts.skipped++;
      cases.add({ ...id, outcome: 'skipped' });
    } else {
      // "run" with no end: the test binary died (a panic, a timeout) while this test ran.
      counts.failed++;
      failedPackages.add(t.pkg);
      const where = t.output.map((o) => /^\s+(\S+_test\.go):(\d+): (.*)$/.exec(o.trimEnd())).find(Boolean);
      const message = where ? where[3]!.trim() : t.action === 'run' ? 'did not finish' : '';
      const finding: Finding = { ...(where ? { file: where[1]!, line: Number(where[2]) } : {}), severity: 'error', rule: 'test-failure', message: `${t.pkg} › ${t.test}${message ? `: ${message}` : ''}` };
      const kept = findings.add(finding);
      cases.add({ ...id, outcome: 'failed', ...(message ? { message } : {}), ...(where ? { file: where[1]!, line: Number(where[2]) } : {}), ...(kept ? { finding } : {}) });
    }
  }
  for (const [pkg, p] of packages) {
    if ((p.action === 'fail' || p.action === 'build-fail') && !failedPackages.has(pkg)) {
      counts.total++;
      counts.errored++;
      const cause = p.output.map((o) => o.trim()).find((o) => o && !/^(FAIL|ok)\b/.test(o));
      const finding: Finding = { severity: 'error', rule: 'test-error', message: `${pkg || 'a package'} failed to ${p.action === 'build-fail' ? 'build' : 'build or run'}${cause ? `: ${cause.slice(0, 280)}` : ''}` };
      const kept = findings.add(finding);
      cases.add({ suite: pkg, classname: '', name: '(package failed to build or run)', outcome: 'errored', stopped: 'suite', ...(cause ? { message: cause.slice(0, 300) } : {}), ...(kept ? { finding } : {}) });
    }
  }
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total, cases: cases.items, casesTotal: cases.total };
}
