// Jest's `--json` output, which vitest's `json` reporter also writes: each test in
// testResults[].assertionResults, a suite that failed to run (a syntax error, a missing import) as
// one errored test, since neither runner counts it among its tests.
import type { Finding } from '../types.js';
import type { TestsResult } from './junit.js';
import { FindingList, ReaderError, isObject, parseJson } from './types.js';

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled', 'focused']);

function firstLine(text: string): string {
  // Jest's messages carry ANSI colours and start with a blank line or "●".
  const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of clean.split('\n')) {
    const t = line.trim();
    if (t) return t.length > 300 ? `${t.slice(0, 297)}...` : t;
  }
  return '';
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
  const rel = (file: unknown): string | undefined => {
    if (typeof file !== 'string' || !file) return undefined;
    return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  };
  for (const suite of report.testResults) {
    if (!isObject(suite)) continue;
    const file = rel(suite.name ?? suite.testFilePath);
    const tests = Array.isArray(suite.assertionResults) ? suite.assertionResults : Array.isArray(suite.testResults) ? suite.testResults : [];
    for (const t of tests) {
      if (!isObject(t)) continue;
      counts.total++;
      const status = String(t.status);
      if (status === 'passed') {
        counts.passed++;
        // jest-circus retries: a test that passed after failing is flaky.
        if (Array.isArray(t.retryReasons) && t.retryReasons.length > 0) counts.flaky++;
        continue;
      }
      if (SKIPPED.has(status)) {
        counts.skipped++;
        continue;
      }
      counts.failed++;
      const titles = [...(Array.isArray(t.ancestorTitles) ? t.ancestorTitles : []), t.title].filter((x): x is string => typeof x === 'string' && x !== '');
      const messages = Array.isArray(t.failureMessages) ? t.failureMessages.filter((m): m is string => typeof m === 'string') : [];
      const line = isObject(t.location) && typeof t.location.line === 'number' && t.location.line > 0 ? t.location.line : undefined;
      const message = messages.length > 0 ? firstLine(messages[0]!) : '';
      findings.add({ ...(file ? { file } : {}), ...(line ? { line } : {}), severity: 'error', rule: 'test-failure', message: `${titles.join(' › ')}${message ? `: ${message}` : ''}` } satisfies Finding);
    }
    // A suite that failed without failing tests did not run: its own error is the finding.
    const suiteFailed = suite.status === 'failed' && !tests.some((t) => isObject(t) && t.status === 'failed');
    if (suiteFailed) {
      counts.total++;
      counts.errored++;
      const message = typeof suite.message === 'string' ? firstLine(suite.message) : isObject(suite.testExecError) && typeof suite.testExecError.message === 'string' ? firstLine(suite.testExecError.message) : '';
      findings.add({ ...(file ? { file } : {}), severity: 'error', rule: 'test-error', message: `test suite failed to run${message ? `: ${message}` : ''}` });
    }
  }
  const ran = counts.total - counts.skipped;
  return { ...counts, passRate: ran > 0 ? (counts.passed / ran) * 100 : null, findings: findings.items, findingsTotal: findings.total };
}
