// Benchmark results of any supported tool: the format named, or detected from the content.
import { ReaderError, parseJson } from '../types.js';
import { readBmf, isBmf } from './bmf.js';
import { isCriterionCsv, isCriterionEstimates, isCriterionSample, readCriterionCsv, readCriterionEstimates, readCriterionSample } from './criterion.js';
import { isGithubActionBenchmark, readGithubActionBenchmark } from './github-action-benchmark.js';
import { isGoBench, readGoBench } from './go-bench.js';
import { isGoogleBenchmark, readGoogleBenchmark } from './google-benchmark.js';
import { isHyperfine, readHyperfine } from './hyperfine.js';
import type { BenchmarkFormat, BenchmarkSeries } from './model.js';
import { isPytestBenchmark, readPytestBenchmark } from './pytest-benchmark.js';

export { BENCHMARK_FORMATS, seriesKey, type BenchmarkFormat, type BenchmarkSeries } from './model.js';

export interface ReadBenchmarkOptions {
  format?: BenchmarkFormat;
  /** The report's path: criterion's JSON files are named by their folder. */
  label?: string;
}

function readCriterionJson(v: unknown, label?: string): BenchmarkSeries[] {
  if (isCriterionSample(v)) return readCriterionSample(v, label);
  if (isCriterionEstimates(v)) return readCriterionEstimates(v, label);
  throw new ReaderError('expected criterion sample.json (iters, times) or estimates.json (median.point_estimate)');
}

function readJson(v: unknown, format: BenchmarkFormat | undefined, label?: string): BenchmarkSeries[] {
  switch (format) {
    case 'hyperfine':
      return readHyperfine(v);
    case 'pytest-benchmark':
      return readPytestBenchmark(v);
    case 'google-benchmark':
      return readGoogleBenchmark(v);
    case 'bmf':
      return readBmf(v);
    case 'github-action-benchmark':
      return readGithubActionBenchmark(v);
    case 'criterion':
      return readCriterionJson(v, label);
  }
  if (isHyperfine(v)) return readHyperfine(v);
  if (isGoogleBenchmark(v)) return readGoogleBenchmark(v);
  if (isPytestBenchmark(v)) return readPytestBenchmark(v);
  if (isGithubActionBenchmark(v)) return readGithubActionBenchmark(v);
  if (isCriterionSample(v) || isCriterionEstimates(v)) return readCriterionJson(v, label);
  if (isBmf(v)) return readBmf(v);
  throw new ReaderError('unknown benchmark JSON: expected hyperfine, pytest-benchmark, Google Benchmark, criterion, Bencher Metric Format or github-action-benchmark output; name it with "format"');
}

/** Every benchmark series in one report. */
export function readBenchmarks(text: string, options: ReadBenchmarkOptions = {}): BenchmarkSeries[] {
  const { format, label } = options;
  const trimmed = text.trim();
  if (trimmed === '') throw new ReaderError('the benchmark output is empty');
  if (format === 'go-bench') return readGoBench(text);
  if (format === 'criterion' && isCriterionCsv(trimmed)) return readCriterionCsv(trimmed);
  if (format === undefined && isCriterionCsv(trimmed)) return readCriterionCsv(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return readJson(parseJson(trimmed, 'benchmark'), format, label);
  if (format === undefined && isGoBench(text)) return readGoBench(text);
  throw new ReaderError(format ? `expected ${format} output, found text that is not JSON` : 'unknown benchmark output: expected JSON from a benchmark tool, go test -bench text or criterion raw.csv; name it with "format"');
}
