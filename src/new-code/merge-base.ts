// Finds the merge-base of a change's base and head, robust on shallow clones: local git first,
// then fetching what is missing in deepening steps up to a cap, then GitHub's compare API. Every
// attempt is recorded so the report can say what was used.
import { loadGithub } from '../github/toolkit.js';
import { EventError, readChangeEvent } from './event.js';
import { z } from 'zod';
import type { ChangeEvent } from './event.js';
import { changesFromPatches, type ChangeSet, type PatchFile } from './diff.js';
import { git, gitProblem, type GitOptions } from './git.js';

export type MergeBaseSource = 'git' | 'api' | 'none';

export interface MergeBaseOptions {
  /** The remote to fetch from (default origin). */
  remote?: string;
  /** Depths tried in turn, each capped at `maxDepth` (default 50, 200, 1000). */
  depthSteps?: number[];
  /** The most commits fetched on each side (default 1000). */
  maxDepth?: number;
  /** Whether missing commits may be fetched (default true). */
  fetch?: boolean;
  /** GitHub's API, the last resort. */
  api?: { token: string; apiUrl: string; repository: string };
  /** Time limit of one git fetch, in milliseconds (default 120 s). */
  fetchTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface MergeBaseResult {
  base: string;
  head: string;
  mergeBase: string | null;
  source: MergeBaseSource;
  /** Why there is no merge-base, when source is none. */
  reason?: string;
  /** The depth fetched on each side when a fetch was needed. */
  depth?: number;
  /** What was tried, in order, for the reader. */
  attempts: string[];
  /** With source api: the changed files and lines from the compare, when git cannot diff locally. */
  apiChanges?: ChangeSet;
}

export const DEFAULT_DEPTH_STEPS = [50, 200, 1000];
export const DEFAULT_MAX_DEPTH = 1000;

async function hasCommit(cwd: string, sha: string, o: GitOptions): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`], o)).code === 0;
}

async function localMergeBase(cwd: string, base: string, head: string, o: GitOptions): Promise<string | null> {
  if (!(await hasCommit(cwd, base, o)) || !(await hasCommit(cwd, head, o))) return null;
  const r = await git(cwd, ['merge-base', base, head], o);
  const sha = r.stdout.trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
}

/** Whether the commit's whole history is here: fewer commits than the depth fetched means the root was reached. */
async function wholeHistory(cwd: string, sha: string, depth: number, o: GitOptions): Promise<boolean> {
  const r = await git(cwd, ['rev-list', '--count', sha], o);
  const n = Number(r.stdout.trim());
  return r.code === 0 && Number.isInteger(n) && n < depth;
}

/** Fetches commits by SHA at a depth; returns the problem, or undefined when it worked. */
export async function fetchCommits(cwd: string, remote: string, shas: string[], depth: number, o: GitOptions): Promise<string | undefined> {
  const r = await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', `--depth=${depth}`, remote, ...shas], o);
  return r.code === 0 ? undefined : gitProblem(r);
}

const compareAnswer = z
  .object({
    merge_base_commit: z.object({ sha: z.string().regex(/^[0-9a-f]{40,64}$/) }).loose(),
    files: z
      .array(
        z
          .object({
            filename: z.string().min(1).max(4096),
            status: z.string(),
            previous_filename: z.string().max(4096).optional(),
            patch: z.string().optional(),
          })
          .loose(),
      )
      .optional(),
  })
  .loose();

async function compareViaApi(api: NonNullable<MergeBaseOptions['api']>, base: string, head: string, signal?: AbortSignal): Promise<{ mergeBase: string; files: PatchFile[] }> {
  const { getOctokit } = await loadGithub();
  const octokit = getOctokit(api.token, { baseUrl: api.apiUrl });
  const [owner, repo] = api.repository.split('/');
  const files: PatchFile[] = [];
  let mergeBase: string | undefined;
  // The compare lists 300 files at most, in pages.
  for (let page = 1; page <= 3; page++) {
    const r = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: owner!, repo: repo!, basehead: `${base}...${head}`, per_page: 100, page, ...(signal ? { request: { signal } } : {}) });
    const parsed = compareAnswer.safeParse(r.data);
    if (!parsed.success) throw new Error(`the compare answer is not usable: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    mergeBase ??= parsed.data.merge_base_commit.sha;
    const list = parsed.data.files ?? [];
    files.push(...list.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}), ...(f.patch !== undefined ? { patch: f.patch } : {}) })));
    if (list.length < 100) break;
  }
  return { mergeBase: mergeBase!, files };
}

