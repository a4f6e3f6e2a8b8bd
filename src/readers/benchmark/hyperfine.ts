// hyperfine --export-json: results[].times[] in seconds (one per run), memory_usage_byte[] when
// the version records it; a result without times (very old versions) counts its mean once.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, type BenchmarkSeries } from './model.js';

export function isHyperfine(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.results) && v.results.some((r) => isObject(r) && typeof r.command === 'string');
}

export function readHyperfine(v: unknown): BenchmarkSeries[] {
  if (!isObject(v) || !Array.isArray(v.results)) throw new ReaderError('expected hyperfine JSON with a "results" array');
  const out = new SeriesList();
  v.results.forEach((r, i) => {
    if (!isObject(r)) throw new ReaderError(`results[${i}]: expected an object`);
    const name = typeof r.name === 'string' && r.name ? r.name : r.command;
    if (typeof name !== 'string') throw new ReaderError(`results[${i}]: expected "command" to be a string`);
    const times = Array.isArray(r.times) ? r.times : finiteNumber(r.mean) !== undefined ? [r.mean] : undefined;
    if (!times) throw new ReaderError(`results[${i}] (${name}): no "times" and no "mean"`);
    times.forEach((t, j) => {
      if (finiteNumber(t) === undefined) throw new ReaderError(`results[${i}].times[${j}]: expected a number of seconds`);
      out.add(name, 'time', 's', true, t as number);
    });
    if (Array.isArray(r.memory_usage_byte)) for (const m of r.memory_usage_byte) if (finiteNumber(m) !== undefined) out.add(name, 'memory', 'B', true, m as number);
  });
  return out.list('hyperfine');
}
