// The commits a baseline may come from, read with plain git: the merge-base of a pull request and
// the first-parent history of the base branch. A shallow clone has neither; callers say so.
import { spawnSync } from 'node:child_process';
import type { BaselineTarget } from './baseline.js';
import { ANCESTOR_CAP } from './baseline.js';
import type { RunContext } from './context.js';

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const SHA = /^[0-9a-f]{40}$/;

/** `git merge-base A B`, or undefined when either commit is not in the clone. */
export function gitMergeBase(cwd: string, a: string, b: string): string | undefined {
  const out = git(cwd, ['merge-base', a, b]);
  return out && SHA.test(out) ? out : undefined;
}

/** `start` and its first-parent ancestors, nearest first, at most `cap`; undefined when `start` is not in the clone. */
export function firstParentHistory(cwd: string, start: string, cap: number): string[] | undefined {
  const out = git(cwd, ['rev-list', '--first-parent', `--max-count=${cap}`, start]);
  if (out === undefined) return undefined;
  return out.split('\n').filter((l) => SHA.test(l));
}

const SHALLOW = 'the clone has no history to walk; check out with fetch-depth: 0';

/**
 * The commits to look a baseline up for. On a pull request: the merge-base (given by new-code
 * discovery, or `git merge-base` of the event's base and head), then its first-parent ancestors
 * to a cap. On a push or any other event: the parent of this commit and its first-parent ancestors.
 */
export function baselineTarget(ctx: RunContext, cwd: string, mergeBase?: string, cap = ANCESTOR_CAP): BaselineTarget {
  const isPr = ctx.pullRequest !== undefined || ctx.baseBranch !== undefined;
  const branch = (isPr ? ctx.baseBranch : undefined) ?? ctx.defaultBranch ?? ctx.branch;
  if (isPr) {
    const base = mergeBase ?? (ctx.baseSha && ctx.headSha ? gitMergeBase(cwd, ctx.baseSha, ctx.headSha) : undefined);
    if (!base) {
      // Without the merge-base, the base branch's head when the event fired is the nearest safe
      // stand-in: it is on the base branch, never another one.
      if (ctx.baseSha) return { candidates: [ctx.baseSha], branch, note: `the merge-base is unknown (${SHALLOW}), so the base branch's head ${ctx.baseSha.slice(0, 7)} is used` };
      return { candidates: [], branch, note: 'the pull request event names no base commit' };
    }
    const history = firstParentHistory(cwd, base, cap);
    return { candidates: history && history.length > 0 ? history : [base], from: base, branch, ...(history ? {} : { note: SHALLOW }) };
  }
  const history = ctx.sha ? firstParentHistory(cwd, ctx.sha, cap + 1) : undefined;
  if (history && history.length > 1) return { candidates: history.slice(1), from: history[1], branch };
  if (ctx.before) return { candidates: [ctx.before], from: ctx.before, branch, note: history ? undefined : SHALLOW };
  return { candidates: [], branch, note: history ? 'this commit has no parent' : SHALLOW };
}
