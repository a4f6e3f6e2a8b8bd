// Step outputs (SPEC §5) as strings, computed from the report.
import type { Report } from '../types.js';
import { newTestFailureCount } from '../scoring/test-regressions.js';

export const Outputs = {
  Score: 'score',
  Grade: 'grade',
  Passed: 'passed',
  Threshold: 'threshold',
  FailedChecks: 'failed-checks',
  Report: 'report',
  Categories: 'categories',
  NewCodePassed: 'new-code-passed',
  NewCodeScore: 'new-code-score',
  NewFindings: 'new-findings',
  PatchCoverage: 'patch-coverage',
  ChangedLines: 'changed-lines',
  BenchmarksRegressed: 'benchmarks-regressed',
  BenchmarksInconclusive: 'benchmarks-inconclusive',
  NewTestFailures: 'new-test-failures',
  Level: 'level',
  NextLevel: 'next-level',
} as const;

/** Newly failing tests against the baseline; '' when no tests check could be compared by test id. */
export function newTestFailuresOutput(report: Report): string {
  const checks = report.baseline?.tests ?? [];
  return checks.some((c) => c.status === 'compared') ? String(newTestFailureCount(checks)) : '';
}

/** Benchmarks regressed and inconclusive over every benchmark check that measured. */
export function benchmarkCounts(report: Report): { regressed: number; inconclusive: number } {
  let regressed = 0;
  let inconclusive = 0;
  for (const c of report.checks) {
    if (c.kind !== 'benchmark') continue;
    if (typeof c.metrics.regressed === 'number') regressed += c.metrics.regressed;
    if (typeof c.metrics.inconclusive === 'number') inconclusive += c.metrics.inconclusive;
  }
  return { regressed, inconclusive };
}

/** Checks that count against the score or the gate: failed, errored, or required and skipped (not those phased in later). */
export function failedCheckIds(report: Report): string[] {
  return report.checks.filter((c) => c.enforcement?.state !== 'pending').filter((c) => c.status === 'fail' || c.status === 'error' || (c.required && c.status === 'skipped')).map((c) => c.id);
}

export function outputValues(report: Report, reportPath: string): Record<(typeof Outputs)[keyof typeof Outputs], string> {
  return {
    [Outputs.Score]: report.score === null ? '' : report.score.toFixed(1),
    [Outputs.Grade]: report.grade ?? '',
    [Outputs.Passed]: String(report.passed),
    [Outputs.Threshold]: String(report.threshold),
    [Outputs.FailedChecks]: JSON.stringify(failedCheckIds(report)),
    [Outputs.Report]: reportPath,
    [Outputs.Categories]: JSON.stringify(
      report.categories.map((c) => ({ id: c.id, title: c.title, score: c.score, points: c.points, maxPoints: c.maxPoints })),
    ),
    ...newCodeOutputs(report),
    [Outputs.BenchmarksRegressed]: String(benchmarkCounts(report).regressed),
    [Outputs.BenchmarksInconclusive]: String(benchmarkCounts(report).inconclusive),
    [Outputs.NewTestFailures]: newTestFailuresOutput(report),
    [Outputs.Level]: report.levels?.reached ?? '',
    [Outputs.NextLevel]: report.levels?.next ?? '',
  };
}

/** The new-code outputs: empty strings when there is no new-code view. */
function newCodeOutputs(report: Report): Record<'new-code-passed' | 'new-code-score' | 'new-findings' | 'patch-coverage' | 'changed-lines', string> {
  const n = report.newCode;
  const view = n && n.source !== 'none' ? n : undefined;
  return {
    [Outputs.NewCodePassed]: n ? String(n.passed) : '',
    [Outputs.NewCodeScore]: view && view.score !== null ? view.score.toFixed(1) : '',
    [Outputs.NewFindings]: view ? String(view.findings.total) : '',
    [Outputs.PatchCoverage]: view?.coverage?.pct !== null && view?.coverage?.pct !== undefined ? (Math.floor(view.coverage.pct * 10) / 10).toFixed(1) : '',
    [Outputs.ChangedLines]: view ? String(view.changedLines) : '',
  };
}
