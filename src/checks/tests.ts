// `tests`: JUnit XML (or jest/vitest JSON, cargo test output, go test -json) → pass rate against min-pass-rate; any errored test (a suite that failed to
// load or compile) fails the check even when the pass rate is met.
import type { TestsResult } from '../readers/junit.js';
import { createTestsReader } from '../readers/test-results.js';
import type { RawCheck } from '../config/schema.js';
import type { Finding } from '../types.js';
import { parseInput, runReaderCheck } from './reader-check.js';
import type { CheckKind } from './types.js';

type Options = NonNullable<RawCheck['tests']>;

function pct(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}

export const testsCheck: CheckKind = {
  kind: 'tests',
  execute(ctx) {
    const options = ctx.check.raw.tests as Options;
    const minPassRate = options['min-pass-rate'] ?? 100;
    return runReaderCheck(ctx, options.reports, async (inputs, command) => {
      const total: Omit<TestsResult, 'passRate' | 'findings'> = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0 };
      const findings: Finding[] = [];
      for (const input of inputs) {
        const r = await parseInput(input, async () => {
          const reader = createTestsReader(options.format);
          await input.stream((chunk) => reader.write(chunk));
          return reader.end();
        });
        for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal'] as const) total[k] += r[k];
        findings.push(...r.findings);
      }
      // Counts past 2^53 are rounded, and a failure can vanish in them (1e23 + 1 === 1e23).
      const huge = (['total', 'passed', 'failed', 'errored', 'skipped'] as const).find((k) => !Number.isSafeInteger(total[k]));
      if (huge) return { status: 'error', score: 0, summary: `test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge}: ${total[huge]}) cannot be counted exactly`, metrics: {}, findings };
      const ran = total.total - total.skipped;
      let passRate = ran > 0 ? (total.passed / ran) * 100 : null;
      // A failure is never "100% passed", however many passed beside it.
      if (passRate !== null && passRate >= 100 && total.passed < ran) passRate = 99.9;
      const metrics = { total: total.total, passed: total.passed, failed: total.failed, errored: total.errored, skipped: total.skipped, flaky: total.flaky, passRate };
      const target = `pass rate ≥ ${pct(minPassRate)}`;
      if (total.total === 0) return { status: 'error', score: 0, summary: 'the report has no test cases', metrics, findings };
      if (passRate === null) return { status: 'error', score: 0, summary: `no test ran (${total.skipped} skipped)`, metrics, findings };
      // pytest stops at collection errors: nothing ran, and its JUnit holds only the errors.
      const collection = findings.filter((f) => /: collection failure$/.test(f.message)).length;
      if (total.passed + total.failed === 0 && collection > 0) {
        const collected = /collected (\d+) items?(?: \/ \d+ errors?)?/.exec(command?.output ?? '')?.[1];
        const summary = `interrupted: ${collected !== undefined ? `${collected} collected, ` : ''}${collection} collection error${collection === 1 ? '' : 's'}; no test ran`;
        return { status: 'fail', score: 0, summary, target, metrics: { ...metrics, collectionErrors: collection }, findings };
      }
      const parts = [`${pct(Math.floor(passRate * 10) / 10)} passed (${total.passed}/${ran})`];
      if (total.failed) parts.push(`${total.failed} failed`);
      if (total.errored) parts.push(`${total.errored} errored`);
      if (total.skipped) parts.push(`${total.skipped} skipped`);
      if (total.flaky) parts.push(`${total.flaky} flaky`);
      let summary = `${parts.join(', ')}, target ${pct(minPassRate)}`;
      const passed = passRate >= minPassRate && total.errored === 0;
      if (total.errored > 0 && passRate >= minPassRate) summary += '; errored tests (suites that failed to load or run) fail the check';
      // No test failed, yet the command did: a build step outside the tests (Gradle's compile of
      // another project, a lint task, a coverage threshold). The totals stand; the summary says so.
      if (command && command.exitCode !== null && command.exitCode !== 0 && total.failed + total.errored === 0) summary += `; the command exited ${command.exitCode} with no test failing (its output says why)`;
      return { status: passed ? 'pass' : 'fail', score: passRate, summary, target, metrics, findings };
    });
  },
};
