// New or existing: findings by their file and line against the changed lines, and patch coverage
// (covered / executable changed lines) from the coverage readers' per-line data.
import type { LineHits } from '../readers/coverage.js';
import type { Finding } from '../types.js';
import { hasLine, type ChangeSet } from './diff.js';

/**
 * A finding is new when its line is a changed line, or when it has no line and its file is new or
 * changed. A finding without a file is about the repository as a whole: never new.
 */
export function isNewFinding(f: Pick<Finding, 'file' | 'line'>, changes: ChangeSet): boolean {
  if (!f.file) return false;
  const file = changes.files.get(f.file);
  if (!file) return false;
  if (!f.line || file.wholeFile) return true;
  return hasLine(file.lines, f.line);
}

/** Copies of the findings with `new` set; the list's order is kept. */
export function markFindings(findings: readonly Finding[], changes: ChangeSet): { findings: Finding[]; newCount: number } {
  let newCount = 0;
  const out = findings.map((f) => {
    const fresh = isNewFinding(f, changes);
    if (fresh) newCount++;
    return { ...f, new: fresh };
  });
  return { findings: out, newCount };
}

export interface PatchCoverage {
  covered: number;
  /** Executable changed lines. */
  total: number;
  pct: number | null;
  /** Uncovered changed lines by file, ascending. */
  uncovered: { file: string; lines: number[] }[];
  /** Changed files no coverage report mentions (not counted). */
  unreported: string[];
}

function normalise(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * Finds the changed file a coverage report's path names. Reports write paths relative to the
 * check's folder, absolute, relative to a source root (JaCoCo's package path, Cobertura's
 * <source>) or as an import path (Go): exact first, then the longest match on whole path segments.
 */
export class PathMatcher {
  private readonly byName = new Map<string, string[]>();

  constructor(
    private readonly changes: ChangeSet,
    private readonly workspace: string,
  ) {
    for (const p of changes.files.keys()) {
      const name = p.slice(p.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(p);
      else this.byName.set(name, [p]);
    }
  }

  match(reportPath: string, workingDirectory = '.'): string | undefined {
    let p = normalise(reportPath);
    const ws = normalise(this.workspace).replace(/\/$/, '');
    if (p.startsWith(`${ws}/`)) p = p.slice(ws.length + 1);
    if (this.changes.files.has(p)) return p;
    if (workingDirectory !== '.' && this.changes.files.has(`${workingDirectory}/${p}`)) return `${workingDirectory}/${p}`;
    const candidates = this.byName.get(p.slice(p.lastIndexOf('/') + 1));
    if (!candidates) return undefined;
    let best: string | undefined;
    let bestLen = 0;
    let tie = false;
    for (const c of candidates) {
      // The shorter path must be the other's tail on a segment boundary.
      const [short, long] = c.length <= p.length ? [c, p] : [p, c];
      if (long !== short && !long.endsWith(`/${short}`)) continue;
      if (short.length > bestLen) {
        best = c;
        bestLen = short.length;
        tie = false;
      } else if (short.length === bestLen) tie = true;
    }
    return tie ? undefined : best;
  }
}

export interface LineSource {
  /** Per-file line data of one coverage check. */
  lines: Map<string, LineHits>;
  workingDirectory: string;
}

/**
 * Source files a coverage tool measures. Markdown, YAML, lockfiles, images and the like are never
 * in a coverage report, so a change to them is not "missing" from one.
 */
const COVERABLE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|py|pyx|go|rs|java|kts?|scala|groovy|clj[sc]?|c|h|cc|cpp|cxx|hpp|hh|hxx|m|mm|swift|rb|php|cs|fs|vb|dart|ex|exs|erl|lua|pl|pm|r|jl|hs|ml|zig|nim|sh|bash)$/i;

export function couldBeCovered(file: string): boolean {
  return COVERABLE.test(file);
}

/** Patch coverage over the changed lines from one or more coverage checks (a line is covered when any says so). */
export function patchCoverage(sources: readonly LineSource[], changes: ChangeSet, workspace: string): PatchCoverage {
  const matcher = new PathMatcher(changes, workspace);
  // changed file → the report files that describe it
  const hits = new Map<string, LineHits[]>();
  for (const s of sources) {
    for (const [reportPath, lines] of s.lines) {
      const file = matcher.match(reportPath, s.workingDirectory);
      if (!file) continue;
      const list = hits.get(file);
      if (list) list.push(lines);
      else hits.set(file, [lines]);
    }
  }
  let covered = 0;
  let total = 0;
  const uncovered: PatchCoverage['uncovered'] = [];
  const unreported: string[] = [];
  for (const [path, file] of changes.files) {
    const data = hits.get(path);
    if (!data) {
      if ((file.lines.length > 0 || file.wholeFile) && couldBeCovered(path)) unreported.push(path);
      continue;
    }
    const missed: number[] = [];
    // A file changed as a whole (binary to git, or no patch from the API): every line the reports know.
    const changed = file.wholeFile ? Array.from({ length: Math.max(0, ...data.map((d) => d.lastLine)) }, (_, i) => i + 1) : file.lines;
    for (const line of changed) {
      let state = 0;
      for (const d of data) state = Math.max(state, d.at(line));
      if (state === 0) continue;
      total++;
      if (state === 2) covered++;
      else missed.push(line);
    }
    if (missed.length > 0) uncovered.push({ file: path, lines: missed });
  }
  uncovered.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { covered, total, pct: total > 0 ? (covered / total) * 100 : null, uncovered, unreported: unreported.sort() };
}
