// The table of a benchmark check's verdicts, in its details: each benchmark's baseline median
// with its sample count and the noise observed (the baseline's coefficient of variation), this
// run's median, the change with its interval, and the verdict with its reason.
import { formatValue } from '../readers/benchmark/model.js';
import type { BenchmarkRow, CheckResult } from '../types.js';
import { benchmarkCharts } from './benchmark-chart.js';
import { code, text } from './markdown.js';

/** Rows shown; the JSON report has all of them. */
export const MAX_BENCHMARK_ROWS = 50;

const ICON: Record<BenchmarkRow['verdict'], string> = { regressed: '🔴', improved: '🟢', unchanged: '⚪', inconclusive: '🟡', ignored: '➖' };

const pct = (x: number | undefined) => (x === undefined ? '' : Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%` : '∞');

function isRow(v: unknown): v is BenchmarkRow {
  const r = v as BenchmarkRow;
  return !!r && typeof r === 'object' && typeof r.key === 'string' && typeof r.unit === 'string' && typeof r.median === 'number' && Array.isArray(r.samples) && typeof r.verdict === 'string' && r.verdict in ICON;
}

export function benchmarkTable(c: Pick<CheckResult, 'kind' | 'metrics'>): string | undefined {
  if (c.kind !== 'benchmark' || !Array.isArray(c.metrics.benchmarks)) return undefined;
  const rows = c.metrics.benchmarks.filter(isRow);
  if (rows.length === 0) return undefined;
  const lines = rows.slice(0, MAX_BENCHMARK_ROWS).map((r) => {
    const base = r.baseline ? `${formatValue(r.baseline.median, r.unit)} (${r.baseline.n}; CV ${(r.baseline.cv * 100).toFixed(1)}%)` : '—';
    const head = `${formatValue(r.median, r.unit)} (${r.samples.length})`;
    const change = r.change !== undefined ? `${pct(r.change)} [${pct(r.low)}, ${pct(r.high)}]` : '—';
    // The samples' p, and the runs' when the spread between runs was judged too.
    const runs = typeof r.runPValue === 'number' && (r.verdict === 'regressed' || r.verdict === 'improved') ? `; across runs p = ${r.runPValue < 0.0001 ? r.runPValue.toExponential(1) : r.runPValue.toFixed(4)}` : '';
    const why = r.verdict === 'unchanged' || r.verdict === 'regressed' || r.verdict === 'improved' ? `${r.reason.replace(/,.*$/, '')}${runs}` : r.reason;
    const verdict = `${ICON[r.verdict]} ${r.verdict}${why ? `: ${text(why, 200)}` : ''}${r.bound ? `; ${text(r.bound, 100)}` : ''}`;
    return `| ${code(r.key, 120)} | ${base} | ${head} | ${change} | ${verdict} |`;
  });
  const test = c.metrics.test === 'welch' ? "Welch's t-test" : 'Mann-Whitney U';
  const significance = typeof c.metrics.significance === 'number' ? c.metrics.significance : 0.01;
  const noise = typeof c.metrics.noise === 'number' ? c.metrics.noise : 0.05;
  const more = rows.length > MAX_BENCHMARK_ROWS ? [``, `_${rows.length - MAX_BENCHMARK_ROWS} more in the JSON report._`] : [];
  return [
    `**Benchmarks** (${test}, significant at p < ${significance}; a change counts when its whole 95% interval is past ±${(noise * 100).toFixed(1)}%; CV is the baseline's coefficient of variation, the noise observed):`,
    '',
    '| Benchmark | Baseline median (n) | This run median (n) | Change [95% CI] | Verdict |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
    ...more,
    ...benchmarkCharts(c, rows).flatMap((chart) => ['', chart]),
  ].join('\n');
}
