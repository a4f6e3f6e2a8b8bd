// The changed lines of a change once its merge-base is known, numbered as the files the checks
// read: `git diff -w -M` from the merge-base to the checked-out commit. When the checkout is
// GitHub's merge commit (refs/pull/N/merge), the diff starts from the merge's base-side parent
// instead, so the lines are the pull request's as they appear in the merged files.
import { parseUnifiedDiff, type ChangeSet } from './diff.js';
import { fetchCommits, type MergeBaseResult } from './merge-base.js';
import { git, gitProblem, MAX_GIT_OUTPUT, type GitOptions } from './git.js';

export interface ChangeResult {
  changes: ChangeSet | null;
  /** The commits diffed, when git diffed. */
  from?: string;
  to?: string;
  /** How the diff was made, for the reader. */
  note: string;
  /** Why no changed lines could be had. */
  problem?: string;
}

const SHA = /^[0-9a-f]{40,64}$/;

async function revParse(cwd: string, rev: string, o: GitOptions): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], o);
  const sha = r.stdout.trim();
  return r.code === 0 && SHA.test(sha) ? sha : undefined;
}

/** Parents recorded in a commit object (present even when a shallow clone cut the history there). */
async function parents(cwd: string, sha: string, o: GitOptions): Promise<string[]> {
  const r = await git(cwd, ['cat-file', 'commit', sha], o);
  if (r.code !== 0) return [];
  const out: string[] = [];
  for (const line of r.stdout.split('\n')) {
    if (line === '') break;
    const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

/**
 * `git diff -w` between two commits, paths relative to `cwd` (the audited folder of the repository).
 * Nothing the change itself carries may shape the diff: `--text` so a `-diff` or `binary` attribute
 * cannot hide a file's lines, no attributes file from the user's config, no external diff or
 * textconv. Output past `maxOutput` bytes is cut and the change set says where (`cutAt`).
 */
export async function diffCommits(cwd: string, from: string, to: string, o: GitOptions = {}): Promise<ChangeSet> {
  const r = await git(
    cwd,
    [
      '-c',
      'core.attributesFile=/dev/null',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--text',
      '-w',
      '-U0',
      '-M',
      '--relative',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      from,
      to,
      '--',
    ],
    { ...o, env: { ...(o.env ?? process.env), GIT_ATTR_NOSYSTEM: '1' } },
  );
  const cap = o.maxOutput ?? MAX_GIT_OUTPUT;
  if (r.truncated) return { ...parseUnifiedDiff(r.stdout), cutAt: cap };
  if (r.code !== 0) throw new Error(`git diff ${from.slice(0, 12)} ${to.slice(0, 12)} failed: ${gitProblem(r)}`);
  return parseUnifiedDiff(r.stdout);
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${bytes} bytes`;
}

async function ensure(cwd: string, sha: string, remote: string, o: GitOptions): Promise<boolean> {
  if ((await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0) return true;
  await fetchCommits(cwd, remote, [sha], 1, { ...o, timeoutMs: 120_000 });
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0;
}

export async function changedLines(workspace: string, found: MergeBaseResult, options: { remote?: string; signal?: AbortSignal; maxDiffBytes?: number } = {}): Promise<ChangeResult> {
  const o: GitOptions = options.signal ? { signal: options.signal } : {};
  const remote = options.remote ?? 'origin';
  if (!found.mergeBase) return { changes: null, note: '', problem: found.reason ?? 'no merge-base' };
  const checkedOut = await revParse(workspace, 'HEAD', o);
  let from = found.mergeBase;
  let to = found.head;
  let note = `git diff -w ${from.slice(0, 7)}..${to.slice(0, 7)}`;
  if (checkedOut && checkedOut !== found.head) {
    const ps = await parents(workspace, checkedOut, o);
    if (ps.length === 2 && ps.includes(found.head)) {
      from = ps.find((p) => p !== found.head)!;
      to = checkedOut;
      note = `git diff -w ${from.slice(0, 7)}..${to.slice(0, 7)} (the checkout is the merge of the head into the base; lines are numbered as in the merged files)`;
    } else {
      note += ` (the checkout ${checkedOut.slice(0, 7)} is not the head: line numbers are the head's)`;
    }
  }
  const haveBoth = (await ensure(workspace, from, remote, o)) && (await ensure(workspace, to, remote, o));
  if (haveBoth) {
    try {
      const changes = await diffCommits(workspace, from, to, { ...o, ...(options.maxDiffBytes !== undefined ? { maxOutput: options.maxDiffBytes } : {}) });
      if (changes.cutAt !== undefined) {
        return { changes, from, to, note, problem: `the diff is larger than ${mib(changes.cutAt)} and was cut there: the changed lines are only a part of the change, so the new-code conditions cannot be judged` };
      }
      return { changes, from, to, note };
    } catch (err) {
      if (!found.apiChanges) return { changes: null, note, problem: (err as Error).message };
    }
  }
  if (found.apiChanges) {
    return { changes: found.apiChanges, note: 'patches of GitHub\'s compare API (whitespace changes count; at most 300 files)' };
  }
  return { changes: null, note, problem: `the commits to diff (${from.slice(0, 7)}, ${to.slice(0, 7)}) are not in the repository and could not be fetched` };
}
