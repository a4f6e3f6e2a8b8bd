// Secret values never leave the engine: every string of the report that could carry one (command
// output, summaries, findings) has them replaced before anything renders it.
import type { CheckResult, Report } from './types.js';

export const MASK = '***';

export class SecretMask {
  private readonly values = new Set<string>();
  private pattern?: RegExp;

  add(value: string): void {
    if (!value || this.values.has(value)) return;
    this.values.add(value);
    this.pattern = undefined;
  }

  get size(): number {
    return this.values.size;
  }

  apply(text: string): string {
    if (this.values.size === 0 || !text) return text;
    // Longest first, so a secret that contains another is masked whole.
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, MASK);
  }

  check(c: CheckResult): CheckResult {
    if (this.values.size === 0) return c;
    const m = (s: string) => this.apply(s);
    return {
      ...c,
      summary: m(c.summary),
      findings: c.findings.map((f) => ({ ...f, message: m(f.message), ...(f.file ? { file: m(f.file) } : {}) })),
      evidence: {
        ...c.evidence,
        ...(c.evidence.command !== undefined ? { command: m(c.evidence.command) } : {}),
        ...(c.evidence.outputTail !== undefined ? { outputTail: m(c.evidence.outputTail) } : {}),
        ...(c.evidence.note !== undefined ? { note: m(c.evidence.note) } : {}),
      },
    };
  }

  report(r: Report): Report {
    if (this.values.size === 0) return r;
    return { ...r, checks: r.checks.map((c) => this.check(c)), warnings: r.warnings.map((w) => this.apply(w)), gateReason: this.apply(r.gateReason) };
  }
}
