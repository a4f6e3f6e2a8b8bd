// End to end through the CLI: a baseline run where three tests fail, then a change that breaks one
// more; --no-new-test-failures fails on that one only, and the summary names it first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as cliMain } from '../../src/cli/main.js';
import { parseBaselineSource } from '../../src/github/baseline-source.js';
import { outputValues } from '../../src/report/outputs.js';
import { validateReport } from '../../src/report/report-schema.js';
import type { Report } from '../../src/types.js';
import { tempDir, writeFiles } from '../helpers.js';

/** A pytest-style JUnit report; failing names get a traceback location. */
function junit(results: Record<string, 'pass' | 'fail'>): string {
  const cases = Object.entries(results).map(([name, r]) =>
    r === 'pass'
      ? `<testcase classname="tests.test_calc" name="${name}"/>`
      : `<testcase classname="tests.test_calc" name="${name}"><failure message="assert ${name}">tests/test_calc.py:${10 + name.length}: AssertionError</failure></testcase>`,
  );
  return `<?xml version="1.0"?><testsuites><testsuite name="pytest">${cases.join('')}</testsuite></testsuites>`;
}

const CONFIG = `no-new-test-failures: true
checks:
  - id: unit
    category: tests
    run: cp results.xml report.xml
    tests:
      reports: report.xml
      min-pass-rate: 50
      quarantine:
        - { glob: "* › test_network*", reason: "needs the network; tracked in #7" }
`;

async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

describe('test regressions through the CLI', () => {
  it('fails on the one test the change broke, not on the three that already failed; quarantined tests stay out', async () => {
    const ws = tempDir();
    const before = { test_add: 'pass', 'test_div[0-1]': 'fail', 'test_div[1-0]': 'fail', test_old: 'fail', test_mul: 'pass', test_network_get: 'fail' } as const;
    writeFiles(ws, { '.github/readiness.yml': CONFIG, 'results.xml': junit(before) });
    const base = path.join(ws, 'base.json');
    const head = path.join(ws, 'head.json');
    const md = path.join(ws, 'summary.md');
    const env = { PATH: process.env.PATH ?? '' };
    // No baseline: the ratchet does not apply and says so; 3 failures of 5 (the network test is quarantined).
    expect(await quietly(() => cliMain([ws, '--json', base], env))).toBe(1);
    const first = JSON.parse(readFileSync(base, 'utf8')) as Report;
    expect(first.checks[0]!.metrics).toMatchObject({ total: 5, failed: 3, quarantined: 1 });
    expect(first.checks[0]!.tests!.failing.map((t) => t.id)).toEqual(['pytest › tests.test_calc › test_div[0-1]', 'pytest › tests.test_calc › test_div[1-0]', 'pytest › tests.test_calc › test_old']);
    expect('problems' in validateReport(first)).toBe(false);

    // The pull request: test_mul breaks, test_old is renamed (and still fails), test_div[1-0] is fixed.
    writeFileSync(path.join(ws, 'results.xml'), junit({ test_add: 'pass', 'test_div[0-1]': 'fail', 'test_div[1-0]': 'pass', test_old_renamed: 'fail', test_mul: 'fail', test_network_get: 'fail' }));
    const code = await quietly(() => cliMain([ws, '--baseline', base, '--json', head, '--markdown', md, '--threshold', '0'], env));
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(head, 'utf8')) as Report;
    const unit = report.baseline!.tests![0]!;
    expect(unit.newlyFailing.tests.map((t) => [t.id, t.inBaseline, t.file, t.line])).toEqual([
      ['pytest › tests.test_calc › test_old_renamed', false, 'tests/test_calc.py', 26],
      ['pytest › tests.test_calc › test_mul', true, 'tests/test_calc.py', 18],
    ]);
    expect([unit.stillFailing.count, unit.fixed.count, unit.removed.count]).toEqual([1, 1, 1]);
    expect(report.gateReason).toBe('2 tests that did not fail in the baseline now fail: pytest › tests.test_calc › test_old_renamed, pytest › tests.test_calc › test_mul (no-new-test-failures)');
    expect(outputValues(report, head)['new-test-failures']).toBe('2');
    // The score is the check's own (pass rate 2/5), whatever the baseline says.
    expect(report.checks[0]!.score).toBe(40);

    const summary = readFileSync(md, 'utf8');
    const section = summary.slice(summary.indexOf('### Tests against the baseline'));
    expect(section).toContain('**2 newly failing** · 1 still failing · 1 fixed · 0 newly flaky · 1 removed');
    expect(section.indexOf('Newly failing:')).toBeLessThan(section.indexOf('Fixed:'));
    expect(section).toContain('- ❌ `pytest › tests.test_calc › test_mul` — assert test\\_mul `tests/test_calc.py:18`');
    expect(section).toContain('_(new test)_');
    expect(section).toContain('- ✅ `pytest › tests.test_calc › test_div[1-0]`');
    expect(section).toContain('🧊 `pytest › tests.test_calc › test_network_get` (failed): needs the network; tracked in');
    // The summary puts this section before the categories table.
    expect(summary.indexOf('### Tests against the baseline')).toBeLessThan(summary.indexOf('| Category'));
  });

  it('a baseline report from before test ids were kept: "no baseline test ids", and the gate holds', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': CONFIG, 'results.xml': junit({ test_a: 'fail', test_b: 'pass' }) });
    const base = path.join(ws, 'base.json');
    await quietly(() => cliMain([ws, '--json', base, '--threshold', '0'], { PATH: process.env.PATH ?? '' }));
    const old = JSON.parse(readFileSync(base, 'utf8')) as Report;
    for (const c of old.checks) delete c.tests;
    writeFileSync(base, JSON.stringify(old));
    expect(parseBaselineSource(JSON.stringify(old), 'base.json').checks[0]!.tests).toBeUndefined();
    const head = path.join(ws, 'head.json');
    writeFileSync(path.join(ws, 'results.xml'), junit({ test_a: 'fail', test_b: 'fail' }));
    expect(await quietly(() => cliMain([ws, '--baseline', base, '--json', head, '--threshold', '0'], { PATH: process.env.PATH ?? '' }))).toBe(0);
    const report = JSON.parse(readFileSync(head, 'utf8')) as Report;
    expect(report.baseline!.tests![0]).toMatchObject({ status: 'no-baseline-ids', reason: 'no baseline test ids (the baseline report is older than test ids)' });
    expect(outputValues(report, head)['new-test-failures']).toBe('');
  });
});
