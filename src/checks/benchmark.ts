// `benchmark`: runs the benchmark command `repeat` times, reads every sample, and judges each
// benchmark against the baseline's samples with a statistical test and a confidence interval of
// the change (scoring/benchmark-stats.ts). Absolute bounds (`max`/`min`, `target`) apply to this
// run's median. Every sample goes into the report, so the next run's baseline has them.
import picomatch from 'picomatch';
import type { RawCheck } from '../config/schema.js';
import { benchmarkBaseline, type BenchmarkBaseline } from '../github/baseline.js';
import { readBenchmarks, seriesKey, type BenchmarkSeries } from '../readers/benchmark/index.js';
import { formatValue } from '../readers/benchmark/model.js';
import { coefficientOfVariation, compareSamples, DEFAULT_VERDICT_OPTIONS, median, type Comparison } from '../scoring/benchmark-stats.js';
import { higherIsBetter, lowerIsBetter, type Scored } from '../scoring/curves.js';
import type { BenchmarkRow, CheckOutcome, Evidence } from '../types.js';

export type { BenchmarkRow } from '../types.js';
import { parseInput, runReaderCheck } from './reader-check.js';
import type { CheckContext, CheckKind } from './types.js';

type Options = NonNullable<RawCheck['benchmark']>;

export const DEFAULT_WINDOW = 20;

type Collected = { series: Map<string, BenchmarkSeries>; evidence: Evidence } | { error: CheckOutcome };

/** Runs `run` (when there is one) `rounds` times and pools every report's samples per benchmark. */
async function collect(ctx: CheckContext, o: Options, rounds: number, what: string): Promise<Collected> {
  const series = new Map<string, BenchmarkSeries>();
  let evidence: Evidence | undefined;
  let durationMs = 0;
  for (let i = 0; i < rounds; i++) {
    const out = await runReaderCheck(ctx, o.reports, async (inputs) => {
      for (const input of inputs) {
        const list = await parseInput(input, async () => readBenchmarks(await input.text(), { ...(o.format ? { format: o.format } : {}), label: input.label }));
        for (const s of list) {
          const key = seriesKey(s);
          const cur = series.get(key);
          if (cur) cur.samples.push(...s.samples);
          else series.set(key, { ...s, samples: [...s.samples] });
        }
      }
      return { status: 'pass', score: 100, summary: '', metrics: {}, findings: [] };
    });
    durationMs += out.evidence.durationMs;
    if (out.status === 'error') {
      const where = rounds > 1 ? `${what} ${i + 1} of ${rounds}: ` : what === 'run' ? '' : `${what}: `;
      return { error: { ...out, summary: `${where}${out.summary}`, evidence: { ...out.evidence, durationMs } } };
    }
    evidence = out.evidence;
    if (ctx.signal.aborted) break;
  }
  return { series, evidence: { ...evidence!, durationMs } };
}

/** `max` bounds each benchmark's time (seconds), `min` its throughput; other measures have no bound. */
function absolute(row: BenchmarkRow, o: Options): Scored | undefined {
  if (row.measure === 'time' && o.max !== undefined) return lowerIsBetter(row.median, o.max, o.target ?? o.max);
  if (row.measure === 'throughput' && o.min !== undefined) return higherIsBetter(row.median, o.min, o.target ?? o.min);
  return undefined;
}

function judge(s: BenchmarkSeries, base: BenchmarkBaseline | undefined, o: Options, ignored: string | undefined): BenchmarkRow {
  const row: BenchmarkRow = { key: seriesKey(s), name: s.name, measure: s.measure, unit: s.unit, lowerIsBetter: s.lowerIsBetter, samples: s.samples, median: median(s.samples), verdict: 'inconclusive', reason: 'no baseline' };
  if (base) row.baseline = { median: median(base.samples), n: base.samples.length, runs: base.runs, cv: coefficientOfVariation(base.samples), history: base.history };
  if (ignored !== undefined) return { ...row, verdict: 'ignored', reason: ignored };
  if (!base) return row;
  return withComparison(row, compareSamples(base.samples, s.samples, verdictOptions(o, s.lowerIsBetter), runMedians(base)));
}

/** Each pooled baseline run's median: the spread between runs a change must also clear. */
const runMedians = (base: BenchmarkBaseline) => base.history.map((h) => h.median);

function withComparison(row: BenchmarkRow, c: Comparison): BenchmarkRow {
  return {
    ...row,
    verdict: c.verdict,
    reason: c.reason,
    ...(c.pValue !== undefined ? { pValue: c.pValue } : {}),
    ...(c.runPValue !== undefined ? { runPValue: c.runPValue } : {}),
    ...(c.change ? { change: c.change.change, low: c.change.low, high: c.change.high } : {}),
  };
}

