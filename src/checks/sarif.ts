// `sarif`: live results per effective level against per-level max and target.
import type { RawCheck } from '../config/schema.js';
import { isCargoMessages, readCargoMessages } from '../readers/cargo-messages.js';
import { readSarif, SarifNotFollowed, SarifStream, SECURITY_SEVERITIES, type SecuritySeverity } from '../readers/sarif.js';
import { levelCounts, limitsFrom, limitsText, type LevelLimits } from '../scoring/curves.js';
import type { Finding } from '../types.js';
import { parseInput, runReaderCheck } from './reader-check.js';
import type { CheckKind } from './types.js';

type Options = NonNullable<RawCheck['sarif']>;

const LEVELS = ['error', 'warning', 'note'] as const;
/** Without limits: no errors allowed, warnings should be none. */
export const DEFAULT_SARIF_LIMITS: LevelLimits = { max: { error: 0 }, target: { warning: 0 } };

export const sarifCheck: CheckKind = {
  kind: 'sarif',
  execute(ctx) {
    const options = ctx.check.raw.sarif as Options;
    const limits = limitsFrom(options, DEFAULT_SARIF_LIMITS);
    return runReaderCheck(ctx, options.reports, async (inputs) => {
      const counts = { error: 0, warning: 0, note: 0, total: 0, suppressed: 0 };
      const severity: Record<SecuritySeverity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
      const byLint: Record<string, number> = {};
      const findings: Finding[] = [];
      let findingsTotal = 0;
      for (const input of inputs) {
        // Streamed, so a large log is never held whole; read whole only when it is not SARIF the
        // stream follows: cargo clippy's JSON messages (counted by lint too), or a malformed log
        // whose error must read exactly as readSarif says it.
        const r = await parseInput(input, async () => {
          const stream = new SarifStream();
          await input.stream((chunk) => stream.write(chunk));
          try {
            return stream.end();
          } catch (err) {
            if (!(err instanceof SarifNotFollowed)) throw err;
            const text = await input.text();
            return isCargoMessages(text) ? readCargoMessages(text) : readSarif(text);
          }
        });
        if ('byLint' in r) for (const [lint, n] of Object.entries(r.byLint as Record<string, number>)) byLint[lint] = (byLint[lint] ?? 0) + n;
        for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r[k];
        for (const s of SECURITY_SEVERITIES) severity[s] += r.severity[s];
        findings.push(...r.findings);
        findingsTotal += r.findingsTotal;
      }
      const scored = levelCounts(counts, limits, LEVELS);
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
      // The producer's own severity, when it gives one (Bandit: 89 medium, 388 low).
      const bySeverity = SECURITY_SEVERITIES.filter((s) => severity[s] > 0).map((s) => `${severity[s]} ${s}`);
      if (bySeverity.length > 0) summary += ` (security severity: ${bySeverity.join(', ')})`;
      if (counts.suppressed) summary += ` (${counts.suppressed} suppressed)`;
      const lints = Object.entries(byLint).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (lints.length > 0) summary += ` (${lints.slice(0, 5).map(([l, n]) => `${n} ${l}`).join(', ')}${lints.length > 5 ? `, ${lints.length - 5} more lints` : ''})`;
      const target = limitsText(limits, LEVELS);
      summary += `; limits: ${target}`;
      return { status: scored.status, score: scored.score, summary, target, metrics: { ...counts, ...(bySeverity.length > 0 ? { severity } : {}), ...(lints.length > 0 ? { byLint } : {}), findingsTotal }, findings };
    });
  },
};
