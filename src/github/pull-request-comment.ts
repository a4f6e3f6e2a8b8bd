// The sticky pull-request comment: found again by a hidden marker and updated in place.
// @actions/github loads through toolkit.ts.
import { loadGithub } from './toolkit.js';

export interface CommentTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  pullRequest: number;
}

export interface CommentResult {
  action: 'created' | 'updated';
  id: number;
  url?: string;
}

/** The hidden marker for one workflow and job: one comment each, even with several jobs. */
export function commentMarker(workflow: string, job: string): string {
  const clean = (s: string) => s.replace(/--/g, '-').replace(/[<>]/g, '');
  return `<!-- readiness-scorecard: ${clean(workflow)} / ${clean(job)} -->`;
}

export async function upsertComment(target: CommentTarget, marker: string, body: string): Promise<CommentResult> {
  const { getOctokit } = await loadGithub();
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const params = { owner: target.owner, repo: target.repo, issue_number: target.pullRequest };
  // All pages: a busy pull request can hold more than 100 comments.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
  const mine = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  if (mine) {
    const r = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: mine.id, body: text });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  const r = await octokit.rest.issues.createComment({ ...params, body: text });
  return { action: 'created', id: r.data.id, url: r.data.html_url };
}

/** A warning for a failed comment that says what to do, never echoing the token. */
export function describeCommentError(err: unknown): string {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 401) {
    return `could not write the pull-request comment (${status}): the token cannot write comments. Pull requests from forks get a read-only token; otherwise give the job "permissions: pull-requests: write".`;
  }
  if (status === 404) return 'could not write the pull-request comment (404): the pull request or repository was not found with this token.';
  // Octokit reports a request that got no answer (refused, DNS, TLS) as status 500 without a response.
  if ((err as { response?: unknown }).response === undefined && (status === undefined || status >= 500)) {
    // The system's code (ECONNREFUSED, ENOTFOUND) sits a cause or two down the chain.
    let cause = (err as Error)?.message ?? String(err);
    for (let e = err as { cause?: unknown; code?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
      if (typeof e.code === 'string') {
        cause = e.code;
        break;
      }
    }
    return `could not write the pull-request comment: the GitHub API could not be reached (${cause}); the scorecard is in the job summary.`;
  }
  if (status !== undefined && status >= 500) return `could not write the pull-request comment: GitHub answered ${status}; the scorecard is in the job summary.`;
  return `could not write the pull-request comment: ${(err as Error)?.message ?? String(err)}`;
}
