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

export async function listFiles(workspace: string): Promise<FileList> {
  // One git call: -t tags each path, "?" for an untracked file, a letter for a tracked one. A
  // directory outside any repository (or no git at all) makes it fail, and the tree is walked.
  // ls-files prints paths relative to its working directory, so a workspace that is a subfolder
  // of the repository lists only its own files, relative to itself.
  let out: Buffer;
  try {
    out = await git(['ls-files', '-z', '-t', '-co', '--exclude-standard'], workspace);
  } catch {
    return { files: walk(workspace), tracked: new Set(), source: 'walk' };
  }
  const all = new Set<string>();
  const tracked = new Set<string>();
  for (const entry of splitNul(out)) {
    // "H path": a tag, a space, the path. A file deleted in the work tree but still in the index
    // is listed; the scan skips it.
    const rel = entry.slice(2);
    all.add(rel);
    if (entry[0] !== '?') tracked.add(rel);
  }
  return { files: [...all].sort(), tracked, source: 'git' };
}
