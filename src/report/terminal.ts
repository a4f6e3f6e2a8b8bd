// The scorecard for a terminal: plain text, with colour only when asked.
import type { CheckResult, CheckStatus, Report } from '../types.js';
import { formatDuration, formatScore, hasRun, resultLine } from './format.js';
import { terminalBaseline } from './delta.js';

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function palette(color: boolean): Palette {
  if (!color) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** Colour when writing to a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR wins. */
export function useColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}

// Terminal output is for the person at the keyboard, but report text is still untrusted:
// escape sequences in it must not drive their terminal.
function plain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

const MARK: Record<CheckStatus, string> = { pass: '✔', warn: '!', fail: '✖', error: '⚠', skipped: '-', waived: '~' };

export function statusMark(status: CheckStatus, p: Palette): string {
  const mark = `${MARK[status]} ${status.padEnd(7)}`;
  switch (status) {
    case 'pass':
      return p.green(mark);
    case 'warn':
      return p.yellow(mark);
    case 'fail':
    case 'error':
      return p.red(mark);
    default:
      return p.dim(mark);
  }
}

/** One line for a finished check, used live while the run goes on. */
export function checkLine(check: CheckResult, p: Palette): string {
  const time = hasRun(check) ? p.dim(formatDuration(check.evidence.durationMs)) : '';
  const phased = check.enforcement?.state === 'pending' ? p.dim(`  (not counted: enforced from ${check.enforcement.from})`) : '';
  return `${statusMark(check.status, p)} ${p.bold(plain(check.id))}  ${plain(resultLine(check))}${phased}  ${time}`.trimEnd();
}

export function renderTerminal(report: Report, p: Palette): string {
  const out: string[] = [];
  if (report.config.errors.length > 0) {
    out.push(p.red(p.bold('Configuration invalid; no checks ran:')));
    for (const e of report.config.errors) out.push(`  ${plain(e)}`);
    return `${out.join('\n')}\n`;
  }
  const verdict = report.passed ? p.green(p.bold('PASSED')) : p.red(p.bold('FAILED'));
  const score = report.score === null ? 'not scored' : `${formatScore(report.score)}/100 (grade ${report.grade})`;
  out.push('', `${p.bold('Readiness')} ${p.bold(score)}  ${verdict}  threshold ${report.threshold}`);
  if (!report.passed && report.gateReason) out.push(`  ${plain(report.gateReason)}`);
  if (report.cancelled) out.push(p.yellow('  The run was cancelled; this scorecard is partial.'));
  if (report.levels) {
    const next = report.levels.levels.find((l) => l.id === report.levels!.next);
    const gaps = next ? `; ${next.id} still needs ${[...next.missing.map((m) => m.id), ...next.emptyCategories.map((c) => `a ${c} check`)].map(plain).join(', ')}` : ' (the top level)';
    out.push(`  Level: ${p.bold(plain(report.levels.reached ?? 'none'))}${gaps}`);
  }
  if (report.config.detected) {
    out.push('', p.bold('Auto-detected (no config file; `readiness init` writes it down)'));
    for (const r of report.config.detected.reasons) out.push(`  ${plain(r)}`);
    const suggestions = report.config.detected.suggestions ?? [];
    if (suggestions.length > 0) out.push(`  Suggested, not scored (no script or CI step runs ${suggestions.length === 1 ? 'it' : 'them'}): ${suggestions.map((g) => `${plain(g.id)} (${plain(g.run)})`).join(', ')}`);
    for (const l of report.config.detected.leftOut ?? []) out.push(p.dim(`  not run: ${plain(l.origin)}: ${plain(l.command)} (${plain(l.reason)})`));
  }

  if (report.categories.length > 0) {
    out.push('', p.bold('Categories'));
    const width = Math.max(...report.categories.map((c) => c.title.length));
    for (const c of report.categories) {
      out.push(`  ${plain(c.title).padEnd(width)}  ${formatScore(c.points).padStart(5)} / ${formatScore(c.maxPoints).padEnd(5)} ${p.dim(`score ${formatScore(c.score)}`)}`);
    }
  }
  if (report.omittedCategories.length > 0) {
    out.push(p.dim(`  Not scored: ${report.omittedCategories.map((c) => `${plain(c.title)} (${c.reason})`).join(', ')}`));
  }
  if (report.checks.length > 0) {
    out.push('', p.bold('Checks'));
    for (const c of report.checks) out.push(`  ${checkLine(c, p)}`);
  }
  const n = report.newCode;
  if (n) {
    out.push('', p.bold('New code'));
    if (n.source === 'none') out.push(`  no new-code view: ${plain(n.reason ?? 'no merge-base')}`);
    else {
      const cov = n.coverage?.pct === null || n.coverage === null ? 'not measured' : `${Math.floor(n.coverage.pct * 10) / 10}% (${n.coverage.covered}/${n.coverage.total})`;
      out.push(`  merge-base ${n.mergeBase?.slice(0, 7)} (${n.source}): ${n.changedFiles} files, ${n.changedLines} lines changed`);
      out.push(`  new findings ${n.findings.total}${n.findings.partial ? '+' : ''} · patch coverage ${cov} · new-code score ${formatScore(n.score === null ? null : Math.floor(n.score * 10) / 10)}`);
      for (const u of n.coverage?.uncovered.slice(0, 10) ?? []) out.push(p.dim(`  uncovered ${plain(u.file)}: ${u.lines}`));
    }
    for (const c of n.conditions) out.push(`  ${c.passed ? p.green('✓') : p.red('✗')} ${c.id === 'coverage' ? `patch coverage ≥ ${c.limit}%` : `new findings ≤ ${c.limit}`}: ${c.actual === null ? plain(c.reason ?? 'not measured') : `${c.actual}${c.id === 'coverage' ? '%' : ''}`}`);
  }
  if (report.improvements.length > 0) {
    out.push('', p.bold('What would raise the score most'));
    for (const imp of report.improvements.slice(0, 5)) out.push(`  +${formatScore(imp.pointsLost).padEnd(5)} ${plain(imp.id)} (${imp.status})`);
  }
  const baseline = terminalBaseline(report.baseline, report.ratchet);
  if (baseline.length > 0) out.push('', ...baseline.map((l) => plain(l)));
  for (const w of report.warnings) out.push(p.yellow(`warning: ${plain(w)}`));
  out.push('', p.dim(`${plain(`${report.tool.name} ${report.tool.version}`)} · ${formatDuration(report.durationMs)}`));
  return `${out.join('\n')}\n`;
}
