// Fixtures: hyperfine.json (hyperfine 1.15 --export-json), go-bench.txt (go 1.19 test -bench
// -count=5) and pytest-benchmark.json (pytest-benchmark --benchmark-json) were written by the real
// tools; google-benchmark.json, target/criterion/** and bmf.json, github-action-benchmark.json
// follow the shapes those projects document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBenchmarks, seriesKey, type BenchmarkSeries } from '../../../src/readers/benchmark/index.js';
import { normalise } from '../../../src/readers/benchmark/model.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const byKey = (list: BenchmarkSeries[]) => new Map(list.map((s) => [seriesKey(s), s]));

describe('benchmark readers', () => {
  it('reads every hyperfine run time in seconds', () => {
    const list = readBenchmarks(fixture('hyperfine.json'));
    expect(list.map((s) => s.name)).toEqual(['sleep 0.01', 'true']);
    expect(list[0]).toMatchObject({ measure: 'time', unit: 's', lowerIsBetter: true });
    expect(list[0]!.samples).toEqual([0.025165533, 0.028506989000000003, 0.035508921, 0.027030759, 0.023543586000000002, 0.030812647000000002]);
  });

  it('reads go test -bench lines as one sample per -count, per measure', () => {
    const s = byKey(readBenchmarks(fixture('go-bench.txt')));
    expect([...s.keys()]).toEqual(['BenchmarkFib-2', 'BenchmarkAlloc-2', 'BenchmarkAlloc-2 [throughput]', 'BenchmarkAlloc-2 [memory]', 'BenchmarkAlloc-2 [allocs]']);
    const fib = s.get('BenchmarkFib-2')!;
    expect(fib.samples.length).toBe(5);
    expect(fib.samples[0]).toBeCloseTo(6323e-9, 15);
    expect(s.get('BenchmarkAlloc-2 [throughput]')).toMatchObject({ unit: 'B/s', lowerIsBetter: false });
    expect(s.get('BenchmarkAlloc-2 [throughput]')!.samples[0]).toBeCloseTo(88154.27e6, 0);
    expect(s.get('BenchmarkAlloc-2 [memory]')).toMatchObject({ unit: 'B', lowerIsBetter: true, samples: [0, 0, 0, 0, 0] });
  });

  it('go test -bench over several packages (./...): the same name in two packages stays two series, named by package', () => {
    const text = ['goos: linux', 'pkg: example.com/a', 'BenchmarkEncode-2  100  100 ns/op', 'BenchmarkEncode-2  100  101 ns/op', 'PASS', 'ok  example.com/a 1.0s', 'pkg: example.com/b', 'BenchmarkEncode-2  100  900 ns/op', 'BenchmarkEncode-2  100  905 ns/op', 'PASS'].join('\n');
    const s = byKey(readBenchmarks(text));
    expect([...s.keys()]).toEqual(['example.com/a › BenchmarkEncode-2', 'example.com/b › BenchmarkEncode-2']);
    const ns = (key: string) => s.get(key)!.samples.map((v) => Math.round(v * 1e9));
    expect(ns('example.com/a › BenchmarkEncode-2')).toEqual([100, 101]);
    expect(ns('example.com/b › BenchmarkEncode-2')).toEqual([900, 905]);
  });

  it('reads pytest-benchmark rounds from stats.data', () => {
    const [b] = readBenchmarks(fixture('pytest-benchmark.json'));
    expect(b!.name).toBe('test_b.py::test_fib');
    expect(b!.samples.length).toBe(8);
    expect(b!.samples.every((x) => x > 0 && x < 1)).toBe(true);
  });

  it('reads Google Benchmark repetitions and skips the aggregates', () => {
    const s = byKey(readBenchmarks(fixture('google-benchmark.json')));
    expect([...s.keys()]).toEqual(['BM_Fib/20', 'BM_Fib/20 [cpu]', 'BM_Copy/64', 'BM_Copy/64 [cpu]', 'BM_Copy/64 [bytes/s]']);
    expect(s.get('BM_Fib/20')!.samples.map((x) => Math.round(x * 1e7) / 10)).toEqual([25.1, 25.4, 24.9]);
    expect(s.get('BM_Copy/64 [bytes/s]')!.lowerIsBetter).toBe(false);
    expect(() => readBenchmarks(JSON.stringify({ context: {}, benchmarks: [{ name: 'x_mean', run_type: 'aggregate', real_time: 1, time_unit: 'ns' }] }))).toThrow('aggregates only');
  });

  it('reads criterion sample.json, estimates.json and raw.csv, named by the folder', () => {
    const base = 'target/criterion/fib/n20/new';
    const sample = readBenchmarks(fixture(`${base}/sample.json`), { label: `${base}/sample.json` });
    expect(sample[0]!.name).toBe('fib/n20');
    expect(sample[0]!.samples.map((x) => Math.round(x * 1e9))).toEqual([25000, 25500, 24900, 25200, 24900]);
    const csv = readBenchmarks(fixture(`${base}/raw.csv`));
    expect(csv[0]!.name).toBe('fib/n20');
    expect(csv[0]!.samples).toEqual(sample[0]!.samples);
    const est = readBenchmarks(fixture(`${base}/estimates.json`), { label: `${base}/estimates.json` });
    expect(est[0]!.samples[0]).toBeCloseTo(25000e-9, 15);
  });

  it('reads Bencher Metric Format with its measures and units', () => {
    const s = byKey(readBenchmarks(fixture('bmf.json')));
    expect(s.get('bench_fib_20')!.samples[0]).toBeCloseTo(25000e-9, 15);
    expect(s.get('bench_queue [throughput]')).toMatchObject({ unit: 'ops/s', lowerIsBetter: false, samples: [1136363.6] });
  });

  it('reads github-action-benchmark custom JSON, rates higher-is-better', () => {
    const s = byKey(readBenchmarks(fixture('github-action-benchmark.json')));
    expect(s.get('register latency')).toMatchObject({ unit: 's', lowerIsBetter: true, samples: [0.0425] });
    expect(s.get('task throughput [throughput]')).toMatchObject({ unit: 'ops/s', lowerIsBetter: false, samples: [1250] });
  });

  it('normalises units', () => {
    expect(normalise(2, 'µs')).toEqual({ value: 2e-6, unit: 's', lowerIsBetter: true });
    expect(normalise(3, 'KiB')).toEqual({ value: 3072, unit: 'B', lowerIsBetter: true });
    expect(normalise(5, 'Mops/s')).toEqual({ value: 5e6, unit: 'ops/s', lowerIsBetter: false });
  });

  it('says what is wrong with a bad report', () => {
    expect(() => readBenchmarks('')).toThrow('the benchmark output is empty');
    expect(() => readBenchmarks('{"results": [')).toThrow(/malformed benchmark JSON.*line 1/);
    expect(() => readBenchmarks('{"foo": 1}')).toThrow('unknown benchmark JSON');
    expect(() => readBenchmarks('hello\n')).toThrow('unknown benchmark output');
    expect(() => readBenchmarks('BenchmarkX-8 10 5 ns/op 7\n', { format: 'go-bench' })).toThrow(/value-unit pairs.*line 1/);
    expect(() => readBenchmarks('{"results":[{"command":"a","times":[1,"x"]}]}')).toThrow('results[0].times[1]: expected a number of seconds');
    expect(() => readBenchmarks('PASS\nok x 1s\n', { format: 'go-bench' })).toThrow('no benchmark results in the go test -bench output');
  });
});
