// Changed lines from a unified diff (`git diff -w -U0 -M`, or the patches of GitHub's compare):
// the added or modified lines of the new version, by new-file line number. Deleted files and
// whitespace-only edits contribute nothing; a renamed file is keyed by its new path.

export interface ChangedFile {
  /** Path in the new version, relative to the compared root, with forward slashes. */
  path: string;
  status: 'added' | 'modified' | 'renamed';
  /** The old path of a renamed file. */
  from?: string;
  /** Changed line numbers of the new version, ascending, distinct. */
  lines: number[];
  /** A binary file, or one whose patch was not available: the whole file counts as changed. */
  wholeFile?: boolean;
}

export interface ChangeSet {
  files: Map<string, ChangedFile>;
  /** Sum of the files' changed lines. */
  changedLines: number;
  /** Set when git's output passed this many bytes and was cut there: the files and lines are only a part of the change. */
  cutAt?: number;
}

/** Decodes a path git printed in C-style quotes ("a/t\303\251st\ttab"). */
export function unquotePath(s: string): string {
  if (!s.startsWith('"') || !s.endsWith('"') || s.length < 2) return s;
  const body = s.slice(1, -1);
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const n = body[i + 1] ?? '';
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[n] ?? n.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(p: string, prefix: string): string {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/** The new path from `diff --git a/X b/Y` when no ---/+++ lines say it (an empty new file). */
function headerPath(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const end = rest.lastIndexOf(' "');
    return end > 0 ? stripPrefix(unquotePath(rest.slice(end + 1)), 'b/') : undefined;
  }
  // Unquoted: "a/P b/P" with the same P on both sides (renames always print rename lines).
  if ((rest.length - 1) % 2 !== 0) return undefined;
  const half = (rest.length - 1) / 2;
  const a = rest.slice(0, half);
  const b = rest.slice(half + 1);
  return a.slice(2) === b.slice(2) ? b.slice(2) : undefined;
}

interface Building {
  path?: string;
  from?: string;
  status: ChangedFile['status'];
  deleted: boolean;
  binary: boolean;
  lines: number[];
}

/** Parses `git diff` output (any context size) into changed lines of the new version. */
export function parseUnifiedDiff(text: string): ChangeSet {
  const files = new Map<string, ChangedFile>();
  let changedLines = 0;
  let cur: Building | undefined;
  let next = 0;
  let inHunk = false;

  const finish = () => {
    if (!cur || cur.deleted || cur.path === undefined) return;
    // A file with nothing left to show (whitespace-only edits, a pure rename) did not change.
    if (cur.lines.length === 0 && cur.status !== 'added' && !cur.binary) return;
    const file: ChangedFile = { path: cur.path, status: cur.status, lines: cur.lines, ...(cur.from ? { from: cur.from } : {}), ...(cur.binary ? { wholeFile: true } : {}) };
    const prev = files.get(file.path);
    if (prev) {
      file.lines = [...new Set([...prev.lines, ...file.lines])].sort((x, y) => x - y);
      changedLines -= prev.lines.length;
    }
    files.set(file.path, file);
    changedLines += file.lines.length;
  };

  let start = 0;
  const len = text.length;
  while (start < len) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = len;
    const c = text.charCodeAt(start);
    if (inHunk && c === 43 /* + */ && cur) {
      cur.lines.push(next++);
    } else if (inHunk && c === 32 /* space */) {
      next++;
    } else if (inHunk && (c === 45 /* - */ || c === 92) /* \ No newline */) {
      // Removed lines have no new line number.
    } else {
      const line = text.slice(start, end);
      if (line.startsWith('diff --git ')) {
        finish();
        cur = { status: 'modified', deleted: false, binary: false, lines: [] };
        cur.path = headerPath(line.slice(11));
        inHunk = false;
      } else if (cur && line.startsWith('@@')) {
        const m = /^@@+ [^@]*?\+(\d+)(?:,(\d+))? @@/.exec(line);
        if (m) {
          next = Number(m[1]);
          inHunk = true;
        }
      } else if (cur) {
        inHunk = false;
        if (line.startsWith('+++ ')) {
          const p = line.slice(4).replace(/\t$/, '');
          if (p === '/dev/null') cur.deleted = true;
          else cur.path = stripPrefix(unquotePath(p), 'b/');
        } else if (line.startsWith('--- ')) {
          if (line.slice(4) === '/dev/null') cur.status = 'added';
        } else if (line.startsWith('new file mode')) cur.status = 'added';
        else if (line.startsWith('deleted file mode')) cur.deleted = true;
        else if (line.startsWith('rename from ')) {
          cur.from = unquotePath(line.slice(12));
          cur.status = 'renamed';
        } else if (line.startsWith('rename to ')) cur.path = unquotePath(line.slice(10));
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch') cur.binary = true;
      }
    }
    start = end + 1;
  }
  finish();
  return { files, changedLines };
}

/** One file's patch from GitHub's compare API (hunks only, no headers). */
export interface PatchFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

/** Changed lines from the compare API's files. A file without a patch (too large, binary) counts whole. */
export function changesFromPatches(list: PatchFile[]): ChangeSet {
  const files = new Map<string, ChangedFile>();
  let changedLines = 0;
  for (const f of list) {
    if (f.status === 'removed') continue;
    const status: ChangedFile['status'] = f.status === 'added' ? 'added' : f.status === 'renamed' ? 'renamed' : 'modified';
    const base = { path: f.filename, status, ...(f.previous_filename && status === 'renamed' ? { from: f.previous_filename } : {}) };
    if (f.patch === undefined) {
      if (status === 'renamed' && f.status === 'renamed') continue; // a pure rename has no patch and no change
      files.set(f.filename, { ...base, lines: [], wholeFile: true });
      continue;
    }
    const header = `diff --git a/${f.filename} b/${f.filename}\n${status === 'added' ? '--- /dev/null' : `--- a/${f.filename}`}\n+++ b/${f.filename}\n`;
    const one = parseUnifiedDiff(header + f.patch).files.get(f.filename);
    if (!one) continue;
    files.set(f.filename, { ...one, ...base });
    changedLines += one.lines.length;
  }
  return { files, changedLines };
}

/** Whether a sorted line list holds a line (binary search). */
export function hasLine(lines: readonly number[], line: number): boolean {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = lines[mid]!;
    if (v === line) return true;
    if (v < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Line numbers as ranges: [3,4,5,9] → "3-5, 9". */
export function lineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const startLine = lines[i]!;
    while (i + 1 < lines.length && lines[i + 1] === lines[i]! + 1) i++;
    parts.push(startLine === lines[i] ? String(startLine) : `${startLine}-${lines[i]}`);
  }
  return parts.join(', ');
}
