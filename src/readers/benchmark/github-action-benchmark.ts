// github-action-benchmark's custom JSON (tool customSmallerIsBetter / customBiggerIsBetter):
// [{ name, unit, value, range?, extra? }]. The file does not say the direction; a rate unit
// ("ops/sec", "MB/s") is higher-is-better and anything else lower-is-better.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, measureOf, normalise, type BenchmarkSeries } from './model.js';

export function isGithubActionBenchmark(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e) && typeof e.name === 'string' && 'value' in e);
}

export function readGithubActionBenchmark(v: unknown): BenchmarkSeries[] {
  if (!Array.isArray(v)) throw new ReaderError('expected a JSON array of { name, unit, value }');
  const out = new SeriesList();
  v.forEach((e, i) => {
    if (!isObject(e) || typeof e.name !== 'string') throw new ReaderError(`[${i}]: expected { name, unit, value }`);
    const value = finiteNumber(e.value);
    if (value === undefined) throw new ReaderError(`[${i}] (${e.name}): expected "value" to be a number`);
    const unit = typeof e.unit === 'string' ? e.unit : '';
    const norm = normalise(value, unit);
    out.add(e.name, measureOf(unit, norm), norm.unit, norm.lowerIsBetter, norm.value);
  });
  return out.list('github-action-benchmark');
}
