// `audit`: distinct advisories per severity against per-severity max and target. The audit
// command's exit code (npm exits 1 when it finds advisories) is evidence, not the measurement.
import type { RawCheck } from '../config/schema.js';
import { AdvisorySet, readAudit, type AuditResult } from '../readers/audit/index.js';
import { SEVERITIES } from '../readers/audit/model.js';
import { levelCounts, limitsFrom, limitsText, type LevelLimits } from '../scoring/curves.js';
import { parseInput, runReaderCheck } from './reader-check.js';
import type { CheckKind } from './types.js';

type Options = NonNullable<RawCheck['audit']>;

/** Without limits: no critical or high advisories allowed; moderate, low and unknown should be none. */
export const DEFAULT_AUDIT_LIMITS: LevelLimits = { max: { critical: 0, high: 0 }, target: { moderate: 0, low: 0, unknown: 0 } };

export const auditCheck: CheckKind = {
  kind: 'audit',
  execute(ctx) {
    const options = ctx.check.raw.audit as Options;
    const limits = limitsFrom(options, DEFAULT_AUDIT_LIMITS);
    return runReaderCheck(ctx, options.reports, async (inputs) => {
      // One set across files: the same advisory in two reports counts once.
      const set = new AdvisorySet();
      let result: AuditResult | undefined;
      const formats = new Set<string>();
      for (const input of inputs) {
        result = await parseInput(input, async () => readAudit(await input.text(), options.format, set));
        formats.add(result.format);
      }
      const r = result!;
      const metrics = { total: r.total, critical: r.critical, high: r.high, moderate: r.moderate, low: r.low, unknown: r.unknown, packages: r.packages };
      const scored = levelCounts(metrics, limits, SEVERITIES);
      const bySeverity = SEVERITIES.filter((s) => r[s] > 0).map((s) => `${r[s]} ${s}`);
      const summary = `${r.total} advisor${r.total === 1 ? 'y' : 'ies'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''} in ${r.packages} package${r.packages === 1 ? '' : 's'}; limits: ${limitsText(limits, SEVERITIES)} · ${[...formats].join(' + ')}`;
      return { status: scored.status, score: scored.score, summary, target: limitsText(limits, SEVERITIES), metrics, findings: r.findings };
    });
  },
};
