// One pass over the repository for every built-in scan: each listed file is read once and handed
// to every scanner that wants it. Binary files (a NUL in the first 8 KiB), files over the size
// limit and symlinks are skipped and counted. The pass runs on worker threads (scan-pool.ts) in
// batches of files; each batch's results are merged on the main thread in file order.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { LiteralSet } from '../run/literals.js';
import type { FileList } from './file-list.js';

export interface ScannedFile {
  /** Workspace-relative, forward slashes. */
  path: string;
  text: string;
  /** Of the literals of every scanner of the pass, those the file contains. */
  found?: ReadonlySet<string>;
}

/** A built-in scan's view of the pass: which files it reads, and what it does with each. */
export interface Scanner {
  wants(path: string): boolean;
  visit(file: ScannedFile): void;
  /**
   * ASCII literals one of which every match contains. The pass searches each file's bytes once
   * for the literals of all its scanners (one scan for all rather than one each) and hands the
   * ones found to mayMatch; without mayMatch, a file is visited when it holds one of these.
   */
  literals?: readonly string[];
  /**
   * Whether a file needs to be decoded and visited at all, judged from its raw bytes and, with
   * `literals`, those of the pass's literals it contains. Optional: without it (and without
   * `literals`) every wanted file is visited.
   */
  mayMatch?(path: string, bytes: Buffer, found: ReadonlySet<string>): boolean;
  /** On a worker: what it found since the last call, as plain data, forgetting it. */
  take(): unknown;
  /** On the main thread: adds what a worker took from one batch; batches arrive in file order. */
  merge(state: unknown): void;
}

export interface ScanStats {
  listed: number;
  scanned: number;
  skippedBinary: number;
  skippedLarge: number;
  skippedSymlink: number;
  unreadable: number;
}

export interface SkippedExamples {
  binary: string[];
  large: string[];
  unreadable: string[];
}

export interface PassResult {
  list: FileList;
  /** Size of every listed regular file. */
  sizes: Map<string, number>;
  stats: ScanStats;
  /** Examples of skipped files, for the details. */
  skippedExamples: SkippedExamples;
  durationMs: number;
  /** The first check of the pass: the pass's time is shown on it alone. */
  timedOn?: string;
}

/** What one batch of files gave: counts, sizes and each scanner's findings. */
export interface BatchResult {
  stats: Omit<ScanStats, 'listed'>;
  /**
   * Size of each file of the batch, by position; -1 for one that is not a regular file (or is
   * gone). Numbers, not path and size pairs: the main thread has the paths, and a typed array
   * crosses threads without a copy of every path.
   */
  sizes: Float64Array<ArrayBuffer>;
  skippedExamples: SkippedExamples;
  /** Scanner.take() of each scanner, in the order the scanners were given. */
  states: unknown[];
}

const BINARY_PROBE = 8192;
export const EXAMPLES = 20;

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).includes(0);
}

/** Opened without following a symlink and without blocking on a FIFO. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** One read buffer per thread, grown as needed: most files are small and never need their own. */
let shared = Buffer.allocUnsafe(1 << 20);

/**
 * The file's bytes, or its size when it is over `max` (then it is not read further). Most files
 * fit the first read, so they cost no stat call; a file that fills the buffer is measured.
 */
function readFile(fd: number, max: number): { bytes?: Buffer; size: number } {
  // A short read of a regular file is its end: no second call to see 0.
  let n = readSync(fd, shared, 0, shared.length, null);
  if (n < shared.length) return n > max ? { size: n } : { bytes: shared.subarray(0, n), size: n };
  const size = fstatSync(fd).size;
  if (size > max) return { size };
  const grown = Buffer.allocUnsafe(Math.max(size + 1, shared.length * 2));
  shared.copy(grown, 0, 0, n);
  shared = grown;
  while (n < shared.length) {
    const got = readSync(fd, shared, n, shared.length - n, null);
    if (got === 0) break;
    n += got;
  }
  return { bytes: shared.subarray(0, n), size: n };
}

/** The literals of a set of scanners, searched for together; built once per set. */
const literalSets = new WeakMap<readonly Scanner[], LiteralSet>();

function literalsOf(scanners: readonly Scanner[]): LiteralSet {
  let set = literalSets.get(scanners);
  if (!set) literalSets.set(scanners, (set = new LiteralSet(scanners.flatMap((s) => s.literals ?? []))));
  return set;
}

