// The sticky pull-request comment: headline, what fails, new findings, the change against the
// baseline, categories, and a link to the run with the full scorecard. Untrusted text stays
// escaped. GitHub's 65,536-character limit is spent by priority (limits.ts): the verdict, then
// gate-failing checks, then new findings, then the baseline, then the categories.
import { levelLine } from './levels.js';
import type { Report } from '../types.js';
import { renderBaseline } from './delta.js';
import { reasonWithTestIds, renderTestRegressions } from './test-regressions.js';
import { renderNewCode } from './new-code.js';
import { renderTrend } from './trend.js';
import { STATUS_ICON, formatScore, resultLine } from './format.js';
import { BUDGET, moreInReport, rankedChecks, rankedFindings, spendSize, cutToFit, failsGate } from './limits.js';
import { code, literal, text } from './markdown.js';

/** What the renderer spends of GitHub's 65,536 characters. */
export const COMMENT_LIMIT = BUDGET.commentChars;

export interface CommentOptions {
  maxChars?: number;
  /** The pull request's head commit the comment describes (after a force-push, readers can tell). */
  head?: string;
}

/** A list that takes what fits of `room` characters and says how many more are in the report. */
function budgetedList(heading: string, lines: string[], room: number, what: string): string {
  if (lines.length === 0) return '';
  const head = `${heading}\n`;
  const tailRoom = 80;
  const fit = spendSize(lines, room - head.length - tailRoom, (l) => l.length + 1);
  if (fit.kept.length === 0) return '';
  return [head, ...fit.kept, ...(fit.omitted > 0 ? [`- …${moreInReport(fit.omitted, what)}`] : [])].join('\n');
}

export function renderComment(report: Report, marker: string, runUrl: string, options: CommentOptions = {}): string {
  const limit = options.maxChars ?? COMMENT_LIMIT;
  const top = marker ? [marker] : [];
  if (report.config.errors.length > 0) {
    top.push('## ❌ Readiness: the configuration is invalid', '', `${report.config.errors.length} problem(s); see the [job summary](${runUrl}).`);
    return top.join('\n');
  }
  const score = report.score === null ? 'not scored' : `${formatScore(report.score)} / 100 · grade ${report.grade}`;
  // On a pull request the comment opens with what the change did (new-code view).
  const change = renderNewCode(report, { findings: 10, uncovered: 10 });
  if (change) top.push(change, '');
  top.push(`## ${report.passed ? '✅' : '❌'} Readiness ${score} · ${report.passed ? 'passed' : 'failed'} (threshold ${report.threshold})`);
  const level = levelLine(report);
  if (level) top.push('', level);
  if (options.head) top.push('', `<sub>Scored at head ${code(options.head.slice(0, 12))}.</sub>`);
  if (!report.passed && report.gateReason) top.push('', `**Why:** ${reasonWithTestIds(report.gateReason, report, 600)}`);
  const footer = `[Full scorecard, evidence and output](${runUrl}) · ${literal(`${report.tool.name} ${report.tool.version}`)}`;

  let room = limit - top.join('\n').length - footer.length - 16;
  const take = (section: string): string => {
    if (!section) return '';
    if (section.length + 2 > room) return '';
    room -= section.length + 2;
    return section;
  };

  // 1. Checks that fail the gate, the most points first.
  const order = new Map(report.improvements.map((imp, i) => [imp.id, i]));
  const failing = rankedChecks(report)
    .filter((c) => failsGate(c, report))
    .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  const failingLines = failing.map((c) => {
    const lost = report.improvements.find((imp) => imp.id === c.id)?.pointsLost;
    return `- ${STATUS_ICON[c.status]} ${text(c.title)} ${code(c.id)}${c.required ? ' 🔒' : ''}: ${text(resultLine(c), 200)}${lost ? ` (+${formatScore(lost)} points)` : ''}`;
  });
  const fix = take(budgetedList('**To fix first**\n', failingLines, room, 'failing checks'));
  // 1b. Tests the change broke (and fixed), by name.
  const testsFull = renderTestRegressions(report, { max: 10, heading: '####' });
  const tests = testsFull ? take(cutToFit(testsFull, Math.max(0, room - 2), (s) => s.length, `_More tests are in the [job summary](${runUrl})._`)) : '';

  // 2. Findings the change introduced (listed in the new-code section above when there is one).
  const fresh = change ? [] : rankedFindings(report).filter((r) => r.finding.new === true);
  const freshLines = fresh.map(({ finding: f, check }) => {
    const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
    return `- ${where}**${f.severity}** ${code(`${check.id}/${f.rule}`, 120)}: ${text(f.message, 200)}`;
  });
  const news = take(budgetedList(`**New findings** (${fresh.length})\n`, freshLines, room, 'new findings'));

  // 3. The change against the baseline, cut to what is left.
  const deltaFull = renderBaseline(report.baseline, 10, report.ratchet).replace(/^### /, '#### ');
  const delta = deltaFull ? take(cutToFit(deltaFull, Math.max(0, room - 2), (s) => s.length, `_The rest of this comparison is in the [job summary](${runUrl})._`)) : '';

  // 4. Categories.
  const categories =
    report.categories.length > 0
      ? take(['| Category | Points |', '| --- | ---: |', ...report.categories.map((c) => `| ${text(c.title)} | ${formatScore(c.points)} / ${formatScore(c.maxPoints)} |`)].join('\n'))
      : '';
  const omittedCats = report.omittedCategories.length > 0 ? take(`_Not scored: ${report.omittedCategories.map((c) => text(c.title)).join(', ')}._`) : '';
  // 5. The trend picture, last: it is in the job summary too.
  const trend = take(renderTrend(report));

  const left = [fix === '' && failingLines.length > 0, news === '' && freshLines.length > 0].filter(Boolean).length;
  const sections = [top.join('\n'), categories, omittedCats, fix, tests, news, delta, trend, left > 0 ? `_Some sections did not fit GitHub's comment limit; they are in the [job summary](${runUrl})._` : '', footer];
  return sections.filter(Boolean).join('\n\n');
}
