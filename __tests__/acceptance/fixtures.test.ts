// Acceptance: every real report in ../shared/fixtures/reports, read through the public engine.
// Each expected number was worked out from SPEC §3's semantics and the producer's behaviour, and
// cross-checked by an independent script (Python's ElementTree/json, outside this project).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import type { CheckResult, Report } from '../../src/types.js';
import { tempDir } from '../helpers.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'reports');
const available = existsSync(FIXTURES);

if (!available) {
  if (process.env.READINESS_REQUIRE_ACCEPTANCE) throw new Error(`acceptance fixtures missing at ${FIXTURES}`);
  console.warn(`\n  Acceptance suite NOT RUN: ${FIXTURES} not found (it lives in ../shared beside the project).\n`);
}

it.skipIf(available)('acceptance suite not run: ../shared/fixtures/reports is missing', () => {});

const tests = {
  // Root attributes agree here (tests=10 failures=4 skipped=2); the root is a bare <testsuite>.
  'junit/ant-junit-bare-testsuite.xml': { total: 10, passed: 4, failed: 4, errored: 0, skipped: 2, flaky: 0 },
  // go-junit-report writes build and setup failures as "[build failed]"/"[setup failed]" cases with <error>.
  'junit/go-junit-report-build-errors.xml': { total: 5, passed: 2, failed: 0, errored: 3, skipped: 0, flaky: 0 },
  'junit/go-junit-report-pass-fail-skip.xml': { total: 5, passed: 2, failed: 1, errored: 0, skipped: 2, flaky: 0 },
  // 60 <testcase> elements; the root claims tests="59" errors="1", which we never trust.
  'junit/gotestsum-report.xml': { total: 60, passed: 42, failed: 13, errored: 0, skipped: 5, flaky: 0 },
  'junit/jest-junit-jestrepo-large.xml': { total: 4239, passed: 4207, failed: 2, errored: 0, skipped: 30, flaky: 0 },
  'junit/jest-junit-small.xml': { total: 6, passed: 1, failed: 4, errored: 0, skipped: 1, flaky: 0 },
  // jest-junit writes a suite that failed to run (tsconfig error) as a test case with <error>.
  'junit/jest-junit-suite-failed-to-run.xml': { total: 2, passed: 0, failed: 0, errored: 2, skipped: 0, flaky: 0 },
  'junit/mocha-junit-reporter-calculator.xml': { total: 30, passed: 21, failed: 9, errored: 0, skipped: 0, flaky: 0 },
  // Three nested <testsuite> levels each repeat tests="30"; summing them would give 90.
  'junit/phpunit-nested-phpcheckstyle.xml': { total: 30, passed: 28, failed: 2, errored: 0, skipped: 0, flaky: 0 },
  'junit/pytest-raw-small.xml': { total: 3, passed: 1, failed: 2, errored: 0, skipped: 0, flaky: 0 },
  // pytest's root says tests="15"; there are 10 cases (xfail is written as <skipped>).
  'junit/pytest-skip-xfail.xml': { total: 10, passed: 6, failed: 2, errored: 0, skipped: 2, flaky: 0 },
  // testVersionStrings appears twice in one suite: skipped, then failed — not a rerun that passed,
  // so two separate tests.
  'junit/surefire-testng-pulsar-merged-large.xml': { total: 808, passed: 793, failed: 1, errored: 0, skipped: 14, flaky: 0 },
};

