// `metric`: one number from a command's output (or a file), against min/target or max/target.
import type { RawCheck } from '../config/schema.js';
import { readMetric } from '../readers/metric.js';
import { higherIsBetter, lowerIsBetter } from '../scoring/curves.js';
import { parseInput, runReaderCheck } from './reader-check.js';
import type { CheckKind } from './types.js';

type Options = NonNullable<RawCheck['metric']>;

function show(n: number, unit: string | undefined): string {
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
  return unit ? `${text} ${unit}` : text;
}

export const metricCheck: CheckKind = {
  kind: 'metric',
  execute(ctx) {
    const o = ctx.check.raw.metric as Options;
    return runReaderCheck(ctx, o.reports, async (inputs) => {
      const input = inputs[0]!;
      const value = await parseInput(input, async () => readMetric(await input.text(), { ...(o.pattern !== undefined ? { pattern: o.pattern } : {}), ...(o.json !== undefined ? { json: o.json } : {}) }));
      const metrics = { value, ...(o.unit ? { unit: o.unit } : {}) };
      // `max` means lower is better, `min` higher is better (the config has exactly one). Without a
      // target the bound is a cliff: pass on its good side, fail past it.
      if (o.max !== undefined) {
        const target = o.target ?? o.max;
        const scored = lowerIsBetter(value, o.max, target);
        return { ...scored, summary: `${show(value, o.unit)}, target ≤ ${show(target, o.unit)}, max ${show(o.max, o.unit)}`, target: `≤ ${show(target, o.unit)}`, metrics, findings: [] };
      }
      const min = o.min!;
      const target = o.target ?? min;
      const scored = higherIsBetter(value, min, target);
      return { ...scored, summary: `${show(value, o.unit)}, target ≥ ${show(target, o.unit)}, min ${show(min, o.unit)}`, target: `≥ ${show(target, o.unit)}`, metrics, findings: [] };
    });
  },
};