/**
 * The merge-base of the event's base and head SHAs in the repository at `workspace`, and how it was
 * found. Fetches missing history into the workspace's repository when it is shallow. Never throws.
 */
export async function findMergeBase(workspace: string, event: Pick<ChangeEvent, 'base' | 'head'>, options: MergeBaseOptions = {}): Promise<MergeBaseResult> {
  const { base, head } = event;
  const attempts: string[] = [];
  const o: GitOptions = options.signal ? { signal: options.signal } : {};
  const fetchOptions: GitOptions = { ...o, timeoutMs: options.fetchTimeoutMs ?? 120_000 };
  const none = (reason: string): MergeBaseResult => ({ base, head, mergeBase: null, source: 'none', reason, attempts });

  const top = await git(workspace, ['rev-parse', '--show-toplevel'], o);
  let gitError: string | undefined;
  if (top.code !== 0) gitError = `${workspace} is not a git repository (${gitProblem(top)})`;
  else {
    const local = await localMergeBase(workspace, base, head, o);
    attempts.push(local ? 'git merge-base: found locally' : 'git merge-base: not found locally');
    if (local) return { base, head, mergeBase: local, source: 'git', attempts };

    if (options.fetch !== false) {
      const remote = options.remote ?? 'origin';
      const cap = options.maxDepth ?? DEFAULT_MAX_DEPTH;
      const steps = [...new Set([...(options.depthSteps ?? DEFAULT_DEPTH_STEPS).map((d) => Math.min(d, cap)), cap])].filter((d) => d > 0).sort((a, b) => a - b);
      for (const depth of steps) {
        // Both sides at once; when one SHA cannot be fetched (a force-pushed head gone from the
        // remote), each on its own so the other still deepens.
        let problem = await fetchCommits(workspace, remote, [base, head], depth, fetchOptions);
        if (problem) {
          const problems = [await fetchCommits(workspace, remote, [base], depth, fetchOptions), await fetchCommits(workspace, remote, [head], depth, fetchOptions)];
          problem = problems.filter(Boolean).join('; ') || undefined;
        }
        attempts.push(`git fetch --depth=${depth} ${remote}${problem ? `: ${problem}` : ''}`);
        const found = await localMergeBase(workspace, base, head, o);
        if (found) return { base, head, mergeBase: found, source: 'git', depth, attempts };
        if ((await hasCommit(workspace, base, o)) && (await hasCommit(workspace, head, o)) && (await wholeHistory(workspace, base, depth, o)) && (await wholeHistory(workspace, head, depth, o))) {
          gitError = 'the base and head have no common ancestor (the whole history was searched)';
          break;
        }
      }
      gitError ??= `no merge-base within ${cap} commits of the base and the head`;
    } else gitError = 'no merge-base in the local history, and fetching is turned off';
  }

  if (options.api) {
    try {
      const r = await compareViaApi(options.api, base, head, options.signal);
      attempts.push(`GitHub compare API: merge-base ${r.mergeBase.slice(0, 12)}, ${r.files.length} files`);
      return { base, head, mergeBase: r.mergeBase, source: 'api', attempts, apiChanges: changesFromPatches(r.files) };
    } catch (err) {
      const status = (err as { status?: number }).status;
      attempts.push(`GitHub compare API: ${status ? `${status} ` : ''}${(err as Error).message}`);
      return none(`${gitError}; the compare API failed too (${status ? `${status} ` : ''}${(err as Error).message})`);
    }
  }
  return none(`${gitError}${top.code === 0 ? '; no github-token for the compare API' : ''}`);
}

/**
 * The merge-base for the run's event (pull_request, pull_request_target, merge_group), read and
 * validated from the event file; null for events without a change (push, schedule). Never throws:
 * an unusable event file is source none with the reason.
 */
export async function mergeBaseForEvent(workspace: string, eventName: string, eventPath: string | undefined, options: MergeBaseOptions = {}): Promise<MergeBaseResult | null> {
  try {
    const event = readChangeEvent(eventName, eventPath);
    return event ? await findMergeBase(workspace, event, options) : null;
  } catch (err) {
    if (err instanceof EventError) return { base: '', head: '', mergeBase: null, source: 'none', reason: err.message, attempts: [] };
    throw err;
  }
}
