// mypy's text output: one message a line, `path:line[:col[:end_line:end_col]]: error|warning|note:
// message  [code]` (a message about a whole file has no line), then a summary line: `Found N errors
// in M files (checked K source files)`, `… (errors prevented further checking)` or `Success: no
// issues found in K source files`. Notes explain the error before them; they are not findings.
// mypy's own failures (a crash, a usage or setup error) are not a clean run: they throw, with
// mypy's message, and so does output without a summary line (mypy did not finish).
import type { Finding, Severity } from '../types.js';
import type { LintResult } from './flake8.js';
import { clip, stripColour } from './tool-output.js';
import { FindingList, ReaderError } from './types.js';

export interface MypyResult extends LintResult {
  /** Source files mypy says it checked (the sum over its summary lines); absent when it stopped early. */
  checked?: number;
  /** Errors (syntax errors) stopped mypy before it checked everything: the count is a lower bound. */
  stopped: boolean;
}

// The path may hold colons (C:\...); the numbers and the severity after it do not.
const MESSAGE = /^(.+?):(-?\d+)(?::(\d+))?(?::\d+:\d+)?: (error|warning|note): (.*)$/;
const FILE_MESSAGE = /^(.+?): (error|warning|note): (.*)$/;
// Error codes are shown after two spaces, in brackets (mypy ≥ 0.990 by default, --show-error-codes before).
const CODE = /^(.*?) {2}\[([a-z][a-z0-9-]*)\]$/;
const FOUND = /^Found (\d+) errors? in (\d+) files? \((?:checked (\d+) source files?|(errors prevented further checking))\)$/;
const SUCCESS = /^Success: no issues found in (\d+) source files?$/;

export function readMypy(text: string): MypyResult {
  const counts = { error: 0, warning: 0 };
  const byLint: Record<string, number> = {};
  const findings = new FindingList();
  let firstError: Finding | undefined;
  let syntax = false;
  let summaries = 0;
  let reported = 0;
  let checked: number | undefined;
  let stopped = false;
  let last = '';
  let crash: string | undefined;
  let version = '';
  // The message being read: `--pretty` wraps a long one onto unindented lines that follow it (its
  // code at the end), then shows the source line and a marker, indented.
  let pending: { finding: Finding; body: string } | 'note' | undefined;
  const flush = () => {
    if (pending && pending !== 'note') {
      const { finding, body } = pending;
      const coded = CODE.exec(body);
      finding.rule = coded ? coded[2]! : 'mypy';
      finding.message = coded ? coded[1]! : body;
      const severity = finding.severity as 'error' | 'warning';
      counts[severity]++;
      byLint[finding.rule] = (byLint[finding.rule] ?? 0) + 1;
      findings.add(finding);
      if (severity === 'error') {
        firstError ??= finding;
        if (finding.rule === 'syntax') syntax = true;
      }
    }
    pending = undefined;
  };
  for (const raw of stripColour(text).split('\n')) {
    const line = raw.replace(/\r$/, '').trimEnd();
    if (line.trim() === '') continue;
    last = line.trim();
    // report_internal_error: "file:line: error: INTERNAL ERROR -- Please try using mypy master…".
    if (/\berror: INTERNAL ERROR\b/.test(line)) {
      flush();
      crash ??= line;
      continue;
    }
    if (/^version: \S+$/.test(line)) version = line.slice('version: '.length);
    // argparse's usage errors, e.g. "mypy: error: unrecognized arguments: -O".
    if (/^mypy: error: /.test(line)) throw new ReaderError(line);
    let m = FOUND.exec(line);
    if (m) {
      flush();
      summaries++;
      reported += Number(m[1]);
      if (m[4]) stopped = true;
      else checked = (checked ?? 0) + Number(m[3]);
      continue;
    }
    m = SUCCESS.exec(line);
    if (m) {
      flush();
      summaries++;
      checked = (checked ?? 0) + Number(m[1]);
      continue;
    }
    const at = MESSAGE.exec(line);
    const whole = at ? undefined : FILE_MESSAGE.exec(line);
    if (!at && !whole) {
      if (pending && /^\S/.test(line)) {
        // A code wrapped onto a line of its own lost the two spaces before it.
        if (pending !== 'note') pending.body += `${/^\[[a-z][a-z0-9-]*\]$/.test(line) ? '  ' : ' '}${line}`;
      } else flush();
      continue;
    }
    flush();
    const severity = (at ? at[4] : whole![2]) as 'error' | 'warning' | 'note';
    if (severity === 'note') {
      pending = 'note';
      continue;
    }
    const lineNo = at ? Number(at[2]) : 0;
    const finding: Finding = { file: (at ?? whole)![1]!, ...(lineNo > 0 ? { line: lineNo } : {}), ...(at?.[3] ? { column: Number(at[3]) } : {}), severity: severity as Severity, rule: 'mypy', message: '' };
    pending = { finding, body: (at ? at[5] : whole![3])! };
  }
  flush();
  if (crash) throw new ReaderError(`mypy crashed: ${clip(crash)}${version ? ` (mypy ${version})` : ''}`);
  if (summaries === 0) {
    throw new ReaderError(`mypy did not finish: ${last ? clip(last) : 'it printed nothing'} (no "Found N errors" or "Success: no issues found" line; mypy prints one unless run with --no-error-summary)`);
  }
  // mypy counts its error lines for the summary; reading fewer or more means the text was misread.
  if (reported !== counts.error) throw new ReaderError(`mypy reported ${reported} error${reported === 1 ? '' : 's'} but ${counts.error} error line${counts.error === 1 ? ' was' : 's were'} read`);
  if (stopped && !syntax) {
    // A blocking error that is not in the code (a module found twice, a bad package name) means
    // mypy checked nothing: it could not measure.
    const first = firstError;
    throw new ReaderError(`mypy could not check the project: ${first ? clip(`${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`) : 'errors prevented further checking'}`);
  }
  const total = counts.error + counts.warning;
  return {
    error: counts.error,
    warning: counts.warning,
    note: 0,
    total,
    suppressed: 0,
    severity: { critical: 0, high: 0, medium: 0, low: 0 },
    findings: findings.items,
    findingsTotal: findings.total,
    byLint,
    ...(checked !== undefined && !stopped ? { checked } : {}),
    stopped,
  };
}
