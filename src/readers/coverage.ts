// The coverage model every coverage reader fills, merging across files, and format detection.
import { ReaderError } from './types.js';

import { COVERAGE_FORMATS, type CoverageFormat, type CoverageMetric } from './formats.js';
export { COVERAGE_FORMATS, COVERAGE_METRICS, type CoverageFormat, type CoverageMetric } from './formats.js';

export interface Ratio {
  covered: number;
  total: number;
  /** covered / total × 100, or null when there is nothing to cover. */
  pct: number | null;
}

export type CoverageMetrics = Partial<Record<CoverageMetric, Ratio>>;

/**
 * Lines of one file, dense by line number: 0 not instrumented, 1 instrumented, 2 covered. Only
 * "covered or not" is ever scored, so a byte per line is enough, whatever the hit counts.
 */
export class LineHits {
  private data = new Uint8Array(64);
  private max = 0;

  add(line: number, hits: number): void {
    if (line >= this.data.length) {
      let size = this.data.length;
      while (size <= line) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.data);
      this.data = grown;
    }
    const state = hits > 0 ? 2 : 1;
    if (state > this.data[line]!) this.data[line] = state;
    if (line > this.max) this.max = line;
  }

  count(): { covered: number; total: number } {
    let covered = 0;
    let total = 0;
    for (let i = 0; i <= this.max; i++) {
      const v = this.data[i]!;
      if (v !== 0) {
        total++;
        if (v === 2) covered++;
      }
    }
    return { covered, total };
  }

  /** The highest line number with data (0 when none). */
  get lastLine(): number {
    return this.max;
  }

  /** State of one line: 0 not instrumented, 1 instrumented and missed, 2 covered. */
  at(line: number): number {
    return line >= 0 && line < this.data.length ? this.data[line]! : 0;
  }

  merge(other: LineHits): void {
    for (let i = 0; i <= other.max; i++) {
      const v = other.data[i]!;
      if (v !== 0) this.add(i, v - 1);
    }
  }
}

const SMALL_KEY = 2 ** 29;

/** Two small numbers as one key (line and condition, statement id and arm), or a string. */
export function pairKey(a: number, b: number, width = 1024): number | string {
  return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && b < width && a < SMALL_KEY / width ? a * width + b : `${a}:${b}`;
}

/**
 * Items of one file (branches, functions, statements) by identity, covered or not. Small integer
 * keys live in a packed Int32Array (key × 2 + covered), so millions of branches stay a few bytes
 * each; other keys in a Map.
 */
export class Tally {
  private codes = new Int32Array(16);
  private n = 0;
  private sorted = true;
  private readonly named = new Map<string, boolean>();

  add(key: number | string, hits: number): void {
    const covered = hits > 0;
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < SMALL_KEY) {
      if (this.n === this.codes.length) {
        const grown = new Int32Array(this.codes.length * 2);
        grown.set(this.codes);
        this.codes = grown;
      }
      const code = key * 2 + (covered ? 1 : 0);
      if (this.n > 0 && code < this.codes[this.n - 1]!) this.sorted = false;
      this.codes[this.n++] = code;
      return;
    }
    const k = String(key);
    this.named.set(k, covered || (this.named.get(k) ?? false));
  }

  /** Sorts and folds repeated keys (covered if any entry is), in place. */
  private compact(): void {
    let codes = this.codes.subarray(0, this.n);
    if (!this.sorted) codes = codes.sort();
    let out = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (out > 0 && codes[out - 1]! >> 1 === code >> 1) codes[out - 1] = codes[out - 1]! | code;
      else codes[out++] = code;
    }
    this.n = out;
    this.sorted = true;
  }

  count(): { covered: number; total: number } {
    this.compact();
    let covered = 0;
    for (let i = 0; i < this.n; i++) covered += this.codes[i]! & 1;
    for (const c of this.named.values()) if (c) covered++;
    return { covered, total: this.n + this.named.size };
  }

  merge(other: Tally): void {
    for (let i = 0; i < other.n; i++) this.add(other.codes[i]! >> 1, other.codes[i]! & 1);
    for (const [k, c] of other.named) this.add(k, c ? 1 : 0);
  }
}

/**
 * What the readers produce and what is merged across report files: per-file line and item data
 * where the format has it (merged by file, not averaged), and plain totals where it only has those.
 */
export class CoverageData {
  readonly lines = new Map<string, LineHits>();
  readonly items: Partial<Record<Exclude<CoverageMetric, 'lines'>, Map<string, Tally>>> = {};
  readonly totals: Partial<Record<CoverageMetric, { covered: number; total: number }>> = {};
  /**
   * Per-line data of formats whose totals come from elsewhere (JaCoCo's report counters, Go's
   * statements): kept for patch coverage only, never counted in `metrics()`.
   */
  readonly detail = new Map<string, LineHits>();

  constructor(readonly formats: Set<CoverageFormat> = new Set()) {}

