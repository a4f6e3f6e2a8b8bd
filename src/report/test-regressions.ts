// Tests against the baseline, by name, for the summary and the pull-request comment: the newly
// failing tests first (with the message's first line and file:line), then the fixed ones; the rest
// counted. Quarantined tests are named. Test names and messages come from reports: escaped.
import type { CheckRegressions, QuarantinedTest, Report, TestRef } from '../types.js';
import { moreInReport } from './limits.js';
import { code, inlineCode, text, truncate } from './markdown.js';

export interface TestRegressionOptions {
  /** Tests listed per kind (newly failing, fixed) and check. */
  max?: number;
  /** Heading level: `###` in the summary, `####` in the comment. */
  heading?: string;
}

function where(t: TestRef): string {
  return t.file ? ` ${inlineCode(`${t.file}${t.line ? `:${t.line}` : ''}`)}` : '';
}

function testLine(t: TestRef & { inBaseline?: boolean }, icon: string): string {
  const message = t.message ? ` — ${text(t.message, 200)}` : '';
  const fresh = t.inBaseline === false ? ' _(new test)_' : '';
  return `- ${icon} ${inlineCode(t.id, 200)}${fresh}${message}${where(t)}`;
}

function listed(lines: string[], count: number, max: number, what: string): string[] {
  const shown = lines.slice(0, max);
  const more = count - shown.length;
  return more > 0 ? [...shown, `- …${moreInReport(more, what)}`] : shown;
}

function counts(c: CheckRegressions): string {
  const parts = [
    `**${c.newlyFailing.count} newly failing**`,
    `${c.stillFailing.count} still failing`,
    `${c.fixed.count} fixed`,
    `${c.newlyFlaky.count} newly flaky`,
    `${c.removed.count} removed`,
  ];
  if (c.notRun && c.notRun.count > 0) parts.push(`${c.notRun.count} not run (their module, suite or package did not run)`);
  if (c.unknown > 0) parts.push(`${c.unknown} not in the baseline's partial record`);
  return parts.join(' · ');
}

function quarantineLines(quarantined: readonly QuarantinedTest[], max: number): string[] {
  if (quarantined.length === 0) return [];
  // Failed and errored first (a record from before kept them in run order); stable otherwise.
  const rank = (q: QuarantinedTest) => (q.outcome === 'failed' || q.outcome === 'errored' ? 0 : 1);
  const lines = [...quarantined].sort((a, b) => rank(a) - rank(b)).map((q) => `- 🧊 ${inlineCode(q.id, 200)} (${q.outcome}): ${text(q.reason, 200)}`);
  return [`Quarantined (${quarantined.length}), left out of the pass rate and the regression gate:`, '', ...listed(lines, quarantined.length, max, 'quarantined tests')];
}

function checkSection(c: CheckRegressions, max: number): string[] {
  const title = `${text(c.title)} ${code(c.id)}`;
  if (c.status === 'no-baseline-ids') {
    return [`${title}: _${text(c.reason ?? 'no baseline test ids')}_; its failing tests are not compared.`, ...(c.quarantined.length ? ['', ...quarantineLines(c.quarantined, max)] : [])];
  }
  const out = [`${title}${c.waived ? ' (waived: not gated)' : ''}: ${counts(c)}`];
  if (c.newlyFailing.count > 0) out.push('', 'Newly failing:', '', ...listed(c.newlyFailing.tests.map((t) => testLine(t, '❌')), c.newlyFailing.count, max, 'newly failing tests'));
  if (c.fixed.count > 0) out.push('', 'Fixed:', '', ...listed(c.fixed.tests.map((t) => testLine({ id: t.id, outcome: t.outcome }, '✅')), c.fixed.count, max, 'fixed tests'));
  if (c.quarantined.length > 0) out.push('', ...quarantineLines(c.quarantined, max));
  return out;
}

/** Quarantined tests of checks the baseline did not compare (no baseline at all). */
function quarantinedWithoutBaseline(report: Pick<Report, 'checks' | 'baseline'>): { id: string; title: string; quarantined: QuarantinedTest[] }[] {
  const compared = new Set((report.baseline?.tests ?? []).map((c) => c.id));
  return report.checks.filter((c) => c.tests && c.tests.quarantined.length > 0 && !compared.has(c.id)).map((c) => ({ id: c.id, title: c.title, quarantined: c.tests!.quarantined }));
}

/** The section; '' when there is nothing to say (no tests compared and none quarantined). */
export function renderTestRegressions(report: Pick<Report, 'checks' | 'baseline'>, options: TestRegressionOptions = {}): string {
  const max = options.max ?? 20;
  const heading = options.heading ?? '###';
  const compared = report.baseline?.tests ?? [];
  const alone = quarantinedWithoutBaseline(report);
  if (compared.length === 0 && alone.length === 0) return '';
  const out = [`${heading} ${compared.length > 0 ? 'Tests against the baseline' : 'Quarantined tests'}`];
  for (const c of compared) out.push('', ...checkSection(c, max));
  for (const c of alone) out.push('', `${text(c.title)} ${code(c.id)}:`, '', ...quarantineLines(c.quarantined, max));
  return out.join('\n');
}

/**
 * The gate's reason for a paragraph: the test ids it names (the newly failing ones) as code spans,
 * the rest as text(), so that an id copied from it is the id (no escapes or zero-width spaces).
 */
export function reasonWithTestIds(reason: string, report: Pick<Report, 'baseline'>, max = 1000): string {
  const ids = [...new Set((report.baseline?.tests ?? []).flatMap((c) => c.newlyFailing.tests.map((t) => t.id)))].filter((id) => id && reason.includes(id));
  if (ids.length === 0) return text(reason, max);
  // Longest first, so an id that holds another one is taken whole.
  ids.sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let rest = truncate(reason, max);
  while (rest) {
    let at = -1;
    let found = '';
    for (const id of ids) {
      const i = rest.indexOf(id);
      if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, id];
    }
    if (at < 0) {
      out.push(text(rest, max));
      break;
    }
    if (at > 0) out.push(text(rest.slice(0, at), max));
    out.push(inlineCode(found, max));
    rest = rest.slice(at + found.length);
  }
  return out.join('');
}
