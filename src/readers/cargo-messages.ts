// `cargo clippy --message-format=json`: one JSON object per line; diagnostics are
// {"reason":"compiler-message","message":{level, code:{code}, spans}}. Counted like SARIF results
// (error, warning, note) and by lint, so "12 warnings" says which lints they are.
import type { Finding, Severity } from '../types.js';
import type { SarifResult } from './sarif.js';
import { FindingList, ReaderError, isObject } from './types.js';

/** Whether the text is cargo's JSON message stream. */
export function isCargoMessages(text: string): boolean {
  return /^\{"reason":"/.test(text.trimStart());
}

export function readCargoMessages(text: string): SarifResult & { byLint: Record<string, number> } {
  const counts = { error: 0, warning: 0, note: 0 };
  const byLint: Record<string, number> = {};
  const findings = new FindingList();
  const seen = new Set<string>();
  let messages = 0;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (!line.startsWith('{')) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      throw new ReaderError(`malformed cargo JSON message: ${(err as Error).message}`, lineNo);
    }
    if (!isObject(v) || v.reason !== 'compiler-message' || !isObject(v.message)) continue;
    messages++;
    const m = v.message;
    const level = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : m.level === 'note' || m.level === 'help' ? 'note' : undefined;
    if (!level) continue;
    // The summary lines ("warning: 3 warnings emitted") carry no code and no span.
    const spans = Array.isArray(m.spans) ? m.spans.filter(isObject) : [];
    const code = isObject(m.code) && typeof m.code.code === 'string' ? m.code.code : undefined;
    if (!code && spans.length === 0) continue;
    const primary = spans.find((s) => s.is_primary === true) ?? spans[0];
    const file = primary && typeof primary.file_name === 'string' ? primary.file_name : undefined;
    const lineStart = primary && typeof primary.line_start === 'number' ? primary.line_start : undefined;
    const text = typeof m.message === 'string' ? m.message : '';
    // A crate built for two targets (lib and test) reports the same diagnostic twice.
    const key = `${code}\u0000${file}\u0000${lineStart}\u0000${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[level]++;
    const rule = code ?? (level === 'error' ? 'compile-error' : 'rustc');
    byLint[rule] = (byLint[rule] ?? 0) + 1;
    findings.add({ ...(file ? { file } : {}), ...(lineStart ? { line: lineStart } : {}), severity: level as Severity, rule, message: text || rule } satisfies Finding);
  }
  if (messages === 0 && !/"reason":"build-finished"/.test(text)) throw new ReaderError('no cargo JSON messages; expected the output of cargo clippy --message-format=json');
  return { ...counts, total: counts.error + counts.warning + counts.note, suppressed: 0, severity: { critical: 0, high: 0, medium: 0, low: 0 }, findings: findings.items, findingsTotal: findings.total, byLint };
}
