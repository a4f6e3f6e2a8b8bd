// The sticky pull-request comment: headline, categories, what fails, the change against the
// baseline, and a link to the run with the full scorecard. Untrusted text stays escaped.
import type { Report } from '../types.js';
import { renderBaseline } from './delta.js';
import { renderNewCode } from './new-code.js';
import { STATUS_ICON, formatScore, resultLine } from './format.js';
import { code, text } from './markdown.js';

/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_LIMIT = 65_000;

export function renderComment(report: Report, marker: string, runUrl: string): string {
  const out: string[] = [marker];
  if (report.config.errors.length > 0) {
    out.push('## ❌ Readiness: the configuration is invalid', '', `${report.config.errors.length} problem(s); see the [job summary](${runUrl}).`);
    return out.join('\n');
  }
  const score = report.score === null ? 'not scored' : `${formatScore(report.score)} / 100 · grade ${report.grade}`;
  const fresh = renderNewCode(report, { findings: 10, uncovered: 10 });
  if (fresh) out.push(fresh, '');
  out.push(`## ${report.passed ? '✅' : '❌'} Readiness ${score} · ${report.passed ? 'passed' : 'failed'} (threshold ${report.threshold})`);
  if (!report.passed && report.gateReason) out.push('', `**Why:** ${text(report.gateReason, 600)}`);
  if (report.categories.length > 0) {
    out.push('', '| Category | Points |', '| --- | ---: |', ...report.categories.map((c) => `| ${text(c.title)} | ${formatScore(c.points)} / ${formatScore(c.maxPoints)} |`));
  }
  if (report.omittedCategories.length > 0) out.push('', `_Not scored: ${report.omittedCategories.map((c) => text(c.title)).join(', ')}._`);
  const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'error' || report.blockers.includes(c.id));
  if (failing.length > 0) {
    out.push('', '**To fix first**', '');
    const order = new Map(report.improvements.map((imp, i) => [imp.id, i]));
    failing.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
    for (const c of failing.slice(0, 15)) {
      const lost = report.improvements.find((imp) => imp.id === c.id)?.pointsLost;
      out.push(`- ${STATUS_ICON[c.status]} ${text(c.title)} ${code(c.id)}${c.required ? ' 🔒' : ''}: ${text(resultLine(c), 200)}${lost ? ` (+${formatScore(lost)} points)` : ''}`);
    }
    if (failing.length > 15) out.push(`- …and ${failing.length - 15} more`);
  }
  const delta = renderBaseline(report.baseline, 10);
  if (delta) out.push('', delta.replace(/^### /, '#### '));
  out.push('', `[Full scorecard, evidence and output](${runUrl}) · ${report.tool.name} ${report.tool.version}`);
  let body = out.join('\n');
  if (body.length > COMMENT_LIMIT) body = `${body.slice(0, COMMENT_LIMIT)}\n\n…cut to fit GitHub's comment limit; see the [job summary](${runUrl}).`;
  return body;
}
