// What benchmark readers return: per benchmark and measure, every sample in a base unit (seconds,
// bytes, operations or bytes per second, or a plain count) and which direction is better.
import { ReaderError } from '../types.js';

export interface BenchmarkSeries {
  /** The benchmark's name as the tool prints it. */
  name: string;
  /** time (the default measure), cpu, memory, allocs, throughput or a tool's own measure name. */
  measure: string;
  /** s, B, B/s, ops/s, count, or the tool's unit when it has no base unit here. */
  unit: string;
  lowerIsBetter: boolean;
  samples: number[];
}

export { BENCHMARK_FORMATS, type BenchmarkFormat } from '../formats.js';

/** The key a series is compared under: its name, and its measure when not time. */
export function seriesKey(s: Pick<BenchmarkSeries, 'name' | 'measure'>): string {
  return s.measure === 'time' ? s.name : `${s.name} [${s.measure}]`;
}

/** Collects samples per name and measure, in the order first seen. */
export class SeriesList {
  private readonly byKey = new Map<string, BenchmarkSeries>();

  add(name: string, measure: string, unit: string, lowerIsBetter: boolean, value: number): void {
    if (!Number.isFinite(value)) return;
    const key = seriesKey({ name, measure });
    let s = this.byKey.get(key);
    if (!s) {
      s = { name, measure, unit, lowerIsBetter, samples: [] };
      this.byKey.set(key, s);
    }
    s.samples.push(value);
  }

  list(what: string): BenchmarkSeries[] {
    const out = [...this.byKey.values()];
    if (out.length === 0) throw new ReaderError(`no benchmark results in the ${what} output`);
    return out;
  }
}

const TIME: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, sec: 1 };
const BYTES: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

export interface Normalised {
  value: number;
  unit: string;
  lowerIsBetter: boolean;
}

/**
 * A value in a tool's unit ("ns/op", "ms", "MB/s", "ops/sec", "B/op", "allocs/op") in a base unit,
 * with its direction: a rate ("…/s", "ops/sec") is higher-is-better, everything else lower.
 */
export function normalise(value: number, rawUnit: string): Normalised {
  const unit = rawUnit.trim();
  const per = /^(.+?)\s*\/\s*(s|sec|second)$/i.exec(unit);
  if (per) {
    const top = per[1]!.toLowerCase();
    if (BYTES[top] !== undefined) return { value: value * BYTES[top], unit: 'B/s', lowerIsBetter: false };
    const scaled = /^([kmg])?(ops|op|iter|iters|elem|elems|items?)$/i.exec(per[1]!);
    if (scaled) return { value: value * (scaled[1] ? { k: 1e3, m: 1e6, g: 1e9 }[scaled[1].toLowerCase() as 'k'] : 1), unit: 'ops/s', lowerIsBetter: false };
    return { value, unit, lowerIsBetter: false };
  }
  // "ns/op", "ns/iter", "ms/run": a time per operation.
  const base = unit.replace(/\s*\/\s*(op|iter|iteration|run|call)$/i, '');
  if (TIME[base] !== undefined) return { value: value * TIME[base], unit: 's', lowerIsBetter: true };
  if (BYTES[base.toLowerCase()] !== undefined) return { value: value * BYTES[base.toLowerCase()]!, unit: 'B', lowerIsBetter: true };
  if (/^allocs?$/i.test(base)) return { value, unit: 'count', lowerIsBetter: true };
  return { value, unit, lowerIsBetter: true };
}

/** The measure a Go-style unit names. */
export function measureOf(unit: string, norm: Normalised): string {
  if (norm.unit === 's') return 'time';
  if (norm.unit === 'B') return 'memory';
  if (norm.unit === 'B/s' || norm.unit === 'ops/s') return 'throughput';
  if (/^allocs?\//i.test(unit)) return 'allocs';
  return unit;
}

export function finiteNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The unit a value of `unit` (base units) reads best in, and how to convert to it. */
export function displayUnit(v: number, unit: string): { unit: string; to: (x: number) => number } {
  const abs = Math.abs(v);
  const same = (u: string) => ({ unit: u, to: (x: number) => x });
  if (unit === 's') {
    if (abs === 0) return same('s');
    if (abs < 1e-6) return { unit: 'ns', to: (x) => x * 1e9 };
    if (abs < 1e-3) return { unit: 'µs', to: (x) => x * 1e6 };
    if (abs < 1) return { unit: 'ms', to: (x) => x * 1e3 };
    return same('s');
  }
  if (unit === 'B' || unit === 'B/s') {
    const rate = unit === 'B/s' ? '/s' : '';
    if (abs >= 1e9) return { unit: `GB${rate}`, to: (x) => x / 1e9 };
    if (abs >= 1e6) return { unit: `MB${rate}`, to: (x) => x / 1e6 };
    if (abs >= 1e3) return { unit: `kB${rate}`, to: (x) => x / 1e3 };
    return same(`B${rate}`);
  }
  return same(unit === 'count' ? '' : unit);
}

/** A value in a base unit as people read it: 12.5 ms, 3.2 MB/s, 1.2e+06 ops/s. */
export function formatValue(v: number, unit: string): string {
  const d = displayUnit(v, unit);
  return `${String(Number(d.to(v).toPrecision(4)))}${d.unit ? ` ${d.unit}` : ''}`;
}
