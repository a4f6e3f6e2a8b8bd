// `sarif`: live results per effective level against per-level max and target. Also reads cargo
// clippy's JSON messages, and flake8's and mypy's text output when the format names them.
import type { RawCheck } from '../config/schema.js';
import { isCargoMessages, readCargoMessages } from '../readers/cargo-messages.js';
import { readFlake8 } from '../readers/flake8.js';
import { readMypy, type MypyResult } from '../readers/mypy.js';
import { readSarif, SarifNotFollowed, SarifStream, SECURITY_SEVERITIES, type SarifResult, type SecuritySeverity } from '../readers/sarif.js';
import { lastLine } from '../readers/tool-output.js';
import { ReaderError } from '../readers/types.js';
import type { CommandResult } from '../run/process.js';
import { ReportError } from '../run/workspace.js';
import { levelCounts, limitsFrom, limitsText, type LevelLimits } from '../scoring/curves.js';
import type { Finding } from '../types.js';
import { parseInput, runReaderCheck, type Measurement, type ReportInput } from './reader-check.js';
import type { CheckKind } from './types.js';

type Options = NonNullable<RawCheck['sarif']>;

const LEVELS = ['error', 'warning', 'note'] as const;
/** Without limits: no errors allowed, warnings should be none. */
export const DEFAULT_SARIF_LIMITS: LevelLimits = { max: { error: 0 }, target: { warning: 0 } };

type Read = SarifResult & { byLint?: Record<string, number> } & Partial<Pick<MypyResult, 'checked' | 'stopped'>>;

/** One input in the given format; SARIF is streamed, the other formats are read whole. */
async function readInput(input: ReportInput, format: Options['format']): Promise<Read> {
  if (format === 'flake8') return readFlake8(await input.text());
  if (format === 'mypy') return readMypy(await input.text());
  if (format === 'cargo-json') return readCargoMessages(await input.text());
  // Streamed, so a large log is never held whole; read whole only when it is not SARIF the
  // stream follows: cargo clippy's JSON messages (counted by lint too), or a malformed log
  // whose error must read exactly as readSarif says it.
  const stream = new SarifStream();
  await input.stream((chunk) => stream.write(chunk));
  try {
    return stream.end();
  } catch (err) {
    if (!(err instanceof SarifNotFollowed)) throw err;
    const text = await input.text();
    return format !== 'sarif' && isCargoMessages(text) ? readCargoMessages(text) : readSarif(text);
  }
}


/** Counts the findings of every input against the limits. */
async function measure(options: Options, limits: LevelLimits, inputs: ReportInput[], command: CommandResult | undefined): Promise<Measurement> {
  // flake8 and mypy print text, not a report: there is no note level in it.
  const text = options.format === 'flake8' || options.format === 'mypy' ? options.format : undefined;
  const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
  const severity: Record<SecuritySeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const byLint: Record<string, number> = {};
  const findings: Finding[] = [];
  let findingsTotal = 0;
  let checked: number | undefined;
  let stopped = false;
  const failed = command && command.exitCode !== 0 && command.exitCode !== null ? command : undefined;
  for (const input of inputs) {
    let r: Read;
    try {
      r = await parseInput(input, () => readInput(input, options.format));
    } catch (err) {
      // The tool failed and its report says nothing readable: its own last words say why (mypy
      // prints "There are no .py[i] files" to stderr).
      if (text && failed && (err instanceof ReportError || err instanceof ReaderError)) {
        const words = lastLine(failed.output);
        throw new ReportError(`${err.message}${words && !err.message.includes(words) ? `; ${text} exited ${failed.exitCode}: ${words}` : ''}`);
      }
      throw err;
    }
    if (r.byLint) for (const [lint, n] of Object.entries(r.byLint)) byLint[lint] = (byLint[lint] ?? 0) + n;
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r[k];
    for (const s of SECURITY_SEVERITIES) severity[s] += r.severity[s];
    findings.push(...r.findings);
    findingsTotal += r.findingsTotal;
    if (r.checked !== undefined) checked = (checked ?? 0) + r.checked;
    if (r.stopped) stopped = true;
  }
  // flake8 exits 1 on a violation and on its own failure: a failed run that reported nothing
  // is not a clean one.
  if (text && failed && counts.total === 0) {
    const words = lastLine(failed.output);
    throw new ReportError(`${text} exited ${failed.exitCode} without reporting a finding${words ? `: ${words}` : ''}`);
  }
  const scored = levelCounts(counts, limits, LEVELS);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${text ? '' : `, ${plural(counts.note, 'note')}`}`;
  // The producer's own severity, when it gives one (Bandit: 89 medium, 388 low).
  const bySeverity = SECURITY_SEVERITIES.filter((s) => severity[s] > 0).map((s) => `${severity[s]} ${s}`);
  if (bySeverity.length > 0) summary += ` (security severity: ${bySeverity.join(', ')})`;
  if (counts.suppressed) summary += ` (${counts.suppressed} suppressed)`;
  const lints = Object.entries(byLint).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (lints.length > 0) summary += ` (${lints.slice(0, 5).map(([l, n]) => `${n} ${l}`).join(', ')}${lints.length > 5 ? `, ${lints.length - 5} more lints` : ''})`;
  if (checked !== undefined) summary += ` in ${plural(checked, 'source file')}`;
  const target = limitsText(limits, LEVELS);
  summary += `; limits: ${target}`;
  const metrics = { ...counts, ...(bySeverity.length > 0 ? { severity } : {}), ...(lints.length > 0 ? { byLint } : {}), findingsTotal, ...(checked !== undefined ? { checked } : {}), ...(stopped ? { stopped } : {}) };
  // Syntax errors stopped mypy: what it did not check is unknown, so the check fails whatever
  // the limits allow (as an errored test fails a tests check whatever the pass rate).
  if (stopped) return { status: 'fail', score: scored.score, summary: `${summary}; mypy stopped early: errors prevented further checking`, target, metrics, findings };
  return { status: scored.status, score: scored.score, summary, target, metrics, findings };
}

export const sarifCheck: CheckKind = {
  kind: 'sarif',
  execute(ctx) {
    const options = ctx.check.raw.sarif as Options;
    const limits = limitsFrom(options, DEFAULT_SARIF_LIMITS);
    // flake8 prints nothing when it finds nothing.
    return runReaderCheck(ctx, options.reports, (inputs, command) => measure(options, limits, inputs, command), { allowEmpty: options.format === 'flake8' });
  },
};
