// `sarif`: live results per effective level against per-level max and target.
import type { RawCheck } from '../config/schema.js';
import { readSarif, SarifNotFollowed, SarifStream } from '../readers/sarif.js';
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
      const findings: Finding[] = [];
      let findingsTotal = 0;
      for (const input of inputs) {
        const r = await parseInput(input, async () => {
          // Streamed, so a large log is never held whole; read whole only to say what is wrong.
          const stream = new SarifStream();
          await input.stream((chunk) => stream.write(chunk));
          try {
            return stream.end();
          } catch (err) {
            if (err instanceof SarifNotFollowed) return readSarif(await input.text());
            throw err;
          }
        });
        for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r[k];
        findings.push(...r.findings);
        findingsTotal += r.findingsTotal;
      }
      const scored = levelCounts(counts, limits, LEVELS);
      const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
      let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
      if (counts.suppressed) summary += ` (${counts.suppressed} suppressed)`;
      const target = limitsText(limits, LEVELS);
      summary += `; limits: ${target}`;
      return { status: scored.status, score: scored.score, summary, target, metrics: { ...counts, findingsTotal }, findings };
    });
  },
};