/** Whether a scanner has a file to visit: its own test, else one of its literals found. */
function mayVisit(s: Scanner, rel: string, bytes: Buffer, found: ReadonlySet<string>): boolean {
  if (s.mayMatch) return s.mayMatch(rel, bytes, found);
  return !s.literals || s.literals.some((l) => found.has(l));
}

const NOTHING_FOUND: ReadonlySet<string> = new Set();

/** Reads and scans one batch of files (on a worker thread). */
export function scanBatch(workspace: string, files: readonly string[], scanners: readonly Scanner[], maxFileSize: number): BatchResult {
  const stats = { scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
  const sizes = new Float64Array(files.length).fill(-1);
  const skippedExamples: SkippedExamples = { binary: [], large: [], unreadable: [] };
  const note = (bucket: string[], p: string) => {
    if (bucket.length < EXAMPLES) bucket.push(p);
  };
  // Listed paths are already normal and relative: a plain prefix is all path.join would do.
  const prefix = workspace.endsWith(path.sep) ? workspace : workspace + path.sep;
  const literals = literalsOf(scanners);
  for (let index = 0; index < files.length; index++) {
    const rel = files[index]!;
    const abs = prefix + rel;
    const wanted = scanners.filter((s) => s.wants(rel));
    if (wanted.length === 0) {
      // Only its size is needed (the git check's large-file rule).
      let info;
      try {
        info = lstatSync(abs);
      } catch {
        continue; // deleted in the work tree but still in the index
      }
      if (info.isSymbolicLink()) stats.skippedSymlink++;
      else if (info.isFile()) sizes[index] = info.size;
      continue;
    }
    let fd: number;
    try {
      fd = openSync(abs, OPEN_FLAGS);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      let info;
      try {
        info = lstatSync(abs);
      } catch {
        continue;
      }
      if (info.isSymbolicLink()) stats.skippedSymlink++;
      else if (info.isFile()) {
        sizes[index] = info.size;
        if (info.size > maxFileSize) {
          stats.skippedLarge++;
          note(skippedExamples.large, rel);
        } else {
          stats.unreadable++;
          note(skippedExamples.unreadable, rel);
        }
      }
      continue;
    }
    try {
      let read;
      try {
        read = readFile(fd, maxFileSize);
      } catch (err) {
        // A directory (a submodule) is no file to scan.
        if ((err as NodeJS.ErrnoException).code === 'EISDIR') continue;
        stats.unreadable++;
        note(skippedExamples.unreadable, rel);
        continue;
      }
      sizes[index] = read.size;
      const bytes = read.bytes;
      if (!bytes) {
        stats.skippedLarge++;
        note(skippedExamples.large, rel);
        continue;
      }
      if (isBinary(bytes)) {
        stats.skippedBinary++;
        note(skippedExamples.binary, rel);
        continue;
      }
      stats.scanned++;
      // Decoded only when some scanner may find something in it.
      const found = wanted.some((s) => s.literals) ? literals.occurring(bytes) : NOTHING_FOUND;
      const visiting = wanted.filter((s) => mayVisit(s, rel, bytes, found));
      if (visiting.length === 0) continue;
      const file = { path: rel, text: bytes.toString('utf8'), found };
      for (const s of visiting) s.visit(file);
    } finally {
      closeSync(fd);
    }
  }
  return { stats, sizes, skippedExamples, states: scanners.map((s) => s.take()) };
}

/** The pass's totals from its batches, merged in file order. */
export class PassTotals {
  readonly stats: ScanStats;
  readonly sizes = new Map<string, number>();
  readonly skippedExamples: SkippedExamples = { binary: [], large: [], unreadable: [] };

  constructor(listed: number) {
    this.stats = { listed, scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
  }

  /** Adds one batch's results; `files` are the paths the batch was sent. */
  add(batch: BatchResult, scanners: readonly Scanner[], files: readonly string[]): void {
    const s = this.stats;
    s.scanned += batch.stats.scanned;
    s.skippedBinary += batch.stats.skippedBinary;
    s.skippedLarge += batch.stats.skippedLarge;
    s.skippedSymlink += batch.stats.skippedSymlink;
    s.unreadable += batch.stats.unreadable;
    batch.sizes.forEach((n, i) => {
      if (n >= 0) this.sizes.set(files[i]!, n);
    });
    for (const key of ['binary', 'large', 'unreadable'] as const) {
      const bucket = this.skippedExamples[key];
      for (const p of batch.skippedExamples[key]) if (bucket.length < EXAMPLES) bucket.push(p);
    }
    batch.states.forEach((state, i) => scanners[i]!.merge(state));
  }
}
