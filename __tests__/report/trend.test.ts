// @vitest-environment happy-dom
// The trend chart is parsed by Mermaid itself (the library GitHub renders it with), in a DOM.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { chartNumber, renderTrend, scoreChart } from '../../src/report/trend.js';
import type { HistoryEntry, Report } from '../../src/types.js';
import { checkResult } from '../fixtures.js';

const history = (n: number, over: (i: number) => Partial<HistoryEntry> = () => ({})): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({ score: 60 + ((i * 7) % 30) + 0.5, sha: (i + 1).toString(16).padStart(40, 'c'), date: '2026-11-01', threshold: 70, ...over(i) }));

function report(h: HistoryEntry[] | undefined, extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'readiness-scorecard', version: '0.1.0' },
    score: 81,
    grade: 'B',
    threshold: 75,
    passed: true,
    blockers: [],
    gateReason: '',
    categories: [],
    omittedCategories: [],
    improvements: [],
    checks: [checkResult('build', 'pass', 100), checkResult('bench', 'pass', 100, { kind: 'metric', title: 'Bundle "size" <b>', metrics: { value: 120, unit: 'KiB' } })],
    config: { path: null, source: 'file', errors: [] },
    warnings: [],
    cancelled: false,
    startedAt: '2026-11-28T00:00:00.000Z',
    durationMs: 5,
    ...(h ? { baseline: { status: 'compared', branch: 'main', previous: { score: 80, grade: 'B', sha: 'c'.repeat(40), date: '2026-11-27', runId: '1' }, delta: 1, changes: [], trend: h.map((x) => x.score), history: h } } : {}),
    ...extra,
  } as Report;
}

/** Every ```mermaid block of a Markdown text. */
const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

describe('trend chart', () => {
  it('is a Mermaid xychart of the score with the threshold as a second line, that Mermaid parses', async () => {
    const md = renderSummary(report(history(21)));
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(1);
    const chart = blocks[0]!;
    expect(chart.split('\n')).toContain('xychart-beta');
    expect(chart).toContain('x-axis "Runs, oldest first" 1 --> 21');
    expect(chart).toContain('title "Readiness score, last 21 runs"');
    expect(chart).toContain('y-axis "Score" 0 --> 100');
    const lines = chart.split('\n').filter((l) => l.trim().startsWith('line ['));
    expect(lines).toHaveLength(2);
    // The threshold line: the recorded thresholds, this run's last.
    expect(lines[1]!.trim()).toBe(`line [${[...Array(20).fill('70'), '75'].join(', ')}]`);
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' });
    // Collapsed: it is not the headline.
    expect(md).toContain('<details><summary>Score trend, last 21 runs (threshold 75)</summary>\n\n```mermaid');
  });

  it('is absent without history, and with a single run', () => {
    expect(renderTrend(report(undefined))).toBe('');
    expect(renderTrend(report(history(1)))).toBe('');
    expect(mermaidBlocks(renderSummary(report(undefined)))).toEqual([]);
    expect(mermaidBlocks(renderSummary(report(history(1))))).toEqual([]);
  });

  it('is open when the ratchet failed: then it is the headline', () => {
    const md = renderTrend(report(history(5), { ratchet: { maxDrop: 1, status: 'failed', reasons: ['fell'] } }));
    expect(md.startsWith('<details open>')).toBe(true);
  });

  it('skips runs that were not scored and never lets text break the diagram', async () => {
    const h = history(6, (i) => (i === 2 ? { score: null } : i === 3 ? { sha: 'not a "sha"]\n```' } : {}));
    const chart = scoreChart(h, 70);
    expect(chart).toContain('last 5 runs');
    expect(chart).toContain('x-axis "Runs, oldest first" 1 --> 5');
    expect(chart).not.toContain('not a');
    const md = renderTrend(report(h));
    expect(md).toContain('Runs, oldest first: `cccc...'.slice(0, 20));
    expect(md).toContain('`run 3`');
    expect(md).not.toContain('not a "sha"');
    await expect(mermaid.parse(chart.replace(/^```mermaid\n|\n```$/g, ''))).resolves.toBeTruthy();
  });

  it('metric checks get their own chart from their history, also valid Mermaid', async () => {
    const h = history(4, (i) => ({ metrics: { bench: 100 + i * 10.25 } }));
    const md = renderTrend(report(h));
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toContain('title "Bundle size b (KiB)"');
    expect(blocks[1]).toContain('line [100, 110.25, 120.5, 130.75]');
    expect(md).toContain('<summary>Trend of Bundle &quot;size&quot; &lt;b&gt;, last 4 runs</summary>');
    for (const b of blocks) await expect(mermaid.parse(b)).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('numbers never use exponents, which the grammar refuses', async () => {
    expect(chartNumber(1e-7)).toBe('0');
    expect(chartNumber(1e21)).toBe('1000000000000000000000');
    expect(chartNumber(-2.5)).toBe('-2.5');
    expect(chartNumber(80)).toBe('80');
  });

  it('Mermaid refuses a broken chart (the test can fail)', async () => {
    await expect(mermaid.parse('xychart-beta\n    line [1, x2]')).rejects.toThrow(/Parse error/);
  });

  it('goes in the comment when there is room', () => {
    expect(mermaidBlocks(renderComment(report(history(10)), '<!-- m -->', 'https://x/1'))).toHaveLength(1);
  });
});
