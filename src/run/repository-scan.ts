// One pass over the repository for every built-in scan: each listed file is read once and handed
// to every scanner that wants it. Binary files (a NUL in the first 8 KiB), files over the size
// limit and symlinks are skipped and counted.
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileList } from './file-list.js';

export interface ScannedFile {
  /** Workspace-relative, forward slashes. */
  path: string;
  text: string;
}

/** A built-in scan's view of the pass: which files it reads, and what it does with each. */
export interface Scanner {
  wants(path: string): boolean;
  visit(file: ScannedFile): void;
}

export interface ScanStats {
  listed: number;
  scanned: number;
  skippedBinary: number;
  skippedLarge: number;
  skippedSymlink: number;
  unreadable: number;
}

export interface PassResult {
  list: FileList;
  /** Size of every listed regular file. */
  sizes: Map<string, number>;
  stats: ScanStats;
  /** Examples of skipped files, for the details. */
  skippedExamples: { binary: string[]; large: string[]; unreadable: string[] };
  durationMs: number;
}

const BINARY_PROBE = 8192;
const EXAMPLES = 20;
/** Yield to the event loop this often, so running checks' output keeps flowing during a big pass. */
const SLICE_MS = 20;

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).includes(0);
}

export async function scanRepository(workspace: string, list: FileList, scanners: readonly Scanner[], maxFileSize: number, signal?: AbortSignal): Promise<PassResult> {
  const started = performance.now();
  const stats: ScanStats = { listed: list.files.length, scanned: 0, skippedBinary: 0, skippedLarge: 0, skippedSymlink: 0, unreadable: 0 };
  const sizes = new Map<string, number>();
  const skippedExamples = { binary: [] as string[], large: [] as string[], unreadable: [] as string[] };
  const note = (bucket: string[], p: string) => {
    if (bucket.length < EXAMPLES) bucket.push(p);
  };
  let sliceStart = performance.now();
  for (const rel of list.files) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((r) => setImmediate(r));
      if (signal?.aborted) break;
      sliceStart = performance.now();
    }
    const abs = path.join(workspace, rel);
    let info;
    try {
      info = lstatSync(abs);
    } catch {
      // Deleted in the work tree but still in the index.
      continue;
    }
    if (info.isSymbolicLink()) {
      stats.skippedSymlink++;
      continue;
    }
    if (!info.isFile()) continue;
    sizes.set(rel, info.size);
    const wanted = scanners.filter((s) => s.wants(rel));
    if (wanted.length === 0) continue;
    if (info.size > maxFileSize) {
      stats.skippedLarge++;
      note(skippedExamples.large, rel);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      stats.unreadable++;
      note(skippedExamples.unreadable, rel);
      continue;
    }
    if (isBinary(bytes)) {
      stats.skippedBinary++;
      note(skippedExamples.binary, rel);
      continue;
    }
    stats.scanned++;
    const file = { path: rel, text: bytes.toString('utf8') };
    for (const s of wanted) s.visit(file);
  }
  return { list, sizes, stats, skippedExamples, durationMs: Math.round(performance.now() - started) };
}
