// `go test -bench` text: one line per run, `BenchmarkName-8  N  v unit  v unit …`; -count=10
// prints ten lines per name, each a sample. Other lines (goos:, PASS, ok, logs) are skipped.
import { ReaderError } from '../types.js';
import { SeriesList, measureOf, normalise, type BenchmarkSeries } from './model.js';

const LINE = /^(Benchmark\S*)\s+(\d+)\s+(\S.*)$/;

export function isGoBench(text: string): boolean {
  return text.split('\n').some((l) => LINE.test(l.trim()) && /\s\S+\/op\b/.test(l));
}

export function readGoBench(text: string): BenchmarkSeries[] {
  const out = new SeriesList();
  text.split('\n').forEach((raw, i) => {
    const m = LINE.exec(raw.trim());
    if (!m) return;
    const fields = m[3]!.trim().split(/\s+/);
    if (fields.length % 2 !== 0) throw new ReaderError(`expected value-unit pairs after the iteration count, found ${JSON.stringify(m[3]!.trim().slice(0, 80))}`, i + 1);
    for (let k = 0; k < fields.length; k += 2) {
      const value = Number(fields[k]);
      const unit = fields[k + 1]!;
      if (!Number.isFinite(value)) throw new ReaderError(`expected a number before "${unit}", found ${JSON.stringify(fields[k])}`, i + 1);
      const norm = normalise(value, unit);
      out.add(m[1]!, measureOf(unit, norm), norm.unit, norm.lowerIsBetter, norm.value);
    }
  });
  return out.list('go test -bench');
}
