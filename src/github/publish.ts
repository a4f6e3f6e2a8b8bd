// mode: publish — GitHub's two-workflow pattern for pull requests from forks. The untrusted run
// (read-only token) uploads its JSON report and its event file as an artifact; a `workflow_run`
// workflow with a write token downloads them and runs this. Nothing in the artifact is trusted:
// the report is validated field by field, and the pull request it names must be the one whose
// head is the commit GitHub says the untrusted run ran on, or nothing is posted.
import { z } from 'zod';
import type { CategoryDef } from '../config/types.js';
import { computeScorecard } from '../scoring/scorecard.js';
import type { Report } from '../types.js';
import { REPORT_SCHEMA_VERSION, validateReport } from '../report/report-schema.js';
import { BoundedFileError, readBoundedJson } from '../run/bounded-file.js';
import { loadGithub } from './toolkit.js';

export class PublishRefused extends Error {
  override name = 'PublishRefused';
}

/** A file of the artifact: regular, not a symlink, at most 64 MiB; a refusal never quotes it. */
function readJson(file: string, what: string): unknown {
  try {
    return readBoundedJson(file);
  } catch (err) {
    if (!(err instanceof BoundedFileError)) throw err;
    const missing = err.message === 'cannot be read (ENOENT)' ? '; download the artifact of the untrusted run first' : '';
    throw new PublishRefused(`${what} ${file}: ${err.message}${missing}`);
  }
}

export function readPublishedReport(file: string): Report {
  const checked = validateReport(readJson(file, 'report'));
  if ('problems' in checked) throw new PublishRefused(`report ${file}: not a Readiness report (schemaVersion ${REPORT_SCHEMA_VERSION}): ${checked.problems.join('; ')}`);
  const wrong = verdictMismatch(checked.report);
  if (wrong) throw new PublishRefused(`report ${file}: its verdict does not follow from its checks: ${wrong}`);
  return checked.report;
}

/**
 * Where a report's own score, grade or verdict differ from what its checks give (scored again the
 * way the run scores them), or undefined. The check run's conclusion comes from the verdict, so a
 * report that says "passed" over a failing blocker is refused rather than trusted.
 */
export function verdictMismatch(report: Report): string | undefined {
  const categories = new Map<string, CategoryDef>();
  for (const c of [...report.categories, ...report.omittedCategories]) categories.set(c.id, { id: c.id, title: c.title, weight: c.weight });
  for (const c of report.checks) if (!categories.has(c.category)) categories.set(c.category, { id: c.category, title: c.category, weight: 0 });
  const card = computeScorecard(report.checks, [...categories.values()], report.threshold, report.unmeasured ?? 'zero');
  if (card.score !== report.score) return `score ${report.score ?? 'none'}, but its checks give ${card.score ?? 'none'}`;
  if (card.grade !== report.grade) return `grade ${report.grade ?? 'none'}, but its checks give ${card.grade ?? 'none'}`;
  // A run may fail for more than its checks (cancelled, a ratchet, the new-code gate); it can pass only if they pass.
  if (report.passed && !card.passed) return `passed, but ${card.gateReason}`;
  if (report.passed && (report.cancelled || report.config.errors.length > 0)) return `passed, but the run ${report.cancelled ? 'was cancelled' : 'had an invalid configuration'}`;
  return undefined;
}

/** What the untrusted run's event file claims. */
export function readUntrustedEvent(file: string): { pullRequest: number; headSha: string } {
  const shape = z.object({ pull_request: z.object({ number: z.int().min(1), head: z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/) }) }) });
  const r = shape.safeParse(readJson(file, 'event file'));
  if (!r.success) throw new PublishRefused(`event file ${file}: not a pull_request event (expected pull_request.number and pull_request.head.sha)`);
  return { pullRequest: r.data.pull_request.number, headSha: r.data.pull_request.head.sha };
}

/** What GitHub says about the run that made the artifact: this workflow_run event, trusted. */
export interface TrustedRun {
  headSha: string;
  event: string;
  name: string;
  /** Pull requests GitHub links to the run (empty for forks). */
  pullRequests: number[];
  htmlUrl?: string;
}

export function readTrustedRun(env: NodeJS.ProcessEnv = process.env): TrustedRun {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run') throw new PublishRefused(`mode: publish runs from a workflow_run workflow; this is a ${env.GITHUB_EVENT_NAME || 'unknown'} event`);
  const shape = z.object({
    workflow_run: z.object({
      head_sha: z.string().regex(/^[0-9a-f]{40}$/),
      event: z.string(),
      name: z.string().max(500).optional(),
      html_url: z.string().max(2000).optional(),
      pull_requests: z.array(z.object({ number: z.int() })).optional(),
    }),
  });
  const r = shape.safeParse(env.GITHUB_EVENT_PATH ? readJson(env.GITHUB_EVENT_PATH, 'GITHUB_EVENT_PATH') : {});
  if (!r.success) throw new PublishRefused('the workflow_run event has no head_sha');
  const w = r.data.workflow_run;
  return { headSha: w.head_sha, event: w.event, name: w.name ?? 'readiness', pullRequests: (w.pull_requests ?? []).map((p) => p.number), ...(w.html_url ? { htmlUrl: w.html_url } : {}) };
}

export interface PublishTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
}

/**
 * The pull request to publish to, once every claim checks out: the untrusted event's head is the
 * run's head, and the pull request's current head (asked of the API) is that commit too.
 */
export async function verifyPublish(target: PublishTarget, run: TrustedRun, claimed: { pullRequest: number; headSha: string }): Promise<number> {
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') throw new PublishRefused(`the run that made the artifact was a ${run.event} event, not a pull request`);
  if (claimed.headSha !== run.headSha) {
    throw new PublishRefused(`the event file says head ${claimed.headSha.slice(0, 12)}, but the run that uploaded it ran on ${run.headSha.slice(0, 12)}; nothing was posted`);
  }
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(claimed.pullRequest)) {
    throw new PublishRefused(`the event file names pull request #${claimed.pullRequest}, but the run belongs to #${run.pullRequests.join(', #')}; nothing was posted`);
  }
  const { getOctokit } = await loadGithub();
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const pr = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: claimed.pullRequest });
  if (pr.data.head.sha !== run.headSha) {
    throw new PublishRefused(`pull request #${claimed.pullRequest} has head ${pr.data.head.sha.slice(0, 12)}, not ${run.headSha.slice(0, 12)} (the run's); a newer push or another pull request; nothing was posted`);
  }
  return claimed.pullRequest;
}

/** A completed check run on the head commit, with the comment's Markdown as its summary. */
export async function createCheckRun(target: PublishTarget, headSha: string, report: Report, summary: string, detailsUrl?: string): Promise<{ id: number; url?: string }> {
  const { getOctokit } = await loadGithub();
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const score = report.score === null ? 'not scored' : `${report.score.toFixed(1)}/100 (${report.grade})`;
  const r = await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: 'Readiness Scorecard',
    head_sha: headSha,
    status: 'completed',
    conclusion: report.config.errors.length > 0 ? 'failure' : report.passed ? 'success' : 'failure',
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: { title: `Readiness ${score}: ${report.passed ? 'passed' : 'failed'}`, summary },
  });
  return { id: r.data.id, url: r.data.html_url ?? undefined };
}
