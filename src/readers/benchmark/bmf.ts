// Bencher Metric Format: { "<benchmark>": { "<measure>": { value, lower_value?, upper_value? } } }.
// One file is one result per measure; repeated runs give the samples. Bencher's built-in measures
// have fixed units: latency in ns (lower is better), throughput in operations per second.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, type BenchmarkSeries } from './model.js';

const KNOWN: Record<string, { unit: string; scale: number; lowerIsBetter: boolean; measure: string }> = {
  latency: { unit: 's', scale: 1e-9, lowerIsBetter: true, measure: 'time' },
  throughput: { unit: 'ops/s', scale: 1, lowerIsBetter: false, measure: 'throughput' },
  'file-size': { unit: 'B', scale: 1, lowerIsBetter: true, measure: 'file-size' },
  'build-time': { unit: 's', scale: 1, lowerIsBetter: true, measure: 'build-time' },
};

export function isBmf(v: unknown): boolean {
  if (!isObject(v)) return false;
  const entries = Object.values(v);
  return entries.length > 0 && entries.every((m) => isObject(m) && Object.values(m).every((x) => isObject(x) && 'value' in x));
}

export function readBmf(v: unknown): BenchmarkSeries[] {
  if (!isObject(v)) throw new ReaderError('expected a Bencher Metric Format object');
  const out = new SeriesList();
  for (const [name, measures] of Object.entries(v)) {
    if (!isObject(measures)) throw new ReaderError(`"${name}": expected an object of measures`);
    for (const [slug, m] of Object.entries(measures)) {
      const value = isObject(m) ? finiteNumber(m.value) : undefined;
      if (value === undefined) throw new ReaderError(`"${name}".${slug}: expected { "value": number }`);
      const known = KNOWN[slug];
      if (known) out.add(name, known.measure, known.unit, known.lowerIsBetter, value * known.scale);
      else out.add(name, slug, slug, !/throughput|per-second|ops/i.test(slug), value);
    }
  }
  return out.list('Bencher Metric Format');
}
