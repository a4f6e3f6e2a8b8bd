// flake8's default text format, `%(path)s:%(row)d:%(col)d: %(code)s %(text)s`, one violation a line
// (also what `--format=default` asks for). flake8 prints nothing when it finds nothing, so an empty
// text is a clean run. flake8 gives no severity: every violation fails flake8 (exit 1), and ruff's
// SARIF gives every result the level `error`, so each one counts as an error here too.
import type { Finding } from '../types.js';
import type { SarifResult } from './sarif.js';
import { clip, stripColour } from './tool-output.js';
import { FindingList, ReaderError } from './types.js';

// The path may hold colons (C:\...); the row, column and code after it do not.
// [^] rather than ".": a message may hold a CR or U+2028 (a quoted source line), which "." skips.
const VIOLATION = /^([^]+?):(\d+):(\d+): ([A-Z][A-Z0-9]*) ([^]*)$/;

export type LintResult = SarifResult & { byLint: Record<string, number> };

export function readFlake8(text: string): LintResult {
  const byLint: Record<string, number> = {};
  const findings = new FindingList();
  let errors = 0;
  const other: string[] = [];
  for (const raw of stripColour(text).split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = VIOLATION.exec(line);
    if (!m) {
      // `--count` prints the total as a bare number; `--show-source`, `--statistics` and
      // `--benchmark` add lines of their own next to the violations.
      if (line.trim() !== '' && !/^\s*\d+\s*$/.test(line)) other.push(line.trim());
      continue;
    }
    const [, file, row, col, code, message] = m as unknown as [string, string, string, string, string, string];
    errors++;
    byLint[code] = (byLint[code] ?? 0) + 1;
    findings.add({ file, line: Number(row), column: Number(col), severity: 'error', rule: code, message: message || code } satisfies Finding);
  }
  // Text without a single violation that is not empty is not a clean run: flake8 said something
  // else (a traceback, "There was a critical error during execution of Flake8", another format).
  if (errors === 0 && other.length > 0) {
    // A traceback's last line names the exception; flake8's own errors come first.
    const said = other[0] === 'Traceback (most recent call last):' ? other[other.length - 1]! : other.slice(0, 2).join(' ');
    throw new ReaderError(`not flake8's default format (path:row:col: CODE message): ${clip(said)}`);
  }
  return { error: errors, warning: 0, note: 0, total: errors, suppressed: 0, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: findings.items, findingsTotal: findings.total, byLint };
}
