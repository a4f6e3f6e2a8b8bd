// Jest's `--json` output, which vitest's `json` reporter also writes: each test in
// testResults[].assertionResults, a suite that failed to run (a syntax error, a missing import) as
// one errored test, since neither runner counts it among its tests.
import type { Finding } from '../types.js';
import type { TestsResult } from './junit.js';
import { CaseList, firstMessageLine as firstLine } from './test-cases.js';
import { FindingList, ReaderError, isObject, parseJson } from './types.js';

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled', 'focused']);

/** Where a jest stack frame points into the test file: `at Object.<anonymous> (/repo/src/a.test.ts:12:5)`. */
function frameIn(messages: string[], file: string | undefined, abs: unknown): number | undefined {
  const paths = [file, typeof abs === 'string' ? abs : undefined].filter((p): p is string => !!p);
  for (const m of messages) {
    for (const p of paths) {
      const i = m.indexOf(`${p}:`);
      if (i < 0) continue;
      const line = /^:(\d+):\d+/.exec(m.slice(i + p.length))?.[1];
      if (line) return Number(line);
    }
  }
  return undefined;
}

/** Whether a parsed JSON value is a jest/vitest results object. */
export function isJestJson(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.testResults) && typeof json.numTotalTests === 'number';
}

export function readJestJson(text: string, root?: string): TestsResult {
  const json = parseJson(text, 'jest/vitest JSON');
  if (!isJestJson(json)) throw new ReaderError('not a jest/vitest JSON report: expected "numTotalTests" and a "testResults" list (jest --json, vitest --reporter=json)');
  const report = json as { testResults: unknown[] };
  const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
  const findings = new FindingList();
  const cases = new CaseList();
  const rel = (file: unknown): string | undefined => {
    if (typeof file !== 'string' || !file) return undefined;
    return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  };
  for (const suite of report.testResults) {
    if (!isObject(suite)) continue;
    const abs = suite.name ?? suite.testFilePath;
    const file = rel(abs);
    const tests = Array.isArray(suite.assertionResults) ? suite.assertionResults : Array.isArray(suite.testResults) ? suite.testResults : [];
    for (const t of tests) {
      if (!isObject(t)) continue;
      counts.total++;
      const status = String(t.status);
      const ancestors = (Array.isArray(t.ancestorTitles) ? t.ancestorTitles : []).filter((x): x is string => typeof x === 'string' && x !== '');
      const id = { suite: file ?? '', classname: ancestors, name: typeof t.title === 'string' ? t.title : '' };
      if (status === 'passed') {
        counts.passed++;
        // A test that passed after failing is flaky: jest-circus lists the retries in retryReasons,
        // vitest (--retry) keeps the failed attempts' messages on the passed test.
        const retried = (list: unknown) => Array.isArray(list) && list.some((m) => typeof m === 'string' && m !== '');
        const flaky = (Array.isArray(t.retryReasons) && t.retryReasons.length > 0) || retried(t.failureMessages);
        if (flaky) counts.flaky++;
        cases.add({ ...id, outcome: flaky ? 'flaky' : 'passed' });
        continue;
      }
      if (SKIPPED.has(status)) {
        counts.skipped++;
        cases.add({ ...id, outcome: 'skipped' });
        continue;
      }
      counts.failed++;
      const titles = [...ancestors, id.name].filter(Boolean);
      const messages = Array.isArray(t.failureMessages) ? t.failureMessages.filter((m): m is string => typeof m === 'string') : [];
      // The location jest gives with --testLocationInResults, else the stack's first frame in the test file.
      const line = isObject(t.location) && typeof t.location.line === 'number' && t.location.line > 0 ? t.location.line : frameIn(messages, file, abs);
      const message = messages.length > 0 ? firstLine(messages[0]!) : '';
      const finding: Finding = { ...(file ? { file } : {}), ...(line ? { line } : {}), severity: 'error', rule: 'test-failure', message: `${titles.join(' › ')}${message ? `: ${message}` : ''}` };
      const kept = findings.add(finding);
      cases.add({ ...id, outcome: 'failed', ...(message ? { message } : {}), ...(file ? { file } : {}), ...(line ? { line } : {}), ...(kept ? { finding } : {}) });
    }
    // A suite that failed without failing tests did not run: its own error is the finding.
    const suiteFailed = suite.status === 'failed' && !tests.some((t) => isObject(t) && t.status === 'failed');
    if (suiteFailed) {
      counts.total++;
      counts.errored++;
      const message = typeof suite.message === 'string' ? firstLine(suite.message) : isObject(suite.testExecError) && typeof suite.testExecError.message === 'string' ? firstLine(suite.testExecError.message) : '';
      const finding: Finding = { ...(file ? { file } : {}), severity: 'error', rule: 'test-error', message: `test suite failed to run${message ? `: ${message}` : ''}` };
      const kept = findings.add(finding);
      cases.add({ suite: file ?? '', classname: '', name: '(test suite failed to run)', outcome: 'errored', stopped: 'suite', ...(message ? { message } : {}), ...(file ? { file } : {}), ...(kept ? { finding } : {}) });
    }
  }
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total, cases: cases.items, casesTotal: cases.total };
}