function verdictOptions(o: Options, lower: boolean) {
  return {
    test: o.test ?? DEFAULT_VERDICT_OPTIONS.test,
    significance: o.significance ?? DEFAULT_VERDICT_OPTIONS.significance,
    noise: o.noise !== undefined ? o.noise / 100 : DEFAULT_VERDICT_OPTIONS.noise,
    minSamples: o['min-samples'] ?? DEFAULT_VERDICT_OPTIONS.minSamples,
    lowerIsBetter: lower,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%` : '∞');

function summaryLine(rows: BenchmarkRow[], hasBaseline: boolean, confirmed: string): string {
  const count = (v: BenchmarkRow['verdict']) => rows.filter((r) => r.verdict === v).length;
  const regressed = rows.filter((r) => r.verdict === 'regressed');
  const bounds = rows.filter((r) => r.bound);
  const parts: string[] = [];
  if (regressed.length) parts.push(`${regressed.length} regressed (${regressed.slice(0, 3).map((r) => `${r.key} ${pct(r.change!)}`).join(', ')}${regressed.length > 3 ? ', …' : ''})`);
  for (const v of ['improved', 'unchanged', 'inconclusive', 'ignored'] as const) if (count(v)) parts.push(`${count(v)} ${v}`);
  if (bounds.length) parts.push(`${bounds.length} past ${bounds.length > 1 ? 'their bounds' : 'its bound'} (${bounds.slice(0, 2).map((r) => `${r.key}: ${r.bound}`).join(', ')})`);
  const head = `${rows.length} benchmark${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
  return `${head}${hasBaseline ? '' : ' (no baseline)'}${confirmed}`;
}

export const benchmarkCheck: CheckKind = {
  kind: 'benchmark',
  async execute(ctx) {
    const o = ctx.check.raw.benchmark as Options;
    const rounds = o.repeat ?? 1;
    const first = await collect(ctx, o, rounds, 'run');
    if ('error' in first) return first.error;
    const window = o.window ?? DEFAULT_WINDOW;
    const baseline = ctx.baselineHistory ? benchmarkBaseline({ history: [...ctx.baselineHistory] }, ctx.check.id, window) : undefined;
    const hasBaseline = baseline !== undefined && baseline.size > 0;
    const ignores = (o.ignore ?? []).map((i) => ({ match: picomatch(i.name, { dot: true }), name: i.name, reason: i.reason }));
    const ignoredWhy = (s: BenchmarkSeries) => ignores.find((i) => i.match(s.name) || i.match(seriesKey(s)) || i.name === s.name || i.name === seriesKey(s))?.reason;
    let rows = [...first.series.values()].map((s) => judge(s, baseline?.get(seriesKey(s)), o, ignoredWhy(s)));
    let evidence = first.evidence;

    // A regression is rerun once, and stands only if the rerun's samples regress too.
    let confirmed = '';
    const suspects = rows.filter((r) => r.verdict === 'regressed');
    if (o.confirm && suspects.length > 0 && !ctx.signal.aborted) {
      const again = await collect(ctx, o, rounds, 'confirming rerun');
      if ('error' in again) return again.error;
      evidence = { ...again.evidence, durationMs: evidence.durationMs + again.evidence.durationMs };
      let kept = 0;
      rows = rows.map((r) => {
        if (r.verdict !== 'regressed') return r;
        const s = again.series.get(r.key);
        const base = baseline!.get(r.key)!;
        const c = s ? compareSamples(base.samples, s.samples, verdictOptions(o, r.lowerIsBetter), runMedians(base)) : { verdict: 'inconclusive' as const, reason: 'missing from the rerun' };
        const rerun = { samples: s?.samples ?? [], verdict: c.verdict, reason: c.reason };
        if (c.verdict === 'regressed') {
          kept++;
          return { ...r, rerun, reason: `${r.reason}; confirmed by a rerun` };
        }
        return { ...r, rerun, verdict: 'inconclusive', reason: `regressed (${r.reason}), but not on a rerun (${c.verdict}: ${c.reason})` };
      });
      confirmed = `; ${kept} of ${suspects.length} regression${suspects.length > 1 ? 's' : ''} confirmed by a rerun`;
    }

    // Scores: a regression is 0; an absolute bound scores the median as `metric` does; the rest 100.
    let score = 100;
    const statuses: Scored['status'][] = [];
    rows = rows.map((r) => {
      if (r.verdict === 'ignored') return r;
      if (r.verdict === 'regressed') {
        score = 0;
        statuses.push('fail');
      }
      const bound = absolute(r, o);
      if (!bound || bound.status === 'pass') return r;
      score = Math.min(score, bound.score);
      statuses.push(bound.status);
      const limit = r.lowerIsBetter ? `max ${formatValue(o.max!, r.unit)}` : `min ${formatValue(o.min!, r.unit)}`;
      return { ...r, bound: `median ${formatValue(r.median, r.unit)}, ${limit}` };
    });
    const status: Scored['status'] = statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
    const count = (v: BenchmarkRow['verdict']) => rows.filter((r) => r.verdict === v).length;
    const target = o.max !== undefined || o.min !== undefined ? [o.max !== undefined ? `median ≤ ${o.target ?? o.max}` : '', o.min !== undefined ? `median ≥ ${o.target ?? o.min}` : ''].filter(Boolean).join(', ') : undefined;
    return {
      status,
      score,
      summary: summaryLine(rows, hasBaseline, confirmed),
      ...(target ? { target } : {}),
      metrics: {
        regressed: count('regressed'),
        improved: count('improved'),
        unchanged: count('unchanged'),
        inconclusive: count('inconclusive'),
        baseline: hasBaseline ? 'compared' : 'none',
        test: o.test ?? 'u',
        significance: verdictOptions(o, true).significance,
        noise: verdictOptions(o, true).noise,
        gate: o.gate ?? 'none',
        benchmarks: rows,
      },
      findings: rows
        .filter((r) => r.verdict === 'regressed')
        .map((r) => ({ severity: 'error' as const, rule: 'benchmark-regressed', runWide: true, message: `${r.key}: ${pct(r.change!)} [${pct(r.low!)}, ${pct(r.high!)}] against the baseline median ${formatValue(r.baseline!.median, r.unit)} (${r.reason})` })),
      evidence,
    };
  },
};
