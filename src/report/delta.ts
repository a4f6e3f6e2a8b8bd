// The change against the baseline, for the summary, the pull-request comment and the terminal.
import type { BaselineInfo, RatchetInfo } from '../types.js';
import { STATUS_ICON, formatScore } from './format.js';
import { code, literal, text } from './markdown.js';

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

const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'unknown');

/** Which report the baseline is, in words: the merge-base's, an ancestor's and how far back, or a file. */
export function baselineOrigin(info: BaselineInfo): string {
  const prev = info.previous!;
  const day = literal(prev.date.slice(0, 10));
  if (info.source === 'file') return `the report ${code(info.branch ?? '')}${prev.sha ? ` (${code(short(prev.sha))})` : ''}, ${day}`;
  const at = `${code(short(prev.sha))} on ${code(info.branch ?? '')}, ${day}`;
  if (info.mergeBase !== undefined && info.behind !== undefined) {
    if (info.behind === 0) return `${at} (the merge-base)`;
    return `${at}: the newest report on the base branch, **${info.behind} commit${info.behind > 1 ? 's' : ''} behind** the merge-base ${code(short(info.mergeBase))}`;
  }
  return at;
}

function ratchetLine(r: RatchetInfo | undefined): string {
  if (!r) return 'The gate does not depend on the baseline.';
  const rules = [r.maxDrop !== undefined ? `max-drop ${formatScore(r.maxDrop)}` : '', r.noNewFailures ? 'no-new-failures' : '', r.noNewTestFailures ? 'no-new-test-failures' : ''].filter(Boolean).join(', ');
  if (r.status === 'no-baseline') return `**Ratchet** (${rules}) did not apply: there is no baseline to compare with.`;
  if (r.status === 'passed') return `**Ratchet** (${rules}): ✅ held.`;
  return `**Ratchet** (${rules}): ❌ ${r.reasons.map((x) => text(x, 400)).join('; ')}.`;
}

export function renderBaseline(info: BaselineInfo | undefined, maxChanges = 20, ratchet?: RatchetInfo): string {
  if (!info) return ratchet ? ['### Change against the baseline', '', ratchetLine(ratchet)].join('\n') : '';
  const head = '### Change against the baseline';
  if (info.status !== 'compared') {
    const why = info.reason ?? 'no baseline';
    return [head, '', `_${text(why, 400)}._ ${ratchetLine(ratchet)}`].join('\n');
  }
  const prev = info.previous!;
  const lines = [head, '', `**${formatDelta(info.delta)}** against ${baselineOrigin(info)}, which scored ${formatScore(prev.score)}.`, '', ratchetLine(ratchet)];
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

/** The baseline for a terminal: one line of delta and origin, the ratchet, the text sparkline. */
export function terminalBaseline(info: BaselineInfo | undefined, ratchet?: RatchetInfo): string[] {
  const out: string[] = [];
  if (info?.status === 'compared') {
    const prev = info.previous!;
    const where = info.source === 'file' ? info.branch : `${short(prev.sha)} on ${info.branch}${info.behind ? `, ${info.behind} commits behind the merge-base` : ''}`;
    out.push(`Baseline ${formatDelta(info.delta)} against ${where} (${formatScore(prev.score)} then)`);
    if (info.trend && info.trend.length > 1) out.push(`  trend ${sparkline(info.trend)}  ${info.trend.map((s) => formatScore(s)).join(' → ')}`);
    const worse = (info.changes ?? []).filter((c) => c.before && c.after && c.before !== c.after);
    for (const c of worse.slice(0, 10)) out.push(`  ${c.id}: ${c.before} → ${c.after}`);
    for (const t of info.tests ?? []) {
      if (t.status !== 'compared') out.push(`  ${t.id} tests: ${t.reason ?? 'no baseline test ids'}`);
      else {
        out.push(`  ${t.id} tests: ${t.newlyFailing.count} newly failing, ${t.stillFailing.count} still failing, ${t.fixed.count} fixed, ${t.newlyFlaky.count} newly flaky, ${t.removed.count} removed${t.notRun?.count ? `, ${t.notRun.count} not run (their module, suite or package did not run)` : ''}`);
        for (const n of t.newlyFailing.tests.slice(0, 5)) out.push(`    new failure: ${n.id}${n.message ? `: ${n.message}` : ''}${n.file ? ` (${n.file}${n.line ? `:${n.line}` : ''})` : ''}`);
      }
    }
  } else if (info) out.push(`Baseline: ${info.reason ?? info.status}`);
  if (ratchet) out.push(ratchet.status === 'failed' ? `Ratchet failed: ${ratchet.reasons.join('; ')}` : ratchet.status === 'passed' ? 'Ratchet held.' : ratchet.reasons.join('; '));
  return out;
}
