// The coverage model every coverage reader fills, merging across files, and format detection.
import { ReaderError } from './types.js';

export const COVERAGE_METRICS = ['lines', 'branches', 'functions', 'statements', 'instructions'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

export const COVERAGE_FORMATS = ['lcov', 'cobertura', 'jacoco', 'clover', 'istanbul', 'go'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

export interface Ratio {
  covered: number;
  total: number;
  /** covered / total × 100, or null when there is nothing to cover. */
  pct: number | null;
}

export type CoverageMetrics = Partial<Record<CoverageMetric, Ratio>>;

/** Hits per line of one file, dense by line number (hits + 1 stored; 0 means not instrumented). */
export class LineHits {
  private data = new Float64Array(64);
  private max = 0;

  add(line: number, hits: number): void {
    if (line >= this.data.length) {
      let size = this.data.length;
      while (size <= line) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.data);
      this.data = grown;
    }
    const prev = this.data[line]!;
    this.data[line] = (prev === 0 ? 1 : prev) + Math.max(0, hits);
    if (line > this.max) this.max = line;
  }

  count(): { covered: number; total: number } {
    let covered = 0;
    let total = 0;
    for (let i = 0; i <= this.max; i++) {
      const v = this.data[i]!;
      if (v !== 0) {
        total++;
        if (v > 1) covered++;
      }
    }
    return { covered, total };
  }

  merge(other: LineHits): void {
    for (let i = 0; i <= other.max; i++) {
      const v = other.data[i]!;
      if (v !== 0) this.add(i, v - 1);
    }
  }
}

/** Items (branches, functions, statements) of one file keyed by identity, with hits. */
export class Tally<K> {
  readonly hits = new Map<K, number>();

  add(key: K, hits: number): void {
    this.hits.set(key, (this.hits.get(key) ?? 0) + Math.max(0, hits));
  }

  /** Keeps the best (largest) value: for ratios reported per item, like Cobertura's conditions. */
  max(key: K, value: number): void {
    const prev = this.hits.get(key);
    if (prev === undefined || value > prev) this.hits.set(key, value);
  }

  count(): { covered: number; total: number } {
    let covered = 0;
    for (const v of this.hits.values()) if (v > 0) covered++;
    return { covered, total: this.hits.size };
  }

  merge(other: Tally<K>): void {
    for (const [k, v] of other.hits) this.add(k, v);
  }
}

/**
 * What the readers produce and what is merged across report files: per-file line and item data
 * where the format has it (merged by file, not averaged), and plain totals where it only has those.
 */
export class CoverageData {
  readonly lines = new Map<string, LineHits>();
  readonly items: Partial<Record<Exclude<CoverageMetric, 'lines'>, Map<string, Tally<string | number>>>> = {};
  readonly totals: Partial<Record<CoverageMetric, { covered: number; total: number }>> = {};

  constructor(readonly formats: Set<CoverageFormat> = new Set()) {}

  fileLines(file: string): LineHits {
    let l = this.lines.get(file);
    if (!l) {
      l = new LineHits();
      this.lines.set(file, l);
    }
    return l;
  }

  fileItems(metric: Exclude<CoverageMetric, 'lines'>, file: string): Tally<string | number> {
    const byFile = (this.items[metric] ??= new Map());
    let t = byFile.get(file);
    if (!t) {
      t = new Tally();
      byFile.set(file, t);
    }
    return t;
  }

  addTotal(metric: CoverageMetric, covered: number, total: number): void {
    const t = (this.totals[metric] ??= { covered: 0, total: 0 });
    t.covered += covered;
    t.total += total;
  }

  merge(other: CoverageData): void {
    for (const f of other.formats) this.formats.add(f);
    for (const [file, lines] of other.lines) this.fileLines(file).merge(lines);
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