  fileLines(file: string): LineHits {
    let l = this.lines.get(file);
    if (!l) {
      l = new LineHits();
      this.lines.set(file, l);
    }
    return l;
  }

  detailLines(file: string): LineHits {
    let l = this.detail.get(file);
    if (!l) {
      l = new LineHits();
      this.detail.set(file, l);
    }
    return l;
  }

  /** Per-line data by file, for patch coverage: the counted lines, else the detail lines. */
  lineData(): Map<string, LineHits> {
    if (this.detail.size === 0) return this.lines;
    const out = new Map(this.detail);
    for (const [file, l] of this.lines) out.set(file, l);
    return out;
  }

  fileItems(metric: Exclude<CoverageMetric, 'lines'>, file: string): Tally {
    const byFile = (this.items[metric] ??= new Map());
    let t = byFile.get(file);
    if (!t) {
      t = new Tally();
      byFile.set(file, t);
    }
    return t;
  }

  /** Adds reported totals; a report claiming more covered than total (or negatives) is clamped. */
  addTotal(metric: CoverageMetric, covered: number, total: number): void {
    const t = (this.totals[metric] ??= { covered: 0, total: 0 });
    const tot = Math.max(0, total);
    t.covered += Math.min(Math.max(0, covered), tot);
    t.total += tot;
  }

  merge(other: CoverageData): void {
    for (const f of other.formats) this.formats.add(f);
    for (const [file, lines] of other.lines) this.fileLines(file).merge(lines);
    for (const [file, lines] of other.detail) this.detailLines(file).merge(lines);
    for (const metric of Object.keys(other.items) as Exclude<CoverageMetric, 'lines'>[]) {
      for (const [file, tally] of other.items[metric]!) this.fileItems(metric, file).merge(tally);
    }
    for (const [metric, t] of Object.entries(other.totals) as [CoverageMetric, { covered: number; total: number }][]) {
      this.addTotal(metric, t.covered, t.total);
    }
  }

  metrics(): CoverageMetrics {
    const out: CoverageMetrics = {};
    const put = (metric: CoverageMetric, covered: number, total: number) => {
      const prev = out[metric];
      const c = covered + (prev?.covered ?? 0);
      const t = total + (prev?.total ?? 0);
      out[metric] = { covered: c, total: t, pct: t > 0 ? (c / t) * 100 : null };
    };
    if (this.lines.size > 0) {
      let covered = 0;
      let total = 0;
      for (const l of this.lines.values()) {
        const c = l.count();
        covered += c.covered;
        total += c.total;
      }
      put('lines', covered, total);
    }
    for (const metric of Object.keys(this.items) as Exclude<CoverageMetric, 'lines'>[]) {
      let covered = 0;
      let total = 0;
      for (const t of this.items[metric]!.values()) {
        const c = t.count();
        covered += c.covered;
        total += c.total;
      }
      put(metric, covered, total);
    }
    for (const [metric, t] of Object.entries(this.totals) as [CoverageMetric, { covered: number; total: number }][]) put(metric, t.covered, t.total);
    return out;
  }
}

/** Recognises a coverage format from the first few KiB of a report. */
export function detectCoverageFormat(head: string): CoverageFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (/^mode: *(set|count|atomic)\b/.test(text)) return 'go';
  if (/^(TN|SF|VER):/m.test(text.slice(0, 4096)) && !text.startsWith('<') && !text.startsWith('{')) return 'lcov';
  if (text.startsWith('{')) {
    if (/"(statementMap|fnMap|branchMap)"/.test(text) || /"total"\s*:\s*\{/.test(text) || /"(lines|statements)"\s*:\s*\{\s*"total"/.test(text)) return 'istanbul';
    throw new ReaderError('unrecognised coverage JSON: expected istanbul coverage-summary.json or coverage-final.json');
  }
  if (text.startsWith('<')) {
    const root = rootElement(text);
    if (root === 'report') return 'jacoco';
    if (root === 'coverage') {
      // Clover and Cobertura both use <coverage>; Clover's carries a `clover` attribute and <project>.
      if (/<coverage\b[^>]*\bclover=/.test(text) || /<project\b/.test(text)) return 'clover';
      return 'cobertura';
    }
    throw new ReaderError(`unrecognised coverage XML: the root element is <${root ?? '?'}>, expected <coverage> (Cobertura, Clover) or <report> (JaCoCo)`);
  }
  throw new ReaderError(`unrecognised coverage report: expected ${COVERAGE_FORMATS.join(', ')} (LCOV, Cobertura XML, JaCoCo XML, Clover XML, istanbul JSON, Go coverprofile)`);
}

/** Name of the first element, skipping the XML declaration, comments, processing instructions and DOCTYPE. */
export function rootElement(xml: string): string | undefined {
  const re = /<(!--[\s\S]*?-->|\?[\s\S]*?\?>|![A-Za-z][^>]*>|([A-Za-z_][\w.:-]*))/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2]) {
      const name = m[2];
      const i = name.indexOf(':');
      return i < 0 ? name : name.slice(i + 1);
    }
  }
  return undefined;
}
