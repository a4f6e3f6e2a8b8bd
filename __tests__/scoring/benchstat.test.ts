// The U test against benchstat on real `go test -bench -count=10` files (fixtures/benchstat: the
// same package measured as it is, again, 1.2× and 2× slower, beside other work on a 2-core
// machine). benchstat-base-*.csv is `benchstat -format csv base.txt X.txt` (golang.org/x/perf at
// 712aea8, built from source with Go 1.19); FULL_P are the p-values of the function it calls,
// go-moremath's stats.MannWhitneyUTest(base, X, LocationDiffers), printed with %.17g.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoBench } from '../../src/readers/benchmark/go-bench.js';
import { mannWhitneyU } from '../../src/scoring/benchmark-stats.js';

const dir = path.join(import.meta.dirname, 'fixtures', 'benchstat');
const series = (file: string) => readGoBench(readFileSync(path.join(dir, file), 'utf8'));

const FULL_P: Record<string, number> = {
  'slow BenchmarkSum-2 time': 0.85342830544068959,
  'slow BenchmarkAlloc-2 time': 0.07525601333650872,
  'slow2x BenchmarkSum-2 time': 4.3300352897876119e-5,
  'same BenchmarkSum-2 time': 0.0010500335577734961,
};

const MEASURE: Record<string, string> = { 'sec/op': 'time', 'B/op': 'memory', 'allocs/op': 'allocs' };

/** benchstat's rows: benchmark, measure, `~` or the change, and p. */
function benchstatRows(csv: string): { name: string; measure: string; verdict: string; p: number }[] {
  const out: { name: string; measure: string; verdict: string; p: number }[] = [];
  let measure = '';
  for (const line of csv.split('\n')) {
    const cells = line.split(',');
    if (cells[0] === '' && cells[1] && MEASURE[cells[1]]) measure = MEASURE[cells[1]]!;
    const p = /^p=(\d\.\d{3}) n=\d+$/.exec(cells[6] ?? '');
    if (p && cells[0]) out.push({ name: `Benchmark${cells[0]}`, measure, verdict: cells[5]!, p: Number(p[1]) });
  }
  return out;
}

describe('Mann-Whitney U against benchstat', () => {
  for (const other of ['slow', 'slow2x', 'same']) {
    it(`base.txt vs ${other}.txt: the same p as benchstat (to 1e-6 where it counts exactly without ties), the same verdict at its alpha 0.05`, () => {
      const base = series('base.txt');
      const head = series(`${other}.txt`);
      const rows = benchstatRows(readFileSync(path.join(dir, `benchstat-base-${other}.csv`), 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const b = base.find((s) => s.name === row.name && s.measure === row.measure)!;
        const h = head.find((s) => s.name === row.name && s.measure === row.measure)!;
        const ours = mannWhitneyU(b.samples, h.samples).pValue;
        const tied = new Set([...b.samples, ...h.samples]).size < b.samples.length + h.samples.length;
        const full = FULL_P[`${other} ${row.name} ${row.measure}`];
        if (full !== undefined) expect(Math.abs(ours - full)).toBeLessThan(1e-6);
        // With ties benchstat counts a tie-aware exact distribution; this, as scipy, approximates.
        if (!tied || ours === 1) expect(ours.toFixed(3)).toBe(row.p.toFixed(3));
        expect(ours < 0.05 ? 'significant' : '~').toBe(row.verdict === '~' ? '~' : 'significant');
      }
    });
  }

  it('the tied case where the two differ, and by how much', () => {
    const b = series('base.txt').find((s) => s.name === 'BenchmarkAlloc-2' && s.measure === 'time')!;
    const h = series('same.txt').find((s) => s.name === 'BenchmarkAlloc-2' && s.measure === 'time')!;
    // benchstat (moremath, exact with ties): 0.0008118816168351772; the normal approximation:
    expect(mannWhitneyU(b.samples, h.samples).pValue).toBeCloseTo(0.0019169262524411518, 12);
    expect(benchstatRows(readFileSync(path.join(dir, 'benchstat-base-same.csv'), 'utf8')).find((r) => r.name === 'BenchmarkAlloc-2' && r.measure === 'time')!.p).toBe(0.001);
  });
});