type Cov = Record<string, [number, number]>;
const coverage: Record<string, Cov> = {
  'lcov/c8-codelyze.info': { lines: [356, 393], branches: [41, 47], functions: [9, 15] },
  // grcov: many records per SF are merged; LF/LH are ignored where DA exists.
  'lcov/firefox-jscov-grcov-prova-large.info': { lines: [37719, 126463], branches: [7923, 67597], functions: [3403, 13897] },
  // The same gcovr run in four formats: 25/42 lines everywhere.
  'lcov/gcovr-nested-gcc5.lcov': { lines: [25, 42], branches: [4, 14], functions: [6, 10] },
  'cobertura/gcovr-nested-gcc5.xml': { lines: [25, 42], branches: [4, 14] },
  'jacoco/gcovr-nested-gcc5-jacoco.xml': { lines: [25, 42], branches: [4, 14], functions: [6, 10] },
  'clover/gcovr-nested-gcc5-clover.xml': { lines: [25, 42], statements: [25, 42], branches: [0, 0], functions: [0, 0] },
  // Trimmed file: the header still claims 2514/2661 lines; only the 19 <line> elements count.
  'cobertura/coveragepy-705-trimmed-header-mismatch.xml': { lines: [19, 19], branches: [4, 4] },
  'cobertura/coveragepy-gold-branch.xml': { lines: [4, 5], branches: [1, 2] },
  // UTF-8 BOM; coverlet's own header agrees (1212/1460 lines, 262/378 branches, branch="True").
  'cobertura/coverlet-edlib-bom-large.xml': { lines: [1212, 1460], branches: [262, 378] },
  // Report-level <counter> elements, as JaCoCo's own HTML report totals.
  'jacoco/jacoco-codingstyle.xml': { lines: [294, 323], branches: [109, 116], functions: [97, 102], instructions: [1260, 1350] },
  'jacoco/jacoco-analysis-model-large.xml': { lines: [5531, 5798], branches: [1544, 1749], functions: [1615, 1660], instructions: [24057, 25031] },
  // Clover 1.3: sums of file-level <metrics> (equal to the project's here); cond lines carry
  // truecount/falsecount instead of count.
  'clover/atlassian-clover-1.3.13-java.xml': { lines: [1, 17], statements: [2, 18], branches: [1, 2], functions: [1, 10] },
  // Trimmed istanbul Clover: the project <metrics> (169/193) describe files no longer in the file.
  'clover/istanbul-clover-jenkins-trimmed.xml': { lines: [143, 165], statements: [143, 165], branches: [21, 33], functions: [102, 137] },
  'clover/phpunit-clover-phpcsutils.xml': { lines: [79, 79], statements: [323, 323], branches: [0, 0], functions: [16, 16] },
  // istanbul-lib-coverage: lines from statement start lines, highest count per line.
  'istanbul/nyc-babylon-coverage-final-large.json': { lines: [2830, 2924], statements: [2973, 3086], functions: [322, 323], branches: [1753, 1876] },
  'istanbul/vitest-coverage-summary.json': { lines: [60, 145], statements: [62, 150], functions: [18, 29], branches: [23, 58] },
  // A block listed twice is one block (covered if any count > 0): 14 of 21 statements.
  'go/jenkins-atomic-duplicate-block.out': { statements: [14, 21] },
  'go/lefthook-coverage.out': { statements: [579, 1148] },
};

const sarif = {
  'sarif/bandit-1.9.3.sarif': { error: 0, warning: 1, note: 0, total: 1, suppressed: 0 },
  'sarif/clippy-sarif-empty.sarif': { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 },
  // Results carry no level; their rules' defaultConfiguration (error) is found only in tool.extensions.
  'sarif/codeql-2.2.5-java-rules-in-extensions.sarif': { error: 16, warning: 0, note: 0, total: 16, suppressed: 0 },
  // Every result has a suppression (eslint-disable comments).
  'sarif/eslint-8.56-all-suppressed.sarif': { error: 0, warning: 0, note: 0, total: 0, suppressed: 12 },
  // One result has baselineState "absent" (fixed since the baseline).
  'sarif/sarif-multitool-baselinestate-absent.sarif': { error: 23, warning: 2, note: 5, total: 30, suppressed: 1 },
  'sarif/semgrep-0.114-pygoat-large.sarif': { error: 15, warning: 31, note: 0, total: 46, suppressed: 0 },
};

