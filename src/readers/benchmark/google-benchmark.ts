// Google Benchmark --benchmark_format=json (or --benchmark_out): each repetition is one
// `run_type: "iteration"` entry with real_time and cpu_time in time_unit; aggregates (mean,
// median, stddev) are skipped, as they are not samples. A report of aggregates only is refused.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, normalise, type BenchmarkSeries } from './model.js';

export function isGoogleBenchmark(v: unknown): boolean {
  return isObject(v) && isObject(v.context) && Array.isArray(v.benchmarks);
}

export function readGoogleBenchmark(v: unknown): BenchmarkSeries[] {
  if (!isObject(v) || !Array.isArray(v.benchmarks)) throw new ReaderError('expected Google Benchmark JSON with a "benchmarks" array');
  const out = new SeriesList();
  let aggregates = 0;
  v.benchmarks.forEach((b, i) => {
    if (!isObject(b)) throw new ReaderError(`benchmarks[${i}]: expected an object`);
    if (b.run_type === 'aggregate') {
      aggregates++;
      return;
    }
    if (b.error_occurred === true) throw new ReaderError(`benchmarks[${i}] (${String(b.name)}): the benchmark reported an error: ${String(b.error_message ?? '')}`);
    const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
    if (!name) throw new ReaderError(`benchmarks[${i}]: expected "name"`);
    const unit = typeof b.time_unit === 'string' ? b.time_unit : 'ns';
    for (const [field, measure] of [['real_time', 'time'], ['cpu_time', 'cpu']] as const) {
      const t = finiteNumber(b[field]);
      if (t === undefined) continue;
      const norm = normalise(t, unit);
      if (norm.unit !== 's') throw new ReaderError(`benchmarks[${i}] (${name}): unknown time_unit ${JSON.stringify(unit)}`);
      out.add(name, measure, 's', true, norm.value);
    }
    const bytes = finiteNumber(b.bytes_per_second);
    if (bytes !== undefined) out.add(name, 'bytes/s', 'B/s', false, bytes);
    const items = finiteNumber(b.items_per_second);
    if (items !== undefined) out.add(name, 'items/s', 'ops/s', false, items);
  });
  if (aggregates > 0 && v.benchmarks.length === aggregates) throw new ReaderError('the Google Benchmark report holds aggregates only; run without --benchmark_report_aggregates_only so each repetition is a sample');
  return out.list('Google Benchmark');
}
