// The action's GitHub features around the engine: merging shard reports, the baseline in the
// Actions cache and the sticky pull-request comment. Each loads its toolkit package only when the
// workflow asks for it, and none of them can fail the gate: problems come back as warnings.
import path from 'node:path';
import type { Report } from '../types.js';
import { readRunContext, runUrl } from './context.js';

export interface StepResult {
  warnings: string[];
  notes: string[];
}

/** Reads the shard reports the `merge` glob matches and merges them; throws MergeError with the reason. */
export async function mergeStep(pattern: string, root: string, duplicates: 'error' | 'worst', threshold: number | undefined): Promise<Report> {
  const [{ MergeError, mergeReports, readShard }, { glob }] = await Promise.all([import('./merge.js'), import('tinyglobby')]);
  const files = (await glob(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true })).sort();
  if (files.length === 0) throw new MergeError(`input merge: no report matched ${JSON.stringify(pattern)} (in ${root})`);
  const shards = files.map((f) => readShard(f, path.relative(root, f).split(path.sep).join('/') || f));
  return mergeReports(shards, { duplicates, ...(threshold !== undefined ? { threshold } : {}), now: new Date() });
}

export interface BaselineStepOptions {
  /** Look up (and on the default branch save) the baseline in the Actions cache. */
  cache: boolean;
  /** A report file of an earlier run to compare with instead of the cache's. */
  baselinePath?: string;
  /** The pull request's merge-base, when new-code discovery found it. */
  mergeBase?: string;
  /** The repository's clone, for `git merge-base` and the first-parent history. */
  repository: string;
}

export async function baselineStep(report: Report, tempRoot: string, options: BaselineStepOptions): Promise<{ report: Report } & StepResult> {
  const [{ runBaseline }, { baselineTarget }, { readBaselineSource }] = await Promise.all([import('./baseline.js'), import('./git-history.js'), import('./baseline-source.js')]);
  try {
    const ctx = readRunContext();
    const fromFile = options.baselinePath ? { file: readBaselineSource(options.baselinePath, path.basename(options.baselinePath)), label: path.basename(options.baselinePath) } : undefined;
    const cache = options.cache ? await (await import('./cache-adapter.js')).actionsCache() : undefined;
    const target = fromFile ? { candidates: [], branch: '' } : baselineTarget(ctx, options.repository, options.mergeBase);
    const outcome = await runBaseline(report, ctx, cache, path.join(tempRoot, 'readiness-baseline'), new Date(), target, fromFile ? { fromFile } : {});
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
  const [{ commentMarker, describeCommentError, upsertComment }, { renderComment }] = await Promise.all([import('./pull-request-comment.js'), import('../report/comment.js')]);
  const marker = commentMarker(ctx.workflow, ctx.job);
  try {
    const r = await upsertComment({ token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, pullRequest: ctx.pullRequest }, marker, renderComment(report, marker, runUrl(ctx)));
    return { warnings: [], notes: [`comment ${r.action}${r.url ? `: ${r.url}` : ''}`] };
  } catch (err) {
    return { warnings: [describeCommentError(err)], notes: [] };
  }
}
