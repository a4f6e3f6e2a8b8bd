// The action's GitHub features around the engine: merging shard reports, the baseline in the
// Actions cache and the sticky pull-request comment. None of them can fail the gate: problems come
// back as warnings. The toolkit packages they use are preloaded by main.ts (see toolkit.ts).
import path from 'node:path';
import { glob } from 'tinyglobby';
import { runBaseline } from './baseline.js';
import { actionsCache } from './cache-adapter.js';
import { MergeError, mergeReports, readShard } from './merge.js';
import { commentMarker, describeCommentError, upsertComment } from './pull-request-comment.js';
import { renderComment } from '../report/comment.js';
import type { Report } from '../types.js';
import { readRunContext, runUrl } from './context.js';

export interface StepResult {
  warnings: string[];
  notes: string[];
}

/** Reads the shard reports the `merge` glob matches and merges them; throws MergeError with the reason. */
export async function mergeStep(pattern: string, root: string, duplicates: 'error' | 'worst', threshold: number | undefined): Promise<Report> {
  const files = (await glob(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true })).sort();
  if (files.length === 0) throw new MergeError(`input merge: no report matched ${JSON.stringify(pattern)} (in ${root})`);
  const shards = files.map((f) => readShard(f, path.relative(root, f).split(path.sep).join('/') || f));
  return mergeReports(shards, { duplicates, ...(threshold !== undefined ? { threshold } : {}), now: new Date() });
}

export async function baselineStep(report: Report, tempRoot: string): Promise<{ report: Report } & StepResult> {
  try {
    const cache = await actionsCache();
    const outcome = await runBaseline(report, readRunContext(), cache, path.join(tempRoot, 'readiness-baseline'), new Date());
    return { report: { ...report, baseline: outcome.info }, warnings: outcome.warnings, notes: outcome.info.saved ? [`baseline saved under ${outcome.info.saved}`] : [] };
  } catch (err) {
    const reason = `the baseline could not be used: ${(err as Error).message}`;
    return { report: { ...report, baseline: { status: 'error', reason } }, warnings: [reason], notes: [] };
  }
}

export async function commentStep(report: Report, token: string | undefined): Promise<StepResult> {
  const ctx = readRunContext();
  if (ctx.pullRequest === undefined) return { warnings: [], notes: ['comment: not a pull request, so no comment'] };
  if (!token) return { warnings: ['comment: no github-token, so no pull-request comment'], notes: [] };
  const marker = commentMarker(ctx.workflow, ctx.job);
  try {
    const r = await upsertComment({ token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, pullRequest: ctx.pullRequest }, marker, renderComment(report, marker, runUrl(ctx)));
    return { warnings: [], notes: [`comment ${r.action}${r.url ? `: ${r.url}` : ''}`] };
  } catch (err) {
    return { warnings: [describeCommentError(err)], notes: [] };
  }
}
