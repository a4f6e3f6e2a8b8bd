// A runner exits 1 when any test fails, quarantined or not: an exit explained by quarantined
// failures alone follows the pass rate of the other tests; anything else keeps failing the run.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { tempDir, writeFiles } from '../helpers.js';

function junit(results: Record<string, 'pass' | 'fail'>): string {
  const cases = Object.entries(results).map(([name, r]) =>
    r === 'pass'
      ? `<testcase classname="tests.test_q" name="${name}"/>`
      : `<testcase classname="tests.test_q" name="${name}"><failure message="assert ${name}">tests/test_q.py:3: AssertionError</failure></testcase>`,
  );
  return `<?xml version="1.0"?><testsuites><testsuite name="pytest">${cases.join('')}</testsuite></testsuites>`;
}

async function run(results: Record<string, 'pass' | 'fail'>, extraOutput = '', extraEntries = '') {
  const ws = tempDir();
  writeFiles(ws, {
    '.github/readiness.yml': `checks:
  - id: unit
    category: tests
    run: cp results.xml report.xml; printf '%s' "${extraOutput}"; exit 1
    tests:
      reports: report.xml
      quarantine:
        - { glob: "* › test_flaky*", reason: "known, #3" }
${extraEntries}`,
    'results.xml': junit(results),
  });
  const report = await runEngine({ workspace: ws, only: ['unit'], env: { PATH: process.env.PATH ?? '' } });
  return { ...report.checks[0]!, warnings: report.warnings };
}

describe('quarantined failures and the exit code', () => {
  it('exit 1 from quarantined failures alone: pass, and the summary says where the exit came from', async () => {
    const c = await run({ test_a: 'pass', test_b: 'pass', test_flaky_1: 'fail', test_flaky_2: 'fail' });
    expect(c.status).toBe('pass');
    expect(c.score).toBe(100);
    expect(c.summary).toBe('100% passed (2/2), 2 quarantined, target 100%; exit 1 from 2 quarantined failures');
    expect(c.findings).toEqual([]);
  });

  it('lists quarantined failures before quarantined passes, and warns of an entry that matched no test', async () => {
    const c = await run({ test_flaky_a: 'pass', test_flaky_b: 'pass', test_flaky_c: 'fail', test_ok: 'pass' }, '', '        - { id: "pytest › tests.test_q › nope", reason: "typo" }\n');
    expect(c.tests!.quarantined.map((q) => [q.id, q.outcome])).toEqual([
      ['pytest › tests.test_q › test_flaky_c', 'failed'],
      ['pytest › tests.test_q › test_flaky_a', 'passed'],
      ['pytest › tests.test_q › test_flaky_b', 'passed'],
    ]);
    expect(c.warnings).toContain('unit: tests.quarantine entry id: pytest › tests.test_q › nope matched no test');
    expect(c.warnings.filter((w) => w.includes('test_flaky'))).toEqual([]);
  });

  it('a failure that is not quarantined keeps the failed-run rule', async () => {
    const c = await run({ test_a: 'pass', test_b: 'fail', test_flaky_1: 'fail' });
    expect(c.status).toBe('fail');
    expect(c.summary).toMatch(/; the command exited 1/);
  });

  it('no quarantined failure (only quarantined passes): the exit stays unexplained', async () => {
    const c = await run({ test_a: 'pass', test_flaky_1: 'pass' });
    expect(c.status).toBe('fail');
    expect(c.summary).toMatch(/the command exited 1/);
  });

  it('a unit that failed to build beside the quarantined failures fails the run', async () => {
    const c = await run({ test_a: 'pass', test_flaky_1: 'fail' }, 'FAIL example.com/x/bad [build failed]\\n');
    expect(c.status).toBe('fail');
    expect(c.summary).toMatch(/example\.com\/x\/bad failed to build/);
  });
});

describe('the pass rate as the score is shown', () => {
  it('75/76 prints 98.7% as its score 98.68 does, and 2499/2500 never prints 100%', async () => {
    const many = (passed: number, failed: number) => Object.fromEntries([...Array.from({ length: passed }, (_, i) => [`test_p${i}`, 'pass']), ...Array.from({ length: failed }, (_, i) => [`test_f${i}`, 'fail'])]) as Record<string, 'pass' | 'fail'>;
    const a = await run(many(75, 1));
    expect(a.summary).toMatch(/^98\.7% passed \(75\/76\)/);
    expect(a.score!.toFixed(1)).toBe('98.7');
    const b = await run(many(2499, 1));
    expect(b.summary).toMatch(/^99\.9% passed \(2499\/2500\)/);
    expect(b.score).toBe(99.9);
  });
});
