// `go test -bench` text: one line per run, `BenchmarkName-8  N  v unit  v unit …`; -count=10
// prints ten lines per name, each a sample. Other lines (goos:, PASS, ok, logs) are skipped.
// `go test -bench . ./...` prints a `pkg:` line before each package's benchmarks; when a file holds
// more than one package, each name is `<pkg> › <name>`, so the same benchmark name in two
// packages stays two series (benchstat keeps them apart too). One package keeps the plain names.
import { ReaderError } from '../types.js';
import { SeriesList, measureOf, normalise, type BenchmarkSeries } from './model.js';

const LINE = /^(Benchmark\S*)\s+(\d+)\s+(\S.*)$/;

export function isGoBench(text: string): boolean {
  return text.split('\n').some((l) => LINE.test(l.trim()) && /\s\S+\/op\b/.test(l));
}

const PKG = /^pkg:\s*(\S+)\s*$/;

export function readGoBench(text: string): BenchmarkSeries[] {
  const out = new SeriesList();
  const lines = text.split('\n');
  const packages = new Set(lines.map((l) => PKG.exec(l.trim())?.[1]).filter((p): p is string => p !== undefined));
  let pkg: string | undefined;
  lines.forEach((raw, i) => {
    const p = PKG.exec(raw.trim());
    if (p) pkg = p[1];
    const m = LINE.exec(raw.trim());
    if (!m) return;
    const name = packages.size > 1 && pkg ? `${pkg} › ${m[1]!}` : m[1]!;
    const fields = m[3]!.trim().split(/\s+/);
    if (fields.length % 2 !== 0) throw new ReaderError(`expected value-unit pairs after the iteration count, found ${JSON.stringify(m[3]!.trim().slice(0, 80))}`, i + 1);
    for (let k = 0; k < fields.length; k += 2) {
      const value = Number(fields[k]);
      const unit = fields[k + 1]!;
      if (!Number.isFinite(value)) throw new ReaderError(`expected a number before "${unit}", found ${JSON.stringify(fields[k])}`, i + 1);
      const norm = normalise(value, unit);
      out.add(name, measureOf(unit, norm), norm.unit, norm.lowerIsBetter, norm.value);
    }
  });
  return out.list('go test -bench');
}
