// Display helpers shared by the summary, the terminal and the pull-request comment.
import type { CheckResult, CheckStatus } from '../types.js';

export const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✅',
  warn: '🟡',
  fail: '❌',
  error: '⚠️',
  skipped: '⏭️',
  waived: '💤',
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

/** A time that never wraps in a table cell: `450ms`, `2.3s`, `1m03s`. */
export function compactDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.round(s - m * 60)).padStart(2, '0')}s`;
}

/** Short status words for narrow columns. */
export const STATUS_WORD: Record<CheckStatus, string> = { pass: 'pass', warn: 'warn', fail: 'fail', error: 'error', skipped: 'skip', waived: 'waived' };

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Scores print with one decimal, dropping `.0`. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return '—';
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** The result column: the measurement, its target, and for waived checks what was measured. */
export function resultLine(check: CheckResult): string {
  let line = check.summary;
  // Reader summaries carry their own target; a bare command's has none to add.
  if (check.target && check.status !== 'skipped' && check.status !== 'error' && !line.includes('target') && !line.includes(check.target)) {
    line += ` (target ${check.target})`;
  }
  if (check.waiver?.state === 'active') {
    line = `waived: ${check.waiver.reason}${check.waiver.until ? ` (until ${check.waiver.until})` : ''}; measured ${check.waiver.measuredStatus}: ${line}`;
  } else if (check.waiver?.state === 'expired') {
    line += ` (waiver expired ${check.waiver.until})`;
  }
  return line;
}

/** Whether the check ran long enough to show a time. */
export function hasRun(check: CheckResult): boolean {
  return check.status !== 'skipped';
}

/** A path GitHub can place in the repository (relative, inside it), or undefined. */
export function repositoryPath(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const f = file.replace(/\\/g, '/');
  if (f.startsWith('/') || /^[A-Za-z]:\//.test(f) || f.split('/').includes('..')) return undefined;
  return f;
}
