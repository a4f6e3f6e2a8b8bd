// `tests`: JUnit XML (or jest/vitest JSON, cargo test output, go test -json) → pass rate against min-pass-rate; any errored test (a suite that failed to
// load or compile) fails the check even when the pass rate is met, and so does a test command that exited non-zero,
// unless only quarantined tests failed.
import type { TestsResult } from '../readers/junit.js';
import { createTestsReader } from '../readers/test-results.js';
import type { RawCheck } from '../config/schema.js';
import type { Finding } from '../types.js';
import { buildFailures, describeFailure, firstErrorLine } from '../readers/build-failures.js';
import { parseInput, runReaderCheck, workspacePath } from './reader-check.js';
import type { TestCase } from '../readers/test-cases.js';
import { buildTestRecord } from './test-record.js';
import { resolveGoLocations } from './go-locations.js';
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
      const total: Omit<TestsResult, 'passRate' | 'findings' | 'cases'> = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, findingsTotal: 0, casesTotal: 0 };
      let findings: Finding[] = [];
      const cases: TestCase[] = [];
      for (const input of inputs) {
        const r = await parseInput(input, async () => {
          const reader = createTestsReader(options.format);
          await input.stream((chunk) => reader.write(chunk));
          return reader.end();
        });
        for (const k of ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'findingsTotal', 'casesTotal'] as const) total[k] += r[k];
        findings.push(...r.findings);
        for (const c of r.cases) cases.push(c);
      }
      // Counts past 2^53 are rounded, and a failure can vanish in them (1e23 + 1 === 1e23).
      const huge = (['total', 'passed', 'failed', 'errored', 'skipped'] as const).find((k) => !Number.isSafeInteger(total[k]));
      if (huge) return { status: 'error', score: 0, summary: `test counts beyond ${Number.MAX_SAFE_INTEGER} (${huge}: ${total[huge]}) cannot be counted exactly`, metrics: {}, findings };
      // A run that failed is never a pass (SPEC §4): what failed to build, compile, collect or load
      // is named from the command's own text and counts as errored; a failure with no such unit
      // and no failed test counts the run itself as one errored unit.
      const exit = command && !command.signal ? command.exitCode : null;
      const failedRun = exit !== null && exit !== 0;
      const units = failedRun ? buildFailures(command!.output) : [];
      // What the reader itself found failing, before units and the run are added: the quarantine
      // rule below needs to know the exit had failures to explain it.
      const readerFailures = total.failed + total.errored;
      let addedUnits = 0;
      for (const u of units) {
        const dotted = u.unit.replace(/\.py$/, '').replace(/\//g, '.');
        const at = findings.findIndex((f) => f.severity === 'error' && f.rule !== 'test-failure' && (f.message.startsWith(`${u.unit} `) || f.message.includes(u.unit) || f.message.includes(dotted)));
        if (at >= 0) {
          const f = findings[at]!;
          if (u.cause && !f.message.includes(u.cause)) findings[at] = { ...f, message: `${f.message.replace(/: collection failure$/, ': failed to collect')}: ${u.cause}` };
          continue;
        }
        addedUnits++;
        total.total++;
        total.errored++;
        total.casesTotal++;
        const finding: Finding = { severity: 'error', rule: 'test-error', message: describeFailure(u) };
        findings.push(finding);
        cases.push({ suite: '', classname: '', name: u.unit, outcome: 'errored', ...(u.cause ? { message: u.cause } : {}), finding });
      }
      const why = units[0] ? describeFailure(units[0]) : failedRun ? firstErrorLine(command!.output) : undefined;
      if (failedRun && total.failed + total.errored === 0) {
        total.total++;
        total.errored++;
        total.casesTotal++;
        const finding: Finding = { severity: 'error', rule: 'test-error', message: `the test command exited ${exit}${why ? `: ${why}` : ''}` };
        findings.push(finding);
        cases.push({ suite: '', classname: '', name: '(the test command failed)', outcome: 'errored', ...(why ? { message: why } : {}), finding });
      }
      // go test's places are relative to the package: made real paths through go.mod.
      resolveGoLocations(cases, ctx.cwd, ctx.workspace);
      // Quarantined tests are reported and leave the counts (and their findings the check).
      const built = buildTestRecord(cases, total.casesTotal, options.quarantine ?? [], (w) => workspacePath(w, ctx) ?? w);
      const q = built.quarantinedCounts;
      const quarantined = q.passed + q.failed + q.errored + q.skipped + q.flaky;
      if (quarantined > 0) {
        total.total -= quarantined;
        total.passed -= q.passed + q.flaky;
        total.flaky -= q.flaky;
        total.failed -= q.failed;
        total.errored -= q.errored;
        total.skipped -= q.skipped;
        findings = findings.filter((f) => !built.quarantinedFindings.has(f));
      }
      const tests = built.unmatched.length > 0 ? { ...built.record, unmatchedQuarantine: built.unmatched } : built.record;
      // A non-zero exit explained by quarantined failures alone (the reader found failures, all of
      // them quarantined, and nothing else failed: no unit that did not build or load, every case
      // read) does not fail the run: the status follows the pass rate over the other tests.
      const quarantinedFailures = q.failed + q.errored;
      const explained =
        failedRun && readerFailures > 0 && addedUnits === 0 && quarantinedFailures > 0 && total.failed + total.errored === 0 && cases.length >= total.casesTotal;
      const ran = total.total - total.skipped;
      let passRate = ran > 0 ? (total.passed / ran) * 100 : null;
      // A failure is never "100% passed", however many passed beside it (99.96 would print as 100.0).
      if (passRate !== null && passRate.toFixed(1) === '100.0' && total.passed < ran) passRate = 99.9;
      const metrics = { total: total.total, passed: total.passed, failed: total.failed, errored: total.errored, skipped: total.skipped, flaky: total.flaky, passRate, ...(quarantined > 0 ? { quarantined } : {}) };
      const target = `pass rate ≥ ${pct(minPassRate)}`;
      if (total.total === 0) return { status: 'error', score: 0, summary: quarantined > 0 ? `every test is quarantined (${quarantined})` : 'the report has no test cases', metrics, findings, tests };
      if (passRate === null) return { status: 'error', score: 0, summary: `no test ran (${total.skipped} skipped)`, metrics, findings, tests };
      const exited = explained
        ? `; exit ${exit} from ${quarantinedFailures} quarantined failure${quarantinedFailures === 1 ? '' : 's'}`
        : failedRun
          ? `; the command exited ${exit}${why ? `: ${why}` : ''}`
          : '';
      // pytest stops at collection errors: nothing ran, and its JUnit holds only the errors.
      const collection = findings.filter((f) => /: (?:collection failure|failed to collect)(?:$|: )/.test(f.message)).length;
      if (total.passed + total.failed === 0 && collection > 0) {
        const collected = /collected (\d+) items?(?: \/ \d+ errors?)?/.exec(command?.output ?? '')?.[1];
        const summary = `interrupted: ${collected !== undefined ? `${collected} collected, ` : ''}${collection} collection error${collection === 1 ? '' : 's'}; no test ran${exited}`;
        return { status: 'fail', score: 0, summary, target, metrics: { ...metrics, collectionErrors: collection }, findings, tests: { ...tests, interrupted: true } };
      }
      // Nothing ran because the code did not build: the project's own failure, not a lack of data.
      if (total.passed + total.failed === 0) {
        return { status: 'fail', score: 0, summary: `no test ran: ${total.errored} errored${exited || (findings[0] ? `; ${findings[0].message}` : '')}`, target, metrics, findings, tests: { ...tests, interrupted: true } };
      }
      const parts = [`${pct(passRate)} passed (${total.passed}/${ran})`];
      if (total.failed) parts.push(`${total.failed} failed`);
      if (total.errored) parts.push(`${total.errored} errored`);
      if (total.skipped) parts.push(`${total.skipped} skipped`);
      if (total.flaky) parts.push(`${total.flaky} flaky`);
      if (quarantined) parts.push(`${quarantined} quarantined`);
      let summary = `${parts.join(', ')}, target ${pct(minPassRate)}`;
      const passed = passRate >= minPassRate && total.errored === 0 && (!failedRun || explained);
      if (total.errored > 0 && passRate >= minPassRate) summary += '; errored tests (suites that failed to load or run) fail the check';
      summary += exited;
      return { status: passed ? 'pass' : 'fail', score: passRate, summary, target, metrics, findings, tests };
    });
  },
};
