// builtin: patterns — counts of configured regular expressions over globs (`unwrap()` and
// `panic!` in Rust, `Math.random` in security code, TODO), each against its own max and target.
import type { ScannedFile, Scanner } from '../scan/repository-scan.js';
import { levelCounts } from '../scoring/curves.js';
import type { Finding } from '../types.js';
import { builtinOutcome, scanStatsMetrics } from './builtin.js';
import { selection, type PathMatcher } from './globs.js';
import { lineAt, lineCounter } from './lines.js';
import type { CheckKind } from './types.js';

export const MAX_PATTERN_FINDINGS = 50;

interface Compiled {
  id: string;
  regex: RegExp;
  files: PathMatcher;
  count: number;
  max?: number;
  target?: number;
}

class PatternScanner implements Scanner {
  findings: Finding[] = [];

  constructor(readonly patterns: Compiled[]) {}

  wants(path: string): boolean {
    return this.patterns.some((p) => p.files(path));
  }

  take(): unknown {
    const state = { counts: this.patterns.map((p) => p.count), findings: this.findings };
    for (const p of this.patterns) p.count = 0;
    this.findings = [];
    return state;
  }

  merge(state: unknown): void {
    const s = state as { counts: number[]; findings: Finding[] };
    s.counts.forEach((n, i) => (this.patterns[i]!.count += n));
    for (const f of s.findings) if (this.findings.length < MAX_PATTERN_FINDINGS) this.findings.push(f);
  }

  visit(file: ScannedFile): void {
    for (const p of this.patterns) {
      if (!p.files(file.path)) continue;
      const text = file.text;
      p.regex.lastIndex = 0;
      const lines = lineCounter(text);
      for (let m = p.regex.exec(text); m; m = p.regex.exec(text)) {
        // An empty match must still move on.
        if (m[0] === '') p.regex.lastIndex++;
        const line = lineAt(text, m.index, lines);
        p.count++;
        if (this.findings.length < MAX_PATTERN_FINDINGS) {
          this.findings.push({ file: file.path, line, severity: 'warning', rule: p.id, message: `${p.id}: ${m[0].trim().slice(0, 80)}` });
        }
      }
    }
  }
}

export const patternsCheck: CheckKind = {
  kind: 'patterns',
  scanner(check) {
    const patterns: Compiled[] = (check.raw.patterns ?? []).map((p) => ({
      id: p.id,
      // ^ and $ are line anchors; every match counts.
      regex: new RegExp(p.regex, `g${(p.flags ?? '').includes('m') ? '' : 'm'}${p.flags ?? ''}`),
      files: selection(p.files, p.exclude),
      count: 0,
      ...(p.max !== undefined ? { max: p.max } : {}),
      ...(p.target !== undefined ? { target: p.target } : {}),
    }));
    return new PatternScanner(patterns);
  },
  async execute(ctx) {
    const { pass, scanner } = await ctx.scan.scannerOf<PatternScanner>(ctx.check.id);
    const counts = Object.fromEntries(scanner.patterns.map((p) => [p.id, p.count]));
    const max = Object.fromEntries(scanner.patterns.filter((p) => p.max !== undefined).map((p) => [p.id, p.max!]));
    const target = Object.fromEntries(scanner.patterns.filter((p) => p.target !== undefined).map((p) => [p.id, p.target!]));
    const scored = levelCounts(counts, { max, target }, scanner.patterns.map((p) => p.id));
    const summary = scanner.patterns
      .map((p) => `${p.id} ${p.count}${p.max !== undefined ? ` (max ${p.max}${p.target !== undefined ? `, target ${p.target}` : ''})` : p.target !== undefined ? ` (target ${p.target})` : ''}`)
      .join(', ');
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return builtinOutcome(ctx, pass, {
      status: scored.status,
      score: scored.score,
      summary,
      target: scanner.patterns.map((p) => (p.max !== undefined ? `${p.id} < ${Math.max(p.max, 1)}` : p.target !== undefined ? `${p.id} ≤ ${p.target}` : '')).filter(Boolean).join(', ') || 'counted only',
      metrics: { ...counts, matches: total, ...scanStatsMetrics(pass) },
      findings: scanner.findings,
    });
  },
};
