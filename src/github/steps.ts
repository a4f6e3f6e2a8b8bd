// The action's GitHub features around the engine: merging shard reports, the baseline in the
// Actions cache and the sticky pull-request comment. None of them can fail the gate: problems come
// back as warnings. The toolkit packages they use are preloaded by main.ts (see toolkit.ts).
import path from 'node:path';
import { glob } from 'tinyglobby';
import { lookupBaseline, runBaseline, type BaselineLookup } from './baseline.js';
import { actionsCache } from './cache-adapter.js';
import { MergeError, mergeReports, readShard } from './merge.js';
import { baselineTarget } from './git-history.js';
import { readBaselineSource } from './baseline-source.js';
import * as publish from './publish.js';
import { commentMarker, commentState, describeCommentError, upsertComment } from './pull-request-comment.js';

export { describeCommentError };
import { renderComment } from '../report/comment.js';
import { BUDGET } from '../report/limits.js';
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

export interface BaselineStepOptions {
  /** Look up (and on the default branch save) the baseline in the Actions cache. */
  cache: boolean;
  /** A report file of an earlier run to compare with instead of the cache's. */
  baselinePath?: string;
  /** The pull request's merge-base, when new-code discovery found it. */
  mergeBase?: string;
  /** The repository's clone, for `git merge-base` and the first-parent history. */
  repository: string;
  /** The run's cancellation: the cache restore is abandoned. */
  signal?: AbortSignal;
  /** The lookup done before the checks ran (baselineLookupStep). */
  lookup?: BaselineLookup;
}

const baselineDir = (tempRoot: string) => path.join(tempRoot, 'readiness-baseline');

function baselineFile(options: BaselineStepOptions) {
  return options.baselinePath ? { file: readBaselineSource(options.baselinePath, path.basename(options.baselinePath)), label: path.basename(options.baselinePath) } : undefined;
}

/**
 * Looks the baseline up before the checks run, so benchmark checks compare with its samples;
 * `baselineStep` then compares and saves with it. Undefined when it cannot be looked up now (a
 * bad baseline file): `baselineStep` looks again and reports why.
 */
export async function baselineLookupStep(tempRoot: string, options: Omit<BaselineStepOptions, 'mergeBase' | 'lookup'>): Promise<BaselineLookup | undefined> {
  try {
    const ctx = readRunContext();
    const fromFile = baselineFile(options);
    const cache = options.cache ? await actionsCache() : undefined;
    const target = fromFile ? { candidates: [], branch: '' } : baselineTarget(ctx, options.repository);
    return await lookupBaseline(ctx, cache, baselineDir(tempRoot), target, { ...(fromFile ? { fromFile } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  } catch {
    return undefined;
  }
}

export async function baselineStep(report: Report, tempRoot: string, options: BaselineStepOptions): Promise<{ report: Report } & StepResult> {
  try {
    const ctx = readRunContext();
    const fromFile = options.lookup ? undefined : baselineFile(options);
    const cache = options.cache ? await actionsCache() : undefined;
    const target = options.lookup?.target ?? (fromFile ? { candidates: [], branch: '' } : baselineTarget(ctx, options.repository, options.mergeBase));
    // New-code discovery (after the checks) may find a merge-base the lookup before them could not
    // (it deepens a shallow clone): the score's comparison then uses that one's baseline.
    const fresh = options.lookup && !options.baselinePath && options.mergeBase ? baselineTarget(ctx, options.repository, options.mergeBase) : undefined;
    const stale = fresh !== undefined && fresh.from !== options.lookup!.target.from;
    const lookup = stale ? undefined : options.lookup;
    const outcome = await runBaseline(report, ctx, cache, baselineDir(tempRoot), new Date(), stale ? fresh : target, {
      ...(fromFile ? { fromFile } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(lookup ? { lookup } : {}),
    });
    const notes = outcome.info.saved ? [`baseline saved under ${outcome.info.saved}`] : outcome.notSaved ? [outcome.notSaved] : [];
    if (stale) notes.push(`baseline: the merge-base ${options.mergeBase!.slice(0, 7)} was found after the checks ran; the score is compared with its baseline, benchmark checks ${options.lookup!.previous ? `with the one looked up before them (for ${options.lookup!.previous.sha.slice(0, 7) || 'an earlier commit'})` : 'had none'}`);
    return { report: { ...report, baseline: outcome.info }, warnings: outcome.warnings, notes };
  } catch (err) {
    const reason = `the baseline could not be used: ${(err as Error).message}`;
    return { report: { ...report, baseline: { status: 'error', reason } }, warnings: [reason], notes: [] };
  }
}

export async function commentStep(report: Report, token: string | undefined, mode: 'always' | 'changes' = 'always'): Promise<StepResult> {
  const ctx = readRunContext();
  if (ctx.pullRequest === undefined) return { warnings: [], notes: ['comment: not a pull request, so no comment'] };
  if (!token) return { warnings: ['comment: no github-token, so no pull-request comment'], notes: [] };
  const marker = commentMarker(ctx.workflow, ctx.job);
  const head = ctx.headSha ?? ctx.sha;
  try {
    const target = { token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, pullRequest: ctx.pullRequest };
    const r = await upsertComment(target, marker, renderComment(report, marker, runUrl(ctx), { head }), { mode, state: commentState(report, head) });
    const what = r.action === 'unchanged' ? 'comment left as it was (comment-mode: changes; the score, the gate and the new findings did not change)' : `comment ${r.action}`;
    return { warnings: [], notes: [`${what}${r.url ? `: ${r.url}` : ''}${r.minimized ? `; ${r.minimized} older cop${r.minimized > 1 ? 'ies' : 'y'} minimized as outdated` : ''}`] };
  } catch (err) {
    return { warnings: [describeCommentError(err)], notes: [] };
  }
}

export interface PublishOptions {
  reportPath: string;
  eventPath: string;
  token: string | undefined;
  commentMode: 'always' | 'changes' | 'off';
}

/**
 * mode: publish. Reads the untrusted run's report and event file, checks them against the
 * workflow_run event and the API, then posts the sticky comment and a check run. Throws
 * PublishRefused, with the reason, when anything does not match: nothing is posted then.
 */
export async function publishStep(options: PublishOptions): Promise<{ report: Report } & StepResult> {
  if (!options.token) throw new publish.PublishRefused('mode: publish needs github-token (with pull-requests: write and checks: write)');
  const ctx = readRunContext();
  const run = publish.readTrustedRun();
  const claimed = publish.readUntrustedEvent(options.eventPath);
  const report = publish.readPublishedReport(options.reportPath);
  const target = { token: options.token, apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo };
  const pullRequest = await publish.verifyPublish(target, run, claimed);
  const notes: string[] = [`publishing the report of ${run.name} for pull request #${pullRequest} at ${run.headSha.slice(0, 12)}`];
  const link = run.htmlUrl ?? runUrl(ctx);
  if (options.commentMode !== 'off') {
    const marker = commentMarker(run.name, 'publish');
    const body = renderComment(report, marker, link, { head: run.headSha });
    const r = await upsertComment({ ...target, pullRequest }, marker, body, { mode: options.commentMode, state: commentState(report, run.headSha) });
    notes.push(`comment ${r.action}${r.url ? `: ${r.url}` : ''}`);
  }
  const summary = renderComment(report, '', link, { head: run.headSha, maxChars: BUDGET.checkRunChars }).replace(/^\n/, '');
  const check = await publish.createCheckRun(target, run.headSha, report, summary, link);
  notes.push(`check run created${check.url ? `: ${check.url}` : ` (id ${check.id})`}`);
  return { report, warnings: [], notes };
}
