// @vitest-environment happy-dom
// The chart per gated benchmark, parsed by Mermaid itself (the library GitHub renders it with).
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { benchmarkCharts, MAX_BENCHMARK_CHARTS } from '../../src/report/benchmark-chart.js';
import { benchmarkTable } from '../../src/report/benchmark-table.js';
import type { BenchmarkRow } from '../../src/types.js';

const sha = (i: number) => String(i).repeat(40).slice(0, 40);

function row(over: Partial<BenchmarkRow> = {}): BenchmarkRow {
  return {
    key: 'parse',
    name: 'parse',
    measure: 'time',
    unit: 's',
    lowerIsBetter: true,
    samples: [0.0121, 0.0122, 0.012],
    median: 0.0121,
    baseline: { median: 0.01, n: 30, runs: 3, cv: 0.02, history: [1, 2, 3].map((i) => ({ sha: sha(i), median: 0.0099 + i * 0.0001 })) },
    verdict: 'regressed',
    reason: 'p = 1e-6 < 0.01',
    change: 0.21,
    low: 0.18,
    high: 0.24,
    ...over,
  };
}

const check = (rows: BenchmarkRow[], gate = 'regressed') => ({ kind: 'benchmark', metrics: { gate, noise: 0.05, benchmarks: rows } });
const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

describe('benchmark chart', () => {
  it('a gated benchmark: the baseline runs’ medians and this run’s, with the noise bound, as an xychart Mermaid parses', async () => {
    const md = benchmarkTable(check([row({ runPValue: 0.00021 })]))!;
    // The verdict names both tests: the samples' and the one across the baseline runs.
    expect(md).toMatch(/🔴 regressed: p \\= 1e\\-6 &lt; 0\\\.01; across runs p \\= 0\\\.0002 \|/);
    const [chart, ...rest] = mermaidBlocks(md);
    expect(rest).toEqual([]);
    await expect(mermaid.parse(chart!)).resolves.toMatchObject({ diagramType: 'xychart' });
    // In ms, the unit the largest value reads best in; the red line is the baseline median + 5%.
    expect(chart).toContain('title "parse median, last 4 runs"');
    expect(chart).toContain('y-axis "ms"');
    expect(chart).toContain('x-axis "Runs, oldest first" 1 --> 4');
    expect(chart).toContain('line [10, 10.1, 10.2, 12.1]');
    expect(chart).toContain('line [10.5, 10.5, 10.5, 10.5]');
    expect(md).toContain('<details open><summary>Trend of parse, last 4 runs (regressed)</summary>');
    expect(md).toContain("Blue: each run's median; red: the baseline median +5.0%, past which a change can count as a regression. Runs, oldest first: `1111111` · `2222222` · `3333333` · this run.");
  });

  it('throughput: the bound is below the baseline; an unchanged benchmark’s chart is collapsed', async () => {
    const r = row({ key: 'rate [throughput]', unit: 'B/s', lowerIsBetter: false, median: 2.1e6, verdict: 'unchanged', baseline: { median: 2e6, n: 20, runs: 2, cv: 0.01, history: [{ sha: '', median: 1.9e6 }, { sha: '', median: 2.1e6 }] } });
    const [chart] = benchmarkCharts(check([r]), [r]);
    expect(chart).toMatch(/^<details><summary>Trend of rate \[throughput\], last 3 runs \(unchanged\)<\/summary>/);
    expect(chart).toContain('y-axis "MB/s"');
    expect(chart).toContain('line [1.9, 2.1, 2.1]');
    expect(chart).toContain('line [1.9, 1.9, 1.9]');
    expect(chart).toContain('`run 1` · `run 2` · this run');
    await expect(mermaid.parse(mermaidBlocks(chart!)[0]!)).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('no chart for a check without gate: regressed, an ignored benchmark, or one without a baseline history', () => {
    expect(benchmarkCharts(check([row()], 'none'), [row()])).toEqual([]);
    expect(benchmarkCharts(check([row({ verdict: 'ignored' })]), [row({ verdict: 'ignored' })])).toEqual([]);
    const alone = row({ baseline: undefined, verdict: 'inconclusive' });
    expect(benchmarkCharts(check([alone]), [alone])).toEqual([]);
    // A report written before the history was kept per run.
    const old = row({ baseline: { median: 0.01, n: 30, runs: 3, cv: 0.02 } });
    expect(benchmarkCharts(check([old]), [old])).toEqual([]);
  });

  it('a benchmark name cannot break out of the chart or the summary; at most 10 charts per check', async () => {
    const hostile = row({ key: 'x"]\n```\n<script>alert(1)</script> %%{init: {}}%%' });
    const [chart] = benchmarkCharts(check([hostile]), [hostile]);
    expect(chart).not.toContain('<script>');
    const blocks = mermaidBlocks(chart!);
    expect(blocks).toHaveLength(1);
    await expect(mermaid.parse(blocks[0]!)).resolves.toMatchObject({ diagramType: 'xychart' });
    const many = Array.from({ length: 12 }, (_, i) => row({ key: `b${i}` }));
    expect(benchmarkCharts(check(many), many)).toHaveLength(MAX_BENCHMARK_CHARTS);
  });
});
