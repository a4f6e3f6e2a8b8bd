// Report files: globs resolved inside the workspace only (no `..` escapes, no symlinks out of it),
// size limits checked before reading, and streaming reads through the report decoder.
import { createReadStream, realpathSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ReportDecoder } from '../readers/text.js';
import { TEMP_VARIABLE } from './environment.js';

/** A report that cannot be used; the message is the check's `error` reason. */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} B`;
}

const TEMP_PREFIX = new RegExp(`^\\$(?:\\{${TEMP_VARIABLE}\\}|${TEMP_VARIABLE})/`);

/**
 * The files the patterns match, in order, without duplicates. Patterns are relative to `cwd`;
 * each must match at least one file, and every file must really lie inside the workspace.
 */
export async function resolveReports(patterns: readonly string[], cwd: string, workspace: string, tempDir?: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const raw of patterns) {
    // `$READINESS_TEMP/…` resolves in the run's temporary folder and must stay inside that one.
    const inTemp = tempDir !== undefined && TEMP_PREFIX.test(raw);
    const base = inTemp ? tempDir : workspace;
    for (const file of await resolvePattern(inTemp ? raw.replace(TEMP_PREFIX, '') : raw, raw, inTemp ? tempDir : cwd, base)) {
      if (!seen.has(file.real)) {
        seen.add(file.real);
        files.push(file.path);
      }
    }
  }
  return files;
}

async function resolvePattern(pattern0: string, raw: string, cwd: string, workspace: string): Promise<{ path: string; real: string }[]> {
  const root = realpathSync(workspace);
  const where = toPosix(path.relative(workspace, cwd)) || '.';
  const out: { path: string; real: string }[] = [];
  {
    const pattern = pattern0.replace(/\\/g, '/');
    // The part before the first glob segment must stay inside; so must any `..` after it.
    const segments = pattern.split('/');
    const firstDynamic = segments.findIndex((s) => isDynamicPattern(s));
    const fixed = firstDynamic < 0 ? segments : segments.slice(0, firstDynamic);
    const base = path.resolve(cwd, fixed.join('/') || '.');
    if (path.isAbsolute(pattern) || !inside(path.resolve(workspace), base) || (firstDynamic >= 0 && segments.slice(firstDynamic).includes('..'))) {
      throw new ReportError(`reports pattern "${raw}" points outside the workspace`);
    }
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      // Symlinks are followed so that each match can be resolved and refused when it leads outside.
      matches = (await glob(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })).sort();
    } else {
      const file = path.resolve(cwd, pattern);
      const info = await lstat(file).catch(() => undefined);
      // A directory, FIFO or socket by that name is not a report (and a FIFO would block a read).
      if (info && !info.isFile() && !info.isSymbolicLink()) throw new ReportError(`${raw}: not a regular file`);
      matches = info ? [file] : [];
    }
    if (matches.length === 0) throw new ReportError(`no file matched reports pattern "${raw}" (in ${where})`);
    for (const match of matches) {
      let real: string;
      try {
        real = realpathSync(match);
      } catch (err) {
        throw new ReportError(`${toPosix(path.relative(workspace, match))}: cannot be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); a broken or looping symlink?`);
      }
      if (!inside(root, real)) throw new ReportError(`${toPosix(path.relative(workspace, match))} is a symlink to outside the workspace`);
      out.push({ path: match, real });
    }
  }
  return out;
}

/** Checks that a report can be read: a regular, non-empty file (unless empty is allowed) within the size limit. */
export async function checkReportFile(file: string, label: string, maxBytes: number, allowEmpty = false): Promise<number> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw new ReportError(`${label}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (!info.isFile()) throw new ReportError(`${label}: not a regular file`);
  if (info.size === 0 && !allowEmpty) throw new ReportError(`${label}: the file is empty`);
  if (info.size > maxBytes) throw new ReportError(`${label}: ${formatSize(info.size)} is over max-report-size (${formatSize(maxBytes)})`);
  return info.size;
}

/** Streams a report file as text to `sink`, chunk by chunk. */
export async function streamReportFile(file: string, label: string, maxBytes: number, sink: (text: string) => void, allowEmpty = false): Promise<void> {
  await checkReportFile(file, label, maxBytes, allowEmpty);
  const decoder = new ReportDecoder();
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      bytes += (chunk as Buffer).length;
      // The file may grow while it is read; the limit holds for what is read.
      if (bytes > maxBytes) throw new ReportError(`${label}: over max-report-size (${formatSize(maxBytes)}) while reading`);
      const text = decoder.write(chunk as Buffer);
      if (text) sink(text);
    }
  } catch (err) {
    if (err instanceof ReportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code) throw new ReportError(`${label}: cannot read it (${code})`);
    throw err;
  }
  const tail = decoder.end();
  if (tail) sink(tail);
}

/** A whole report file as text. */
export async function readReportText(file: string, label: string, maxBytes: number, allowEmpty = false): Promise<string> {
  const parts: string[] = [];
  await streamReportFile(file, label, maxBytes, (t) => parts.push(t), allowEmpty);
  return parts.join('');
}

/** How a report file is named in the summary: workspace-relative, or under $READINESS_TEMP. */
export function workspaceRelative(workspace: string, file: string, tempDir?: string): string {
  if (tempDir && inside(tempDir, file)) return `$${TEMP_VARIABLE}/${toPosix(path.relative(tempDir, file))}`;
  return toPosix(path.relative(workspace, file));
}
