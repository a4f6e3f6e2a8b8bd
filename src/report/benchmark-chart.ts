// A chart per benchmark of a gated benchmark check (`gate: regressed`): the median of each
// baseline run the check pooled and this run's, with the line past which a change counts (the
// baseline median moved by the noise threshold), so a reader sees a regression against the history.
import { displayUnit } from '../readers/benchmark/model.js';
import type { BenchmarkRow, CheckResult } from '../types.js';
import { html } from './markdown.js';
import { chartWords, labels, xychart } from './trend.js';

/** Charts per check; the JSON report has every benchmark's numbers. */
export const MAX_BENCHMARK_CHARTS = 10;

export function benchmarkCharts(c: Pick<CheckResult, 'kind' | 'metrics'>, rows: readonly BenchmarkRow[]): string[] {
  if (c.kind !== 'benchmark' || c.metrics.gate !== 'regressed') return [];
  const noise = typeof c.metrics.noise === 'number' ? c.metrics.noise : 0.05;
  const charted = rows.filter((r) => r.verdict !== 'ignored' && Array.isArray(r.baseline?.history) && r.baseline.history.length > 0 && Number.isFinite(r.median));
  return charted.slice(0, MAX_BENCHMARK_CHARTS).map((r) => {
    const base = r.baseline!;
    const history = base.history!.filter((h) => Number.isFinite(h.median));
    const medians = [...history.map((h) => h.median), r.median];
    // A regression is a move to the worse side: up for a time, down for a throughput.
    const bound = base.median * (r.lowerIsBetter ? 1 + noise : 1 - noise);
    const shown = displayUnit(Math.max(...medians.map(Math.abs), Math.abs(bound)), r.unit);
    const chart = xychart(chartWords(`${r.key} median, last ${medians.length} runs`), chartWords(shown.unit || 'value', 20), medians.length, [medians.map(shown.to), medians.map(() => shown.to(bound))]);
    const runs = [...labels(history).map((l) => `\`${l}\``), 'this run'].join(' · ');
    const side = r.lowerIsBetter ? `+${(noise * 100).toFixed(1)}%` : `−${(noise * 100).toFixed(1)}%`;
    return [
      `<details${r.verdict === 'regressed' ? ' open' : ''}><summary>${html(`Trend of ${r.key}, last ${medians.length} runs (${r.verdict})`)}</summary>`,
      '',
      chart,
      '',
      `Blue: each run's median; red: the baseline median ${side}, past which a change can count as a regression. Runs, oldest first: ${runs}.`,
      '',
      '</details>',
    ].join('\n');
  });
}
