// criterion.rs: target/criterion/<benchmark>/new/sample.json (iters[] and times[] in ns, one
// sample per entry: times[i] / iters[i]), new/estimates.json (only point estimates: the median
// counts once) or new/raw.csv (one row per sample). The JSON files do not name the benchmark, so
// the name comes from the file's path.
import { ReaderError, isObject } from '../types.js';
import { SeriesList, finiteNumber, normalise, type BenchmarkSeries } from './model.js';

/** `target/criterion/group/bench/new/sample.json` → `group/bench`. */
export function criterionName(label: string | undefined): string {
  if (!label) return 'benchmark';
  const parts = label.replace(/\\/g, '/').split('/');
  const at = parts.lastIndexOf('criterion');
  const end = parts.length - 2; // drop "new/<file>"
  const picked = at >= 0 && at + 1 < end ? parts.slice(at + 1, end) : parts.slice(Math.max(0, end - 1), end);
  return picked.join('/') || 'benchmark';
}

export function isCriterionSample(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.iters) && Array.isArray(v.times);
}

export function isCriterionEstimates(v: unknown): boolean {
  return isObject(v) && isObject(v.median) && 'point_estimate' in v.median;
}

export function readCriterionSample(v: unknown, label?: string): BenchmarkSeries[] {
  if (!isObject(v) || !Array.isArray(v.iters) || !Array.isArray(v.times)) throw new ReaderError('expected criterion sample.json with "iters" and "times" arrays');
  if (v.iters.length !== v.times.length) throw new ReaderError(`criterion sample.json: ${v.iters.length} iters but ${v.times.length} times`);
  const name = criterionName(label);
  const out = new SeriesList();
  const iters: unknown[] = v.iters;
  v.times.forEach((t, i) => {
    const n = finiteNumber(iters[i]);
    if (finiteNumber(t) === undefined || n === undefined || n <= 0) throw new ReaderError(`criterion sample.json: times[${i}] and iters[${i}] must be numbers, iters above 0`);
    out.add(name, 'time', 's', true, ((t as number) / n) * 1e-9);
  });
  return out.list('criterion');
}

export function readCriterionEstimates(v: unknown, label?: string): BenchmarkSeries[] {
  const point = isObject(v) && isObject(v.median) ? finiteNumber(v.median.point_estimate) : undefined;
  if (point === undefined) throw new ReaderError('expected criterion estimates.json with median.point_estimate');
  const out = new SeriesList();
  out.add(criterionName(label), 'time', 's', true, point * 1e-9);
  return out.list('criterion');
}

export function isCriterionCsv(text: string): boolean {
  return /^group,function,value,/.test(text.trimStart());
}

/** raw.csv: `group,function,value,throughput_num,throughput_type,sample_measured_value,unit,iteration_count`. */
export function readCriterionCsv(text: string): BenchmarkSeries[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]!.trim().split(',');
  const col = (n: string) => header.indexOf(n);
  const measured = col('sample_measured_value') >= 0 ? col('sample_measured_value') : col('sample_time_nanos');
  const unitCol = col('unit');
  const iters = col('iteration_count');
  if (col('group') < 0 || measured < 0 || iters < 0) throw new ReaderError('expected criterion raw.csv with group, function, sample_measured_value and iteration_count columns', 1);
  const out = new SeriesList();
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    // Benchmark names with commas are quoted by the csv crate.
    const cells = [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const value = Number(cells[measured]);
    const count = Number(cells[iters]);
    if (!Number.isFinite(value) || !Number.isFinite(count) || count <= 0) throw new ReaderError(`expected numbers in sample_measured_value and iteration_count, found ${JSON.stringify(line.slice(0, 80))}`, i + 2);
    const name = [cells[col('group')], cells[col('function')], cells[col('value')]].filter((s) => s).join('/');
    const norm = normalise(value / count, unitCol >= 0 ? cells[unitCol]! : 'ns');
    out.add(name, norm.unit === 's' ? 'time' : norm.unit, norm.unit, norm.lowerIsBetter, norm.value);
  });
  return out.list('criterion raw.csv');
}
