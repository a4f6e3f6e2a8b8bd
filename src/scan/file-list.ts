// The files the built-in scans read: `git ls-files -z -co --exclude-standard` (tracked, plus
// untracked files that are not ignored); outside a git repository, a walk that honours .gitignore.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface FileList {
  /** Workspace-relative paths with forward slashes, sorted. */
  files: string[];
  /** Tracked paths (a subset of files); empty outside git. */
  tracked: Set<string>;
  source: 'git' | 'walk';
}

function git(args: string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function splitNul(buf: Buffer): string[] {
  return buf
    .toString('utf8')
    .split('\0')
    .filter((s) => s !== '');
}

/** Whether `dir` is inside a git work tree (and git is installed). */
export async function isGitRepository(dir: string): Promise<boolean> {
  try {
    return (await git(['rev-parse', '--is-inside-work-tree'], dir)).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/** Directories a walk never enters, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);

function walk(root: string): string[] {
  const out: string[] = [];
  // Each directory's own .gitignore applies below it, as git does.
  const visit = (dir: string, rel: string, rules: { base: string; ig: Ignore }[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    let own = rules;
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gitignore) {
      try {
        own = [...rules, { base: rel, ig: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')) }];
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    const ignored = (p: string, isDir: boolean) =>
      own.some(({ base, ig }) => {
        const sub = base ? p.slice(base.length + 1) : p;
        return sub !== '' && ig.ignores(isDir ? `${sub}/` : sub);
      });
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(e.name) && !ignored(p, true)) visit(path.join(dir, e.name), p, own);
      } else if ((e.isFile() || e.isSymbolicLink()) && !ignored(p, false)) out.push(p);
    }
  };
  visit(root, '', []);
  return out.sort();
}

/**
 * The listing in two parts, so scanning can begin before the slow part ends: the tracked files
 * (`git ls-files -c`, read from the index, tens of milliseconds) and the untracked, not ignored
 * ones (`git ls-files -o --exclude-standard`, a walk of the work tree, often ten times longer).
 * Both run at once. Outside a git repository the walk gives every file as `first`.
 */
export interface Listing {
  /** Sorted. */
  first: Promise<string[]>;
  /** Sorted, none of them in `first`; settles after `first`. */
  rest: Promise<string[]>;
  /** Both parts as one list. */
  whole: Promise<FileList>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The paths sorted (by UTF-16 code units, as JavaScript compares strings) without duplicates.
 * git lists them in byte order, which is the same for all but rare characters: a list already in
 * order is only checked, not sorted again.
 */
export function sortedUnique(paths: string[]): string[] {
  let ordered = true;
  for (let i = 1; i < paths.length && ordered; i++) ordered = paths[i - 1]! < paths[i]!;
  if (ordered) return paths;
  // An unmerged path is listed once per stage; those copies end up side by side.
  return paths.sort(byCodeUnits).filter((p, i, all) => i === 0 || p !== all[i - 1]);
}

/** Two sorted lists as one (the same order as sorting both together). */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return a.slice();
  const out: string[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export function startListing(workspace: string): Listing {
  // ls-files prints paths relative to its working directory, so a workspace that is a subfolder
  // of the repository lists only its own files, relative to itself. A directory outside any
  // repository (or no git at all) makes the first call fail, and the tree is walked.
  const cached = git(['ls-files', '-z', '-c'], workspace).then(
    (out) => ({ source: 'git' as const, files: sortedUnique(splitNul(out)) }),
    () => ({ source: 'walk' as const, files: walk(workspace) }),
  );
  const others = git(['ls-files', '-z', '-o', '--exclude-standard'], workspace).then(
    (out) => sortedUnique(splitNul(out)),
    () => [] as string[],
  );
  const first = cached.then((c) => c.files);
  const rest = Promise.all([cached, others]).then(([c, o]) => {
    if (c.source === 'walk') return [];
    // A path git lists as both (an unmerged entry being resolved) is a tracked file.
    const tracked = new Set(c.files);
    return o.filter((p) => !tracked.has(p));
  });
  const whole = Promise.all([cached, rest]).then(([c, r]): FileList => ({ files: mergeSorted(c.files, r), tracked: new Set(c.source === 'git' ? c.files : []), source: c.source }));
  // Settled by whoever awaits them; a listing nobody asks for must not be an unhandled rejection.
  whole.catch(() => undefined);
  return { first, rest, whole };
}

/**
 * How many files git tracks in the workspace (read from the index, a few milliseconds), or
 * undefined outside a repository: a hint for how many workers a pass is worth, not the list.
 */
export async function trackedCount(workspace: string): Promise<number | undefined> {
  try {
    const out = await git(['ls-files', '-z', '-c'], workspace);
    let count = 0;
    for (let i = out.indexOf(0); i !== -1; i = out.indexOf(0, i + 1)) count++;
    return count;
  } catch {
    return undefined;
  }
}

/** Tracked plus untracked files that are not ignored (as `git ls-files -co --exclude-standard`). */
export function listFiles(workspace: string): Promise<FileList> {
  return startListing(workspace).whole;
}
