// How often the `benchmark` check cries wolf beside a CPU hog, and how often it catches a real
// 20% slowdown there. Not a test: it measures, on this machine, through the engine (the check runs
// `node loop.mjs` `repeat` times, reads each sample and judges it against the baseline history).
//
//   npm run bench -- false-alarms            (or: npx tsx bench/benchmark-false-alarms.ts)
//   options: --baseline-runs 20 --runs 50 --slow-runs 20 --hogs 1 --repeat 10 [--confirm]
//
// The hog (`while :; do :; done`, one per --hogs) runs the whole time: the baseline runs (as the
// pushes to the default branch would save them), the unchanged runs and the slowed runs all share
// its noise. Baseline runs go on between the judged ones (one before each), and each judged run is
// compared with the last `window` = 20 of them, as a pull request is with the default branch's
// recent pushes: a machine whose load drifts over the minutes then drifts under both sides.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runEngine } from '../src/engine.js';
import { historyEntry } from '../src/github/baseline.js';
import type { BenchmarkRow, HistoryEntry, Report } from '../src/types.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'false-alarms'),
  options: {
    'baseline-runs': { type: 'string', default: '20' },
    runs: { type: 'string', default: '50' },
    'slow-runs': { type: 'string', default: '20' },
    hogs: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '10' },
    confirm: { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number, got ${JSON.stringify(values[name])}`);
  return n;
};
const BASELINE_RUNS = count('baseline-runs');
const RUNS = count('runs');
const SLOW_RUNS = count('slow-runs');
const HOGS = count('hogs');
const REPEAT = count('repeat');

// One sample per process: the time of a small loop, warmed up so it runs optimised, as a `go test
// -bench` line (ns/op). `factor` scales the calls timed: 1.2 is a real 20% slowdown of the same code.
const LOOP = `import { readFileSync } from 'node:fs';
const factor = Number(readFileSync('factor.txt', 'utf8'));
function work(n) { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) | 0; return x; }
let sink = 0;
for (let i = 0; i < 50; i++) sink ^= work(100_000);
const calls = Math.round(200 * factor);
const t0 = process.hrtime.bigint();
for (let i = 0; i < calls; i++) sink ^= work(100_000);
const ns = Number(process.hrtime.bigint() - t0);
console.log('BenchmarkLoop 1 ' + ns + ' ns/op' + (sink === 0.5 ? ' never' : ''));
`;

const workspace = mkdtempSync(path.join(os.tmpdir(), 'readiness-false-alarms-'));
writeFileSync(path.join(workspace, 'loop.mjs'), LOOP);
writeFileSync(path.join(workspace, 'factor.txt'), '1');
writeFileSync(
  path.join(workspace, 'readiness.yml'),
  `checks:\n  - id: loop\n    category: quality\n    run: node loop.mjs\n    benchmark: { repeat: ${REPEAT}, significance: 0.01, noise: 5${values.confirm ? ', confirm: true' : ''} }\n`,
);

const hogs: ChildProcess[] = [];
function stopHogs(): void {
  // By the child's own handle: only the hogs this script started.
  for (const h of hogs) if (!h.killed && h.exitCode === null) h.kill('SIGKILL');
}
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });
}

async function measure(factor: number, history: readonly HistoryEntry[]): Promise<{ report: Report; row: BenchmarkRow }> {
  writeFileSync(path.join(workspace, 'factor.txt'), String(factor));
  const report = await runEngine({ workspace, config: 'readiness.yml', ...(history.length ? { baselineHistory: history } : {}) });
  const check = report.checks[0];
  if (report.config.errors.length || !check || check.status === 'error') throw new Error(`the benchmark could not be measured: ${report.config.errors.join('; ') || check?.summary}`);
  return { report, row: (check.metrics.benchmarks as BenchmarkRow[])[0]! };
}

