// `coverage`: any of six formats, detected from the content; several files are merged by file and
// line, not averaged; the chosen metric is scored linearly from `min` (0) to `target` (100).
import type { RawCheck } from '../config/schema.js';
import { createCloverReader } from '../readers/clover.js';
import { createCoberturaReader } from '../readers/cobertura.js';
import { CoverageData, detectCoverageFormat, type CoverageFormat, type CoverageMetric } from '../readers/coverage.js';
import { coverageScopeWarnings } from '../readers/coverage-warnings.js';
import { createGoCoverReader } from '../readers/gocover.js';
import { readIstanbul } from '../readers/istanbul.js';
import { createJacocoReader } from '../readers/jacoco.js';
import { createLcovReader } from '../readers/lcov.js';
import type { StreamReader } from '../readers/types.js';
import { higherIsBetter } from '../scoring/curves.js';
import { parseInput, runReaderCheck, type ReportInput } from './reader-check.js';
import type { CheckContext, CheckKind } from './types.js';
import type { CheckOutcome } from '../types.js';

type Options = NonNullable<RawCheck['coverage']>;

export const DEFAULT_COVERAGE_TARGET = 80;

/** istanbul JSON is parsed whole; the other formats stream. */
function readerFor(format: CoverageFormat): StreamReader<CoverageData> {
  switch (format) {
    case 'lcov':
      return createLcovReader();
    case 'cobertura':
      return createCoberturaReader();
    case 'jacoco':
      return createJacocoReader();
    case 'clover':
      return createCloverReader();
    case 'go':
      return createGoCoverReader();
    case 'istanbul': {
      const parts: string[] = [];
      return { write: (c) => void parts.push(c), end: () => readIstanbul(parts.join('')) };
    }
  }
}

/** Streams one report, detecting its format from the first few KiB when none is given. */
async function readCoverage(input: ReportInput, format: CoverageFormat | undefined): Promise<CoverageData> {
  return parseInput(input, async () => {
    let reader: StreamReader<CoverageData> | undefined = format ? readerFor(format) : undefined;
    let head = '';
    await input.stream((chunk) => {
      if (reader) return reader.write(chunk);
      head += chunk;
      if (head.length >= 4096) {
        reader = readerFor(detectCoverageFormat(head));
        reader.write(head);
        head = '';
      }
    });
    reader ??= readerFor(detectCoverageFormat(head));
    if (head) reader.write(head);
    return reader.end();
  });
}

function pct(n: number): string {
  return `${Math.floor(n * 10) / 10}%`;
}

/**
 * coverage.py's word that the scope was not measured (a source module never imported, no data),
 * from this check's own run and the runs it waits for: the report then covers less than the project
 * asked for (or nothing), so the result is not a pass but an error that quotes coverage.py.
 */
function scopeNotMeasured(ctx: CheckContext, outcome: CheckOutcome): CheckOutcome {
  const outputs = [outcome.evidence.outputTail, ...[...ctx.check.needs, ...ctx.check.after].map((id) => ctx.outputOf?.(id))];
  const warnings = [...new Set(outputs.flatMap((o) => (o ? coverageScopeWarnings(o) : [])))];
  if (warnings.length === 0 || outcome.status === 'skipped') return outcome;
  return { ...outcome, status: 'error', score: 0, summary: `coverage.py did not measure its scope: ${warnings.join('; ')} · ${outcome.summary}` };
}

export const coverageCheck: CheckKind = {
  kind: 'coverage',
  async execute(ctx) {
    return scopeNotMeasured(ctx, await measureCoverage(ctx));
  },
};

/** Reads the reports and scores the chosen metric. */
function measureCoverage(ctx: CheckContext): Promise<CheckOutcome> {
  const options = ctx.check.raw.coverage as Options;
  const min = options.min ?? 0;
  const target = options.target ?? DEFAULT_COVERAGE_TARGET;
  return runReaderCheck(ctx, options.reports, async (inputs) => {
    const merged = new CoverageData();
    for (const input of inputs) merged.merge(await readCoverage(input, options.format));
    // Kept only when the run judges new code, for patch coverage.
    ctx.lineCoverage?.set(ctx.check.id, { lines: merged.lineData(), workingDirectory: ctx.check.workingDirectory });
    const metrics = merged.metrics();
    const available = Object.keys(metrics) as CoverageMetric[];
    const metric: CoverageMetric = options.metric ?? (metrics.lines ? 'lines' : 'statements');
    const formats = [...merged.formats].join(' + ');
    const chosen = metrics[metric];
    if (!chosen) {
      return {
        status: 'error',
        score: 0,
        summary: `the ${formats} report has no ${metric} (it has ${available.join(', ') || 'nothing'}); choose another "metric"`,
        metrics,
        findings: [],
      };
    }
    if (chosen.pct === null) return { status: 'error', score: 0, summary: `the ${formats} report has no ${metric} to cover (0 in total)`, metrics, findings: [] };
    const scored = higherIsBetter(chosen.pct, min, target);
    const summary = `${metric} ${pct(chosen.pct)} (${chosen.covered}/${chosen.total}), target ${target}%${min > 0 ? `, min ${min}%` : ''} · ${formats}`;
    return { ...scored, summary, target: `${metric} ≥ ${target}%`, metrics, findings: [] };
  });
}
