// pytest-benchmark --benchmark-json: benchmarks[].stats.data[] holds every round's time in
// seconds; without it (older versions, --benchmark-disable-gc aside) the median counts once.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, type BenchmarkSeries } from './model.js';

export function isPytestBenchmark(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.benchmarks) && v.benchmarks.some((b) => isObject(b) && isObject(b.stats));
}

export function readPytestBenchmark(v: unknown): BenchmarkSeries[] {
  if (!isObject(v) || !Array.isArray(v.benchmarks)) throw new ReaderError('expected pytest-benchmark JSON with a "benchmarks" array');
  const out = new SeriesList();
  v.benchmarks.forEach((b, i) => {
    if (!isObject(b) || !isObject(b.stats)) throw new ReaderError(`benchmarks[${i}]: expected an object with "stats"`);
    const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
    if (!name) throw new ReaderError(`benchmarks[${i}]: expected "name" or "fullname"`);
    const data = Array.isArray(b.stats.data) ? b.stats.data : finiteNumber(b.stats.median) !== undefined ? [b.stats.median] : undefined;
    if (!data) throw new ReaderError(`benchmarks[${i}] (${name}): no stats.data and no stats.median`);
    data.forEach((t, j) => {
      if (finiteNumber(t) === undefined) throw new ReaderError(`benchmarks[${i}].stats.data[${j}]: expected a number of seconds`);
      out.add(name, 'time', 's', true, t as number);
    });
  });
  return out.list('pytest-benchmark');
}
