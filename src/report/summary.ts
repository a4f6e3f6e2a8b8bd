// The job summary (SPEC §5) as GitHub Markdown. Renders a Report; measures nothing.
import { benchmarkTable } from './benchmark-table.js';
import type { CheckResult, Report } from '../types.js';
import { STATUS_ICON, STATUS_WORD, compactDuration, formatBytes, formatDuration, formatScore, hasRun, resultLine } from './format.js';
import { renderBaseline } from './delta.js';
import { reasonWithTestIds, renderTestRegressions } from './test-regressions.js';
import { renderNewCode } from './new-code.js';
import { renderLevels, renderPhasing } from './levels.js';
import { renderTrend } from './trend.js';
import { sharedCauses } from './shared-causes.js';
import { code, codeBlock, html, literal, text } from './markdown.js';
import { BUDGET, cutToFit, moreInReport, rankedCheckFindings, rankedChecks, spendSize } from './limits.js';

/** GitHub refuses step summaries over 1 MiB; the budget keeps a margin for what else the step writes. */
export const SUMMARY_LIMIT_BYTES = BUDGET.summaryBytes;

export interface SummaryOptions {
  maxBytes?: number;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Names of the workflow inputs the errors are about ("input threshold: expected …"). */
export function invalidInputs(errors: readonly string[]): string[] {
  return [...new Set(errors.map((e) => /^input ([\w-]+):/.exec(e)?.[1]).filter((n): n is string => !!n))];
}

function headline(report: Report): string {
  const lines: string[] = [];
  if (report.config.errors.length > 0) {
    if (report.config.errors.every((e) => e.startsWith('internal error:'))) {
      lines.push('## ❌ Readiness: the run could not complete', '', 'An error inside the scorecard stopped it; nothing was scored:', '', codeBlock(report.config.errors.join('\n')));
      return lines.join('\n');
    }
    // Workflow inputs are named in the headline: the config file may be fine.
    const inputs = invalidInputs(report.config.errors);
    lines.push(inputs.length > 0 ? `## ❌ Readiness: invalid workflow input ${inputs.map((i) => code(i)).join(', ')}` : '## ❌ Readiness: the configuration is invalid', '');
    lines.push(
      `No checks ran. Fix ${inputs.length > 0 ? 'the step\'s `with:` inputs' : report.config.path ? code(report.config.path) : 'the configuration'} and run again; each line names the ${inputs.length > 0 ? 'input' : 'field'}, what was expected and what was found:`,
      '',
      codeBlock(report.config.errors.join('\n')),
    );
    return lines.join('\n');
  }
  const verdict = report.passed ? 'passed' : 'failed';
  const icon = report.passed ? '✅' : '❌';
  const score = report.score === null ? 'not scored' : `${formatScore(report.score)} / 100 · grade ${report.grade}`;
  lines.push(`## ${icon} Readiness ${score} · ${verdict} (threshold ${report.threshold})`);
  if (!report.passed && report.gateReason) lines.push('', `**Why:** ${reasonWithTestIds(report.gateReason, report)}`);
  if (report.blockers.length > 0) {
    const list = report.blockers.map((id) => {
      const c = report.checks.find((k) => k.id === id);
      return `${code(id)} (${c?.status ?? '?'})`;
    });
    // Said plainly: a required check (conflict markers and secrets are, in zero config) fails the gate whatever the score.
    lines.push('', `**Blockers:** ${list.join(', ')} — required: ${report.blockers.length === 1 ? 'it blocks' : 'they block'} the gate whatever the score.`);
  }
  if (report.cancelled) lines.push('', '> [!WARNING]', '> The run was cancelled; this scorecard is partial.');
  if (report.omittedCategories.length > 0) {
    const list = report.omittedCategories.map((c) => `${text(c.title)} (${text(c.reason)})`).join(', ');
    lines.push(
      '',
      `> [!NOTE]`,
      `> **Not scored:** ${list}. The score is the weighted mean of the other categories only.`,
    );
  }
  return lines.join('\n');
}

function detectedSection(report: Report): string {
  const d = report.config.detected;
  if (!d) return '';
  const origins = report.checks.filter((c) => c.origin);
  const suggestions = d.suggestions ?? [];
  const leftOut = d.leftOut ?? [];
  return [
    '> [!NOTE]',
    "> No config file: this suite was **auto-detected** from the project's own CI steps and scripts. Run `readiness init` (or copy the block below to `.github/readiness.yml`) to keep it and change it.",
    '',
    ...d.reasons.map((r) => `- ${text(r, 400)}`),
    ...(suggestions.length
      ? [
          '',
          `**Suggested, not scored** (only a convention proposes ${suggestions.length === 1 ? 'it' : 'them'}: no script or CI step of the project runs ${suggestions.length === 1 ? 'it' : 'them'}):`,
          '',
          ...suggestions.slice(0, 5).map((g) => `- ${code(g.id)}: ${code(g.run)} — ${text(g.why, 200)}`),
          ...(suggestions.length > 5 ? [`- …and ${suggestions.length - 5} more, listed in the equivalent config below.`] : []),
        ]
      : []),
    ...(origins.length
      ? ['', `<details><summary>Where each check came from (${origins.length})</summary>`, '', '| Check | From |', '| --- | --- |', ...origins.map((c) => `| ${code(c.id)} | ${text(c.origin!, 300)} |`), '', '</details>']
      : []),
    ...(leftOut.length
      ? ['', `<details><summary>CI commands not run here (${leftOut.length})</summary>`, '', ...leftOut.map((l) => `- ${text(l.origin, 200)}: ${code(l.command)} — ${text(l.reason, 200)}`), '', '</details>']
      : []),
    '',
    '<details><summary>Equivalent .github/readiness.yml</summary>',
    '',
    codeBlock(d.yaml, 'yaml'),
    '',
    '</details>',
  ].join('\n');
}

function categoriesTable(report: Report): string {
  if (report.categories.length === 0) return '';
  const rows = report.categories.map(
    (c) => `| ${text(c.title)} | ${formatScore(c.score)} | ${formatScore(c.points)} / ${formatScore(c.maxPoints)} | ${formatScore(c.weight)} |`,
  );
  return [
    '### Categories',
    '',
    '| Category | Score | Points | Weight |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    // The overall score itself, not a sum of rounded points that could differ from it by 0.1.
    `| **Total** | ${formatScore(report.score)} | **${formatScore(report.score)} / 100** | |`,
  ].join('\n');
}

function checkRow(c: CheckResult): string {
  const phased = c.enforcement?.state === 'pending' ? ` ⏳ enforced from ${c.enforcement.from}` : '';
  const name = `${text(c.title)}${c.title !== c.id ? ` ${code(c.id)}` : ''}${c.required ? ' 🔒' : ''}${phased}`;
  // One line each: a short word joined to its icon, a compact time; a shared scan pass is timed once.
  const time = !hasRun(c) ? '—' : c.evidence.timedOn ? 'shared' : compactDuration(c.evidence.durationMs);
  return `| ${STATUS_ICON[c.status]}\u00a0${STATUS_WORD[c.status]} | ${name} | ${text(resultLine(c), 240)} | ${formatScore(c.score)} | ${time} |`;
}

/** The checks table; when it alone would take more than its share, gate-failing rows go first. */
function checksTable(report: Report, budgetBytes: number): string {
  if (report.checks.length === 0) return '';
  const head = ['### Checks', '', '| Status | Check | Result | Score | Time |', '| --- | --- | --- | ---: | ---: |'];
  const foot = report.checks.some((c) => c.required) ? ['', '🔒 required: the gate fails if it does not pass.'] : [];
  let rows = report.checks.map(checkRow);
  let more: string[] = [];
  if (bytes([...head, ...rows, ...foot].join('\n')) > budgetBytes) {
    const fit = spendSize(rankedChecks(report).map(checkRow), budgetBytes - bytes([...head, ...foot].join('\n')) - 200, (r) => bytes(r) + 1);
    rows = fit.kept;
    more = ['', `_Failing checks first; ${moreInReport(fit.omitted, 'checks')}._`];
  }
  return [...head, ...rows, ...more, ...foot].join('\n');
}

/** Checks that could not measure, apart from real failures, and what that means for the score. */
function unmeasuredSection(report: Report): string {
  const errors = report.checks.filter((c) => c.status === 'error');
  if (errors.length === 0) return '';
  const unscored = report.unmeasured === 'unscored';
  const n = errors.length;
  const effect = unscored
    ? `${n === 1 ? 'It is' : 'They are'} left out of the score (\`unmeasured: unscored\`): the score covers only what was measured.`
    : `${n === 1 ? 'It counts' : 'They count'} 0 (\`unmeasured: zero\`, the default), so the score is a lower bound.`;
  return [
    '### Could not measure',
    '',
    `${n} check${n === 1 ? '' : 's'} could not measure; this is not a failure of the project. ${effect}`,
    '',
    ...errors.map((c) => `- ${code(c.id)}: ${text(c.summary, 300)}`),
  ].join('\n');
}

/** One cause behind several failed checks, said once before the list of what to fix. */
function sharedCauseSection(report: Report): string {
  const causes = sharedCauses(report.checks).slice(0, 5);
  if (causes.length === 0) return '';
  return [
    '### One cause, several checks',
    '',
    ...causes.map((c) => `- ${code(c.cause, 300)} stopped ${c.checks.map((id) => code(id)).join(', ')}: fix it once and ${c.checks.length === 2 ? 'both' : `all ${c.checks.length}`} can pass.`),
  ].join('\n');
}

function improvementsList(report: Report): string {
  if (report.improvements.length === 0) return '';
  const items = report.improvements.slice(0, 10).map((imp, i) => {
    const c = report.checks.find((k) => k.id === imp.id);
    return `${i + 1}. **+${formatScore(imp.pointsLost)} points**: ${STATUS_ICON[imp.status]} ${text(imp.title)} ${code(imp.id)} — ${text(c ? resultLine(c) : '', 200)}`;
  });
  const more = report.improvements.length > 10 ? [`\n…and ${report.improvements.length - 10} more.`] : [];
  return ['### What would raise the score most', '', ...items, ...more].join('\n');
}

interface DetailBudget {
  tailBytes: number;
  findings: number;
}

function checkDetails(c: CheckResult, budget: DetailBudget): string {
  const e = c.evidence;
  const facts: string[] = [];
  if (e.command !== undefined) facts.push(`**Command:** ${code(e.command, 2000)} in ${code(e.workingDirectory)}`);
  const meta: string[] = [];
  if (e.exitCode !== undefined && e.exitCode !== null) meta.push(`**Exit code:** ${e.exitCode}`);
  if (e.signal) meta.push(`**Signal:** ${literal(e.signal)}`);
  if (hasRun(c)) meta.push(e.timedOn ? `**Duration:** one scan pass with ${code(e.timedOn)}, timed there` : `**Duration:** ${formatDuration(e.durationMs)}`);
  meta.push(`**Category:** ${code(c.category)}`, `**Weight:** ${c.weight}`);
  if (c.required) meta.push('**Required:** yes');
  facts.push(meta.join(' · '));
  if (e.sources.length > 0) {
    const shown = e.sources.slice(0, 10).map((s) => code(s));
    facts.push(`**Read:** ${shown.join(', ')}${e.sources.length > 10 ? ` and ${e.sources.length - 10} more` : ''}`);
  }
  if (c.waiver) {
    facts.push(
      `**Waiver (${c.waiver.state}):** ${text(c.waiver.reason)}${c.waiver.until ? ` until ${literal(c.waiver.until)}` : ''}; measured ${c.waiver.measuredStatus}${
        c.waiver.measuredScore !== undefined ? ` (score ${formatScore(c.waiver.measuredScore)})` : ''
      }`,
    );
  }
  // A built-in scan has no command; its note says what the pass read and skipped.
  const benchmarks = benchmarkTable(c);
  const parts = [facts.join('  \n'), ...(e.why && e.why.length > 0 ? [`**Why:**\n\n${codeBlock(e.why.join('\n'))}`] : []), ...(benchmarks ? [benchmarks] : []), ...(e.note ? [codeBlock(e.note)] : [])];
  if (c.findings.length > 0 && budget.findings > 0) {
    // New findings first, then by severity: what the reader must see survives the trimming.
    const shown = rankedCheckFindings(c).slice(0, budget.findings).map((f) => {
      const where = f.file ? `${code(`${f.file}${f.line ? `:${f.line}` : ''}`)} ` : '';
      return `- ${f.new ? '🆕 ' : ''}${where}**${f.severity}** ${code(f.rule, 120)}: ${text(f.message, 300)}`;
    });
    const head = c.findings.length > shown.length ? `**Findings** (first ${shown.length} of ${c.findings.length}; ${moreInReport(c.findings.length - shown.length)}):` : `**Findings** (${c.findings.length}):`;
    parts.push([head, '', ...shown].join('\n'));
  }
  const tail = e.outputTail ?? '';
  if (tail.length > 0 && budget.tailBytes > 0) {
    let shown = tail;
    if (bytes(tail) > budget.tailBytes) {
      const buf = Buffer.from(tail, 'utf8');
      shown = buf.subarray(buf.length - budget.tailBytes).toString('utf8').replace(/^\uFFFD+/, '');
    }
    const cut = shown.length < tail.length || e.outputTruncated;
    parts.push(`**Output**${cut ? ` (last ${formatBytes(bytes(shown))})` : ''}:\n\n${codeBlock(shown)}`);
  } else if (tail.length > 0) {
    parts.push('_Output left out to keep the summary under GitHub’s size limit; it is in the JSON report._');
  }
  const title = `${STATUS_ICON[c.status]} ${c.title} — ${resultLine(c)}`;
  return `<details><summary>${html(title, 200)}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

const LADDER: DetailBudget[] = [
  { tailBytes: 64 * 1024, findings: 20 },
  { tailBytes: 16 * 1024, findings: 20 },
  { tailBytes: 4 * 1024, findings: 10 },
  { tailBytes: 1024, findings: 5 },
  { tailBytes: 0, findings: 3 },
  { tailBytes: 0, findings: 0 },
];

/** Details shrink step by step (output tails first, then findings, then whole sections) to fit. */
function detailsSection(report: Report, budgetBytes: number): string {
  if (report.checks.length === 0) return '';
  const heading = '### Details';
  // Checks that did not pass get the larger share of the output tail.
  let ordered = report.checks;
  for (const step of LADDER) {
    const blocks = ordered.map((c) =>
      checkDetails(c, c.status === 'pass' || c.status === 'skipped' ? { ...step, tailBytes: Math.floor(step.tailBytes / 4) } : step),
    );
    const out = [heading, ...blocks].join('\n\n');
    if (bytes(out) <= budgetBytes) return out;
  }
  const minimal = { tailBytes: 0, findings: 0 };
  // Past the ladder: the details of gate-failing checks are the ones kept.
  ordered = rankedChecks(report);
  const blocks: string[] = [];
  let used = bytes(heading) + 200;
  let left = 0;
  for (const c of ordered) {
    const block = checkDetails(c, minimal);
    if (used + bytes(block) + 2 > budgetBytes) {
      left++;
      continue;
    }
    used += bytes(block) + 2;
    blocks.push(block);
  }
  const note = left > 0 ? [`_Details of ${left} check${left > 1 ? 's' : ''} left out to stay under GitHub’s size limit (${moreInReport(left, 'checks')})._`] : [];
  return [heading, ...blocks, ...note].join('\n\n');
}

function warningsSection(report: Report): string {
  if (report.warnings.length === 0) return '';
  return ['### Warnings', '', ...report.warnings.slice(0, 50).map((w) => `- ${text(w, 500)}`)].join('\n');
}

function footer(report: Report): string {
  const config =
    report.config.source === 'file' && report.config.path
      ? `config ${code(report.config.path)}`
      : report.config.source === 'detected'
        ? 'auto-detected checks'
        : report.config.source === 'merged'
          ? `merged from ${report.config.merged?.length ?? 0} reports`
          : 'no config';
  const unmeasured = report.config.errors.length > 0 ? '' : report.unmeasured === 'unscored' ? ' · checks that could not measure are unscored' : ' · checks that could not measure count 0';
  const presets = report.config.presets?.length ? ` extending ${report.config.presets.map((p) => code(p)).join(', ')}` : '';
  return `---\n<sub>${config}${presets}${unmeasured} · ${literal(`${report.tool.name} ${report.tool.version}`)} · ${formatDuration(report.durationMs)} · started ${literal(report.startedAt)}</sub>`;
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const head = [renderNewCode(report), headline(report), renderLevels(report), renderTestRegressions(report), renderPhasing(report), detectedSection(report), categoriesTable(report), checksTable(report, Math.floor(limit / 2)), unmeasuredSection(report), sharedCauseSection(report), improvementsList(report)].filter(Boolean);
  const tail = [renderBaseline(report.baseline, 20, report.ratchet), renderTrend(report), warningsSection(report), footer(report)].filter(Boolean);
  const fixed = bytes([...head, ...tail].join('\n\n')) + 8;
  const details = detailsSection(report, Math.max(0, limit - fixed));
  const out = [...head, details, ...tail].filter(Boolean).join('\n\n') + '\n';
  // Whatever else grew (a headline of thousands of blockers), GitHub's limit is never passed.
  return bytes(out) <= limit ? out : `${cutToFit(out, limit - 1, bytes, '_The summary was cut to stay under GitHub’s 1 MiB limit; everything is in the JSON report._')}\n`;
}
