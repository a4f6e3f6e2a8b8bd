// The change against the baseline, for the summary and the pull-request comment.
import type { BaselineInfo } from '../types.js';
import { STATUS_ICON, formatScore } from './format.js';
import { code, text } from './markdown.js';

const BARS = '▁▂▃▄▅▆▇█';

/** A small trend of scores: bars scaled 0–100, gaps for runs that had no score. */
export function sparkline(scores: readonly (number | null)[]): string {
  return scores.map((s) => (s === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, s)) / 100) * BARS.length))])).join('');
}

export function formatDelta(delta: number | null | undefined): string {
  if (delta === null || delta === undefined) return 'n/a';
  if (delta === 0) return '±0';
  return `${delta > 0 ? '+' : '−'}${formatScore(Math.abs(delta))}`;
}

export function renderBaseline(info: BaselineInfo | undefined, maxChanges = 20): string {
  if (!info) return '';
  const head = '### Change against the baseline';
  if (info.status !== 'compared') {
    const why = info.reason ?? 'no baseline';
    return [head, '', `_${text(why, 300)}._ The gate does not depend on the baseline.`].join('\n');
  }
  const prev = info.previous!;
  const lines = [
    head,
    '',
    `**${formatDelta(info.delta)}** against ${code(info.branch ?? '')} (${formatScore(prev.score)} → this run; ${code(prev.sha.slice(0, 7) || 'unknown')}, ${prev.date.slice(0, 10)})`,
  ];
  if (info.trend && info.trend.length > 1) {
    lines.push('', `Trend of the last ${info.trend.length} scores: ${sparkline(info.trend)} (${info.trend.map((s) => formatScore(s)).join(' → ')})`);
  }
  const changes = info.changes ?? [];
  if (changes.length === 0) lines.push('', 'No check changed status.');
  else {
    lines.push('', '| Check | Before | Now |', '| --- | --- | --- |');
    for (const c of changes.slice(0, maxChanges)) {
      const cell = (s: string | null) => (s ? `${STATUS_ICON[s as keyof typeof STATUS_ICON]} ${s}` : '—');
      lines.push(`| ${text(c.title)} ${code(c.id)} | ${cell(c.before)} | ${cell(c.after)} |`);
    }
    if (changes.length > maxChanges) lines.push('', `…and ${changes.length - maxChanges} more changes.`);
  }
  return lines.join('\n');
}