const audit = {
  // RUSTSEC-2023-0071 (rsa), CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N = 5.9 → moderate.
  'audit/cargo-audit-1vuln-rsa.json': { total: 1, critical: 0, high: 0, moderate: 1, low: 0, unknown: 0, packages: 1 },
  'audit/cargo-audit-utf16le-bom.json': { total: 0, critical: 0, high: 0, moderate: 0, low: 0, unknown: 0, packages: 0 },
  // Only "warnings" (unmaintained crates): not vulnerabilities.
  'audit/cargo-audit-warnings-utf8bom.json': { total: 0, critical: 0, high: 0, moderate: 0, low: 0, unknown: 0, packages: 0 },
  // The advisories are 5; packages are 3 as npm's metadata counts them (github-build, vulnerable through a dependency, among them).
  'audit/npm-v2-audit-ci-allowlisted-path.json': { total: 5, critical: 0, high: 4, moderate: 1, low: 0, unknown: 0, packages: 3 },
  // Distinct advisories: 93; packages: 189, npm's metadata total (62 are named by an advisory itself).
  'audit/npm-v2-react-scripts-large.json': { total: 93, critical: 13, high: 36, moderate: 28, low: 16, unknown: 0, packages: 189 },
  // 73 vulnerability objects; two are aliases of others (GHSA ↔ CVE) → 71 advisories.
  'audit/osv-scanner-sbom-large.json': { total: 71, critical: 10, high: 27, moderate: 29, low: 5, unknown: 0, packages: 27 },
  // pip-audit gives no severities.
  'audit/pip-audit-tnfr.json': { total: 1, critical: 0, high: 0, moderate: 0, low: 0, unknown: 1, packages: 1 },
  // CVE-2019-1549 and CVE-2019-1551 each in libssl1.1 and libcrypto1.1.
  'audit/trivy-image-alpine310.json': { total: 2, critical: 0, high: 0, moderate: 2, low: 0, unknown: 0, packages: 2 },
  // The npm 6 advisories map; yarn's own metadata agrees (1 critical, 1 high, 1 moderate).
  'audit/yarn-berry-npm-audit-workspace.json': { total: 3, critical: 1, high: 1, moderate: 1, low: 0, unknown: 0, packages: 3 },
  // 14 auditAdvisory lines, one per path; yarn's summary counts those (3/5/6); 11 distinct advisories.
  'audit/yarn1-audit-duplicate-paths.jsonl': { total: 11, critical: 2, high: 4, moderate: 5, low: 0, unknown: 0, packages: 9 },
};

describe.runIf(available)('acceptance: real reports through the engine', () => {
  let report: Report;
  const byReport = new Map<string, CheckResult>();

  beforeAll(async () => {
    const lines = ['max-report-size: 64MiB', 'checks:'];
    const add = (kind: string, file: string, options = '') => {
      const id = `${kind}-${byReport.size}`;
      byReport.set(file, { id } as CheckResult);
      lines.push(`  - id: ${id}`, `    ${kind}: { reports: ${JSON.stringify(file)}${options} }`);
    };
    for (const f of Object.keys(tests)) add('tests', f);
    for (const f of Object.keys(coverage)) add('coverage', f, f.startsWith('go/') ? '' : ', metric: lines');
    for (const f of Object.keys(sarif)) add('sarif', f);
    for (const f of Object.keys(audit)) add('audit', f);
    const configDir = tempDir();
    const config = path.join(configDir, 'readiness.yml');
    writeFileSync(config, `${lines.join('\n')}\n`);
    report = await runEngine({ workspace: FIXTURES, config });
    expect(report.config.errors).toEqual([]);
    for (const [file, stub] of byReport) byReport.set(file, report.checks.find((c) => c.id === stub.id)!);
  }, 60_000);

  it.each(Object.entries(tests))('tests %s', (file, expected) => {
    const check = byReport.get(file)!;
    expect(check.status, check.summary).not.toBe('error');
    expect(check.metrics).toMatchObject(expected);
  });

  it.each(Object.entries(coverage))('coverage %s', (file, expected) => {
    const check = byReport.get(file)!;
    expect(check.status, check.summary).not.toBe('error');
    const got = Object.fromEntries(Object.entries(check.metrics as Record<string, { covered: number; total: number }>).map(([k, v]) => [k, [v.covered, v.total]]));
    expect(got).toEqual(expected);
  });

  it.each(Object.entries(sarif))('sarif %s', (file, expected) => {
    const check = byReport.get(file)!;
    expect(check.status, check.summary).not.toBe('error');
    expect(check.metrics).toMatchObject(expected);
  });

  it.each(Object.entries(audit))('audit %s', (file, expected) => {
    const check = byReport.get(file)!;
    expect(check.status, check.summary).not.toBe('error');
    expect(check.metrics).toEqual(expected);
  });

  it('turns an errored suite into a failed check even at a met pass rate, and keeps findings located', () => {
    expect(byReport.get('junit/jest-junit-suite-failed-to-run.xml')!.status).toBe('fail');
    const codeql = byReport.get('sarif/codeql-2.2.5-java-rules-in-extensions.sarif')!;
    expect(codeql.findings[0]).toMatchObject({ severity: 'error', file: expect.stringMatching(/\.java$/), line: expect.any(Number) });
  });
});
