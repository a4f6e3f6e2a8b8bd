// "This pull request": the new-code view at the top of the summary and the sticky comment —
// merge-base and how it was found, changed files and lines, new findings, patch coverage with the
// uncovered changed lines, the new-code score and each gate condition. Renders; measures nothing.
import type { NewCodeInfo, Report } from '../types.js';
import { formatScore } from './format.js';
import { code, text } from './markdown.js';

export interface NewCodeRenderOptions {
  /** New findings listed (the rest are counted). */
  findings?: number;
  /** Files with uncovered changed lines listed. */
  uncovered?: number;
}

const SOURCE_TEXT: Record<NewCodeInfo['source'], string> = {
  git: 'found with git',
  api: "from GitHub's compare API",
  none: 'not found',
};

function short(sha: string | null): string {
  return sha ? code(sha.slice(0, 7)) : '—';
}

function pct(n: number | null): string {
  return n === null ? '—' : `${Math.floor(n * 10) / 10}%`;
}

function conditionLine(c: NewCodeInfo['conditions'][number]): string {
  const icon = c.passed ? '✅' : '❌';
  const origin = c.default ? ' _(default)_' : '';
  if (c.id === 'coverage') {
    const got = c.actual === null ? text(c.reason ?? 'not measured') : `${c.actual}%${c.reason ? ` (${text(c.reason)})` : ''}`;
    return `- ${icon} patch coverage ≥ ${c.limit}%${origin}: ${got}`;
  }
  const got = c.actual === null ? text(c.reason ?? 'not measured') : `${c.actual}`;
  return `- ${icon} ${c.id === 'max-errors' ? 'new error-level findings' : 'new findings'} ≤ ${c.limit}${origin}: ${got}`;
}

export function renderNewCode(report: Report, options: NewCodeRenderOptions = {}): string {
  const n = report.newCode;
  if (!n) return '';
  const maxFindings = options.findings ?? 20;
  const maxUncovered = options.uncovered ?? 20;
  const out: string[] = [];
  const verdict = n.conditions.length === 0 ? '' : n.passed ? ' · ✅ new-code gate passed' : ' · ❌ new-code gate failed';
  out.push(`## This pull request${verdict}`, '');
  if (n.source === 'none') {
    out.push(`No new-code view: ${text(n.reason ?? 'the merge-base could not be found', 600)}.`);
    if (n.how.length > 0) out.push('', `Tried: ${n.how.map((h) => text(h, 200)).join('; ')}.`);
    if (n.conditions.length > 0) out.push('', ...n.conditions.map(conditionLine));
    return out.join('\n');
  }
  // The last fetch is the one that reached the merge-base.
  const depth = [...n.how].reverse().find((h) => h.startsWith('git fetch --depth='));
  out.push(
    `**Merge-base** ${short(n.mergeBase)} of base ${short(n.base)} and head ${short(n.head)}, ${SOURCE_TEXT[n.source]}${n.source === 'git' && depth ? ` after fetching (${text(depth.replace(/:.*$/, ''), 80)})` : ''}` +
      ` · **${n.changedFiles}** changed file${n.changedFiles === 1 ? '' : 's'}, **${n.changedLines}** changed line${n.changedLines === 1 ? '' : 's'}` +
      ` · **new-code score ${formatScore(n.score === null ? null : Math.floor(n.score * 10) / 10)}**${n.score === null ? ' (no check has a new-code view)' : ''}`,
  );
  if (n.reason) out.push('', `> [!WARNING]`, `> ${text(n.reason, 600)}`);
  if (n.conditions.length > 0) {
    const defaults = n.conditions.some((c) => c.default) ? ["Zero config's default new-code gate: no new error-level finding, and patch coverage at least the coverage check's target when measured (the inputs `new-code-max-findings` and `new-code-coverage` replace it)."] : [];
    out.push('', ...defaults, ...(defaults.length ? [''] : []), ...n.conditions.map(conditionLine));
  }

  // New findings with file:line, most severe first.
  const fresh: { check: string; file?: string; line?: number; severity: string; rule: string; message: string }[] = [];
  for (const c of report.checks) for (const f of c.findings) if (f.new) fresh.push({ check: c.id, ...f });
  const rank: Record<string, number> = { error: 0, warning: 1, note: 2 };
  fresh.sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
  // Partial because a check kept part of its findings, or because the diff itself was cut.
  const partial = !n.findings.partial ? '' : n.checks.some((c) => c.partial) ? ' (at least: a check kept only part of its findings)' : ' (at least: only part of the change was read)';
  if (n.findings.total === 0) out.push('', `**New findings:** none${partial}.`);
  else {
    const per = Object.entries(n.findings.byCheck)
      .filter(([, v]) => v > 0)
      .map(([id, v]) => `${code(id)} ${v}`)
      .join(', ');
    out.push('', `**New findings: ${n.findings.total}**${partial} (${per})`, '');
    for (const f of fresh.slice(0, maxFindings)) {
      const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
      out.push(`- ${where}**${f.severity}** ${code(f.check)} ${code(f.rule, 120)}: ${text(f.message, 200)}`);
    }
    if (fresh.length > maxFindings) out.push(`- …and ${fresh.length - maxFindings} more in the JSON report`);
  }

  if (n.coverage) {
    const c = n.coverage;
    const line =
      c.pct === null
        ? '**Patch coverage:** no executable line was changed'
        : `**Patch coverage: ${pct(c.pct)}** (${c.covered}/${c.total} executable changed lines covered)`;
    const unreported = c.unreported > 0 ? `; ${c.unreported} changed file${c.unreported === 1 ? '' : 's'} not in any coverage report` : '';
    out.push('', line + unreported);
    if (c.uncovered.length > 0) {
      out.push('', '<details><summary>Uncovered changed lines</summary>', '');
      for (const u of c.uncovered.slice(0, maxUncovered)) out.push(`- ${code(u.file)}: ${code(u.lines, 400)}`);
      if (c.uncovered.length > maxUncovered) out.push(`- …and ${c.uncovered.length - maxUncovered} more files in the JSON report`);
      out.push('', '</details>');
    }
  } else out.push('', '**Patch coverage:** no coverage check with per-line data ran.');

  const scored = n.checks.filter((c) => c.score !== undefined);
  if (scored.length > 0) {
    out.push('', '| Check | New code | Score |', '| --- | --- | ---: |');
    for (const c of scored) {
      const what = c.coverage ? (c.coverage.pct === null ? 'no executable changed line' : `patch coverage ${pct(c.coverage.pct)} (${c.coverage.covered}/${c.coverage.total})`) : `${c.newFindings} new finding${c.newFindings === 1 ? '' : 's'}${c.partial ? ' (at least)' : ''}`;
      out.push(`| ${text(c.title)} ${code(c.id)} | ${what} | ${formatScore(c.score === undefined ? null : Math.round(c.score * 10) / 10)} |`);
    }
  }
  return out.join('\n');
}
