import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkRow } from '../../src/checks/benchmark.js';
import { main as cliMain } from '../../src/cli/main.js';
import { runEngine } from '../../src/engine.js';
import { renderSummary } from '../../src/report/summary.js';
import { compare } from '../../src/github/baseline.js';
import { parseBaselineSource } from '../../src/github/baseline-source.js';
import { outputValues } from '../../src/report/outputs.js';
import type { HistoryEntry, Report } from '../../src/types.js';
import { tempDir, writeFiles } from '../helpers.js';

// A stand-in for hyperfine: prints --export-json with ten run times around 10 ms × the factor in
// factor.txt (a different spread on every call, from a counter file, the same on every machine).
// slow.txt, when present, holds how many more calls are slowed by 20% (a flaky slowdown).
const BENCH = `
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const n = existsSync('count.txt') ? Number(readFileSync('count.txt', 'utf8')) : 0;
writeFileSync('count.txt', String(n + 1));
let factor = Number(readFileSync('factor.txt', 'utf8'));
if (existsSync('slow.txt')) {
  const left = Number(readFileSync('slow.txt', 'utf8'));
  if (left > 0) { factor *= 1.2; writeFileSync('slow.txt', String(left - 1)); }
}
const jitter = [0, 0.012, -0.008, 0.02, -0.015, 0.005, -0.003, 0.017, -0.011, 0.009];
const times = jitter.map((j, i) => 0.01 * factor * (1 + j + 0.004 * ((n * 7 + i) % 5)));
console.log(JSON.stringify({ results: [{ command: 'parse', times }, { command: 'setup', times: times.map((t) => t / 10) }] }));
`;

const GO = `console.log(['goos: linux', ...Array.from({ length: 6 }, (_, i) => 'BenchmarkQueue-2   1000   ' + (5000 + i * 10) + ' ns/op   64 B/op   2 allocs/op'), 'PASS'].join('\\n'));`;

function workspace(config: string, factor = 1): string {
  const ws = tempDir();
  writeFiles(ws, { 'bench.mjs': BENCH, 'go.mjs': GO, 'factor.txt': String(factor), '.github/readiness.yml': config });
  return ws;
}

async function run(ws: string, baselineHistory?: HistoryEntry[]): Promise<Report> {
  const report = await runEngine({ workspace: ws, killGraceMs: 300, ...(baselineHistory ? { baselineHistory } : {}) });
  if (report.config.errors.length) throw new Error(report.config.errors.join('\n'));
  return report;
}

const rows = (r: Report, id = 'bench') => r.checks.find((c) => c.id === id)!.metrics.benchmarks as BenchmarkRow[];
const check = (r: Report, id = 'bench') => r.checks.find((c) => c.id === id)!;
/** The baseline as the CLI's --baseline reads it: this report, through JSON. */
const asBaseline = (r: Report) => parseBaselineSource(JSON.stringify(r), 'base.json').history;
/** A run compared with a baseline, as the CLI does: its report then carries the history, its own run last. */
async function runCompared(ws: string, base: Report): Promise<Report> {
  const file = parseBaselineSource(JSON.stringify(base), 'base.json');
  const report = await run(ws, file.history);
  return { ...report, baseline: compare(report, file, { branch: 'base.json', source: 'file', date: report.startedAt }) };
}

const CONFIG = (extra = '') => `checks:\n  - id: bench\n    category: quality\n    run: node bench.mjs\n    benchmark: { repeat: 2${extra} }\n`;

