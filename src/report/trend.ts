// The trend as a picture: a Mermaid xychart (GitHub renders Mermaid in job summaries and
// comments) of the overall score with the threshold as a second line, and one per metric check.
// Only numbers, commit hashes and sanitised words reach the diagram: no text can break out of it.
import type { HistoryEntry, Report } from '../types.js';
import { formatScore } from './format.js';
import { html } from './markdown.js';

/** Fewer points than this is not a trend. */
const MIN_POINTS = 2;

/** A number as the xychart grammar takes it: digits, one optional point, optional minus; never an exponent. */
export function chartNumber(v: number): string {
  if (Math.abs(v) >= 1e21) return BigInt(Math.round(v)).toString();
  const s = (Math.round(v * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** Words for a title: letters, digits, spaces and a little punctuation, nothing that closes a string. */
export function chartWords(s: string, max = 60): string {
  return s.replace(/[^\p{L}\p{N} _.,:/()%+-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** x-axis labels: the short commit, unique; a run without a commit is named by its position. */
export function labels(history: readonly Pick<HistoryEntry, 'sha'>[]): string[] {
  const seen = new Map<string, number>();
  return history.map((h, i) => {
    const base = /^[0-9a-f]{7,40}$/i.test(h.sha) ? h.sha.slice(0, 7).toLowerCase() : `run ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base} (${n})` : base;
  });
}

/** GitHub's blue for the measured line, its red for the threshold: readable in light and dark themes. */
const PALETTE = '#0969da, #cf222e';

// The x axis is the run's position: thirty commit hashes do not fit under a chart, so they are
// listed below it instead.
export function xychart(title: string, axis: string, points: number, lines: number[][], range?: [number, number]): string {
  const y = range ? `    y-axis "${axis}" ${chartNumber(range[0])} --> ${chartNumber(range[1])}` : `    y-axis "${axis}"`;
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "Runs, oldest first" 1 --> ${points}`,
    y,
    ...lines.map((l) => `    line [${l.map(chartNumber).join(', ')}]`),
    '```',
  ].join('\n');
}

/** The commits of the points, in order, for the line under a chart. */
function commitsLine(history: readonly HistoryEntry[]): string {
  return `Runs, oldest first: ${labels(history).map((l) => `\`${l}\``).join(' · ')}.`;
}

/** The overall score's chart, or '' without at least two scored runs. */
export function scoreChart(history: readonly HistoryEntry[] | undefined, threshold: number): string {
  const scored = (history ?? []).filter((h) => typeof h.score === 'number' && Number.isFinite(h.score));
  if (scored.length < MIN_POINTS) return '';
  const scores = scored.map((h) => h.score as number);
  const thresholds = scored.map((h, i) => (i === scored.length - 1 ? threshold : (h.threshold ?? threshold)));
  return xychart(`Readiness score, last ${scored.length} runs`, 'Score', scored.length, [scores, thresholds], [0, 100]);
}

/** One chart per metric check (benchmark) with at least two values in the history. */
export function metricCharts(history: readonly HistoryEntry[] | undefined, report: Pick<Report, 'checks'>): { id: string; title: string; chart: string; values: number[]; commits: string }[] {
  const out: { id: string; title: string; chart: string; values: number[]; commits: string }[] = [];
  for (const check of report.checks) {
    if (check.kind !== 'metric') continue;
    const points = (history ?? []).filter((h) => typeof h.metrics?.[check.id] === 'number' && Number.isFinite(h.metrics[check.id]));
    if (points.length < MIN_POINTS) continue;
    const values = points.map((h) => h.metrics![check.id]!);
    const unit = typeof check.metrics.unit === 'string' ? chartWords(check.metrics.unit, 20) : '';
    out.push({ id: check.id, title: check.title, values, commits: commitsLine(points), chart: xychart(chartWords(`${check.title}${unit ? ` (${unit})` : ''}`), chartWords(unit || 'value', 20), points.length, [values]) });
  }
  return out;
}

/**
 * The trend section of the summary: the score chart with the threshold, then each metric's,
 * collapsed in <details> unless it is the headline (the ratchet failed on it). '' without history.
 */
export function renderTrend(report: Pick<Report, 'baseline' | 'threshold' | 'checks' | 'ratchet'>): string {
  const history = report.baseline?.history;
  const score = scoreChart(history, report.threshold);
  const metrics = metricCharts(history, report);
  if (!score && metrics.length === 0) return '';
  const parts: string[] = [];
  if (score) {
    const scored = (history ?? []).filter((h) => typeof h.score === 'number');
    const points = scored.length;
    const open = report.ratchet?.status === 'failed' ? ' open' : '';
    parts.push(
      `<details${open}><summary>Score trend, last ${points} runs (threshold ${formatScore(report.threshold)})</summary>`,
      '',
      score,
      '',
      `Blue: the overall score; red: the threshold. ${commitsLine(scored)} The last is this run.`,
      '',
      '</details>',
    );
  }
  for (const m of metrics) {
    parts.push(
      ...(parts.length ? [''] : []),
      `<details><summary>${html(`Trend of ${m.title}, last ${m.values.length} runs`)}</summary>`,
      '',
      m.chart,
      '',
      m.commits,
      '',
      '</details>',
    );
  }
  return parts.join('\n');
}