/** A 95% Clopper-Pearson interval for k events in n trials, by bisection on the binomial tails. */
function clopperPearson(k: number, n: number): [number, number] {
  const cdf = (p: number, upTo: number) => {
    let sum = 0;
    let term = (1 - p) ** n;
    for (let i = 0; i <= upTo; i++) {
      sum += term;
      term *= ((n - i) / (i + 1)) * (p / (1 - p));
    }
    return sum;
  };
  const solve = (f: (p: number) => number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) > 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const low = k === 0 ? 0 : solve((p) => 0.025 - (1 - cdf(p, k - 1)));
  const high = k === n ? 1 : solve((p) => cdf(p, k) - 0.025);
  return [low, high];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const tally = (rows: BenchmarkRow[]) => {
  const out: Record<string, number> = { regressed: 0, inconclusive: 0, unchanged: 0, improved: 0 };
  for (const r of rows) out[r.verdict] = (out[r.verdict] ?? 0) + 1;
  return out;
};

try {
  for (let i = 0; i < HOGS; i++) hogs.push(spawn('bash', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
  const started = performance.now();
  const load = () => os.loadavg()[0]!.toFixed(2);
  console.log(`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), node ${process.version}; ${HOGS} CPU hog${HOGS === 1 ? '' : 's'} running`);

  // The baseline: runs saved one after another, each entry as the cache's history keeps it.
  const history: HistoryEntry[] = [];
  const baselineMedians: number[] = [];
  const saveBaselineRun = async () => {
    const { report, row } = await measure(1, []);
    history.push(historyEntry(report, history.length.toString(16).padStart(40, '0'), report.startedAt));
    baselineMedians.push(row.median);
  };

  for (let i = 0; i < BASELINE_RUNS; i++) {
    await saveBaselineRun();
    process.stderr.write(`baseline run ${i + 1}/${BASELINE_RUNS}: median ${baselineMedians.at(-1)}\n`);
  }

  const judge = async (factor: number, runs: number) => {
    const rows: BenchmarkRow[] = [];
    // github-action-benchmark's rule beside it: this run's mean over the previous data point's.
    let ratioAlerts = 0;
    for (let i = 0; i < runs; i++) {
      await saveBaselineRun();
      const previous = baselineMedians.at(-1)!;
      const { row } = await measure(factor, history.slice(-20));
      rows.push(row);
      process.stderr.write(`factor ${factor}, run ${i + 1}/${runs}: ${row.verdict} (${row.reason})\n`);
      const mean = row.samples.reduce((a, b) => a + b, 0) / row.samples.length;
      if (mean / previous > 1.1) ratioAlerts++;
    }
    return { rows, ratioAlerts };
  };
  const unchanged = await judge(1, RUNS);
  const slowed = await judge(1.2, SLOW_RUNS);
  stopHogs();

  const spread = (xs: number[]) => `${pct(Math.min(...xs) / Math.max(...xs) - 1).replace('-', '−')} to 0 (min/max of run medians)`;
  const cv = unchanged.rows[0]?.baseline?.cv;
  console.log(`baseline: ${BASELINE_RUNS} runs × ${REPEAT} samples first, then one more before each judged run, the last 20 pooled (n = ${unchanged.rows[0]?.baseline?.n ?? 0}, CV ${cv !== undefined ? pct(cv) : '—'}); run medians spread ${spread(baselineMedians)}`);
  console.log(`rule: Mann-Whitney U at significance 0.01, noise 5% (regressed only when p < 0.01 and the whole 95% interval of the change is past +5%)${values.confirm ? '; confirm: true (a regression stands only if a rerun regresses too)' : ''}\n`);
  const line = (label: string, r: { rows: BenchmarkRow[]; ratioAlerts: number }, what: 'regressed') => {
    const t = tally(r.rows);
    const [lo, hi] = clopperPearson(t[what]!, r.rows.length);
    const changes = r.rows.map((x) => x.change ?? 0).sort((a, b) => a - b);
    const mid = changes[Math.floor(changes.length / 2)] ?? 0;
    // The same runs under the rule without the run-spread test: the samples' test and interval alone.
    const samplesAlone = t.regressed! + r.rows.filter((x) => x.verdict === 'inconclusive' && x.reason.includes('worse than the') && x.reason.includes('within the spread between runs')).length;
    return `| ${label} | ${r.rows.length} | ${t.regressed} (${pct(t.regressed! / r.rows.length)}, 95% CI ${pct(lo)}–${pct(hi)}) | ${t.inconclusive} | ${t.unchanged} | ${t.improved} | ${pct(mid)} | ${samplesAlone} | ${r.ratioAlerts} |`;
  };
  console.log('| judged runs | n | regressed | inconclusive | unchanged | improved | median change | regressed by the samples alone | ratio alerts (>110% of the previous point) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  if (RUNS) console.log(line('unchanged code', unchanged, 'regressed'));
  if (SLOW_RUNS) console.log(line('20% slower (1.2× the loop)', slowed, 'regressed'));
  console.log(`\n${Math.round((performance.now() - started) / 1000)} s; load average (1 min) at the end ${load()}`);
} finally {
  stopHogs();
  rmSync(workspace, { recursive: true, force: true });
}