describe('benchmark check', () => {
  it('without a baseline: every sample in the report, inconclusive (no baseline), not a fail', async () => {
    const report = await run(workspace(CONFIG()));
    const c = check(report);
    expect(c).toMatchObject({ kind: 'benchmark', status: 'pass', score: 100, summary: '2 benchmarks: 2 inconclusive (no baseline)' });
    expect(rows(report).map((r) => [r.key, r.samples.length, r.verdict, r.reason])).toEqual([
      ['parse', 20, 'inconclusive', 'no baseline'],
      ['setup', 20, 'inconclusive', 'no baseline'],
    ]);
    expect(c.metrics).toMatchObject({ regressed: 0, inconclusive: 2, baseline: 'none' });
    expect(outputValues(report, 'r.json')).toMatchObject({ 'benchmarks-regressed': '0', 'benchmarks-inconclusive': '2' });
  });

  it('the same code against its baseline is unchanged; 20% slower is regressed and scores 0', async () => {
    const ws = workspace(CONFIG());
    const base = asBaseline(await run(ws));
    const same = await run(ws, base);
    expect(check(same)).toMatchObject({ status: 'pass', score: 100, summary: '2 benchmarks: 2 unchanged' });
    expect(rows(same)[0]!.baseline).toMatchObject({ n: 20, runs: 1 });

    writeFileSync(path.join(ws, 'factor.txt'), '1.2');
    const slow = await run(ws, base);
    const c = check(slow);
    expect(c).toMatchObject({ status: 'fail', score: 0, required: false });
    expect(c.summary).toMatch(/^2 benchmarks: 2 regressed \(parse \+2\d\.\d%, setup \+2\d\.\d%\)$/);
    const parse = rows(slow)[0]!;
    expect(parse.verdict).toBe('regressed');
    expect(parse.pValue).toBeLessThan(0.01);
    expect(parse.low).toBeGreaterThan(0.05);
    expect(c.findings[0]).toMatchObject({ severity: 'error', rule: 'benchmark-regressed', runWide: true });
    // Not gating by default: the gate is the score's.
    expect(slow.gateReason).not.toMatch(/required/);
    expect(outputValues(slow, 'r.json')['benchmarks-regressed']).toBe('2');
  });

  it('gate: regressed makes a regression block the gate; ignore leaves a benchmark unjudged', async () => {
    const ws = workspace(CONFIG(', gate: regressed, ignore: [{ name: setup, reason: "setup cost is not ours" }]'));
    const base = asBaseline(await run(ws));
    writeFileSync(path.join(ws, 'factor.txt'), '1.2');
    const slow = await run(ws, base);
    expect(check(slow)).toMatchObject({ required: true, status: 'fail' });
    expect(slow.passed).toBe(false);
    expect(slow.gateReason).toMatch(/required check did not pass: .*bench/);
    expect(rows(slow).map((r) => [r.key, r.verdict])).toEqual([
      ['parse', 'regressed'],
      ['setup', 'ignored'],
    ]);
    expect(rows(slow)[1]!.reason).toBe('setup cost is not ours');
  });

  it('confirm: a slowdown that does not come back on the rerun is not a regression; one that does is', async () => {
    const ws = workspace(CONFIG(', confirm: true'));
    const base = asBaseline(await run(ws));
    // Slow for the two runs of the first pass only.
    writeFileSync(path.join(ws, 'slow.txt'), '2');
    const flaky = await run(ws, base);
    expect(check(flaky)).toMatchObject({ status: 'pass', score: 100 });
    expect(check(flaky).summary).toContain('0 of 2 regressions confirmed by a rerun');
    expect(rows(flaky)[0]).toMatchObject({ verdict: 'inconclusive', rerun: { verdict: 'unchanged' } });
    expect(rows(flaky)[0]!.reason).toMatch(/^regressed \(.*\), but not on a rerun \(unchanged: /);
    expect(readFileSync(path.join(ws, 'count.txt'), 'utf8')).toBe('6');

    writeFileSync(path.join(ws, 'factor.txt'), '1.2');
    const slow = await run(ws, base);
    expect(check(slow)).toMatchObject({ status: 'fail', score: 0 });
    expect(check(slow).summary).toContain('2 of 2 regressions confirmed by a rerun');
    expect(rows(slow)[0]!.reason).toMatch(/confirmed by a rerun$/);
  });

  it('a window of earlier runs pools their samples; too few samples is inconclusive', async () => {
    const ws = workspace(CONFIG(', min-samples: 30'));
    const first = await run(ws);
    const second = await runCompared(ws, first);
    // The second report carries both runs in its history.
    const pooled = await run(ws, asBaseline(second));
    expect(rows(pooled)[0]!.baseline).toMatchObject({ n: 40, runs: 2 });
    expect(rows(pooled)[0]).toMatchObject({ verdict: 'inconclusive', reason: 'too few samples (baseline 40, this run 20; min-samples 30)' });
  });

  it('reads go test -bench from stdout; an absolute max applies to the median without a baseline', async () => {
    const ws = workspace('checks:\n  - id: go\n    run: node go.mjs\n    benchmark: { max: 0.000004, target: 0.000002 }\n');
    const report = await run(ws);
    const c = check(report, 'go');
    expect(c).toMatchObject({ status: 'fail', score: 0, target: 'median ≤ 0.000002' });
    expect(c.summary).toBe('3 benchmarks: 3 inconclusive, 1 past its bound (BenchmarkQueue-2: median 5.025 µs, max 4 µs) (no baseline)');
    expect(rows(report, 'go').map((r) => r.key)).toEqual(['BenchmarkQueue-2', 'BenchmarkQueue-2 [memory]', 'BenchmarkQueue-2 [allocs]']);
  });

  it('a report it cannot read is an error naming the run', async () => {
    const ws = workspace('checks:\n  - id: bad\n    run: echo not a benchmark\n    benchmark: { repeat: 3 }\n');
    const c = check(await run(ws), 'bad');
    expect(c).toMatchObject({ status: 'error', summary: 'run 1 of 3: stdout of run: unknown benchmark output: expected JSON from a benchmark tool, go test -bench text or criterion raw.csv; name it with "format"' });
  });

  it('end to end through the CLI: --baseline FILE (the --json report of an earlier run), the table in the summary', async () => {
    const ws = workspace(CONFIG());
    const base = path.join(ws, 'base.json');
    const head = path.join(ws, 'head.json');
    const quiet = { ...process.env, NO_COLOR: '1' };
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await cliMain([ws, '--json', base], quiet)).toBe(0);
      writeFileSync(path.join(ws, 'factor.txt'), '1.2');
      await cliMain([ws, '--baseline', base, '--json', head], quiet);
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    const report = JSON.parse(readFileSync(head, 'utf8')) as Report;
    expect(rows(report).map((r) => r.verdict)).toEqual(['regressed', 'regressed']);
    // The history carries this run's samples for the next baseline.
    expect(report.baseline!.history!.at(-1)!.benchmarks!.bench!.parse!.length).toBe(20);
    const summary = renderSummary(report);
    expect(summary).toContain('| Benchmark | Baseline median (n) | This run median (n) | Change [95% CI] | Verdict |');
    expect(summary).toMatch(/\| `parse` \| 10\.\d+ ms \(20; CV \d\.\d%\) \| 12\.\d+ ms \(20\) \| \+2\d\.\d% \[\+\d+\.\d%, \+\d+\.\d%\] \| 🔴 regressed: p \\= /);
  });
});
