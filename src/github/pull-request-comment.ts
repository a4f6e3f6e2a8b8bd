// The sticky pull-request comment: found again by a hidden marker and updated in place. With
// comment-mode `changes` it is only written when the score, the gate or the new findings changed
// (a hidden state line says what it last showed); extra copies (two runs that both created one)
// are minimized as outdated. @actions/github loads through toolkit.ts.
import { createHash } from 'node:crypto';
import type { Report } from '../types.js';
import { loadGithub } from './toolkit.js';

export interface CommentTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  pullRequest: number;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url?: string;
  /** Older copies minimized as outdated. */
  minimized?: number;
}

export const CommentModes = ['always', 'changes', 'off'] as const;
export type CommentMode = (typeof CommentModes)[number];

/** What a comment showed, to tell whether a new run changed anything a reviewer cares about. */
export interface CommentState {
  score: number | null;
  passed: boolean;
  /** A hash of the new findings (empty when none). */
  newFindings: string;
  /** The pull request's head the comment describes. */
  head?: string;
}

/** The hidden marker for one workflow and job: one comment each, even with several jobs. */
export function commentMarker(workflow: string, job: string): string {
  const clean = (s: string) => s.replace(/--/g, '-').replace(/[<>]/g, '');
  return `<!-- readiness-scorecard: ${clean(workflow)} / ${clean(job)} -->`;
}

export function commentState(report: Report, head?: string): CommentState {
  const fresh: string[] = [];
  for (const c of report.checks) {
    for (const f of c.findings as (typeof c.findings[number] & { new?: boolean })[]) {
      if (f.new === true) fresh.push(`${c.id}\0${f.rule}\0${f.fingerprint ?? `${f.file ?? ''}:${f.line ?? ''}:${f.message}`}`);
    }
  }
  const newFindings = fresh.length ? `${fresh.length}:${createHash('sha256').update(fresh.sort().join('\n')).digest('hex').slice(0, 16)}` : '';
  return { score: report.score, passed: report.passed, newFindings, ...(head && /^[0-9a-f]{7,40}$/i.test(head) ? { head } : {}) };
}

const STATE = /<!-- readiness-state: (\{[^<>]*\}) -->/;

/** The hidden state line: JSON of numbers, booleans and hex only, so it cannot close the HTML comment. */
export function stateLine(state: CommentState): string {
  return `<!-- readiness-state: ${JSON.stringify(state)} -->`;
}

export function readState(body: string): CommentState | undefined {
  const m = STATE.exec(body);
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as CommentState;
    return typeof v === 'object' && v !== null ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a run changed what the comment shows: the score, the gate, or the new findings. */
export function stateChanged(before: CommentState | undefined, now: CommentState): boolean {
  return !before || before.score !== now.score || before.passed !== now.passed || before.newFindings !== now.newFindings;
}

export interface UpsertOptions {
  mode?: Exclude<CommentMode, 'off'>;
  state?: CommentState;
}

type Octokit = ReturnType<Awaited<ReturnType<typeof loadGithub>>['getOctokit']>;

/** The login the GITHUB_TOKEN's comments carry, when the token's identity cannot be asked. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Which comment authors are the token itself. A personal access token answers GET /user with its
 * login. An app installation token (the GITHUB_TOKEN) cannot call /user, but GraphQL's viewer names
 * the app's bot ("github-actions"), whose comments the REST API shows as "github-actions[bot]".
 * When neither answers, only the GITHUB_TOKEN's bot counts.
 */
export async function ownAuthor(octokit: Octokit): Promise<(login: string | undefined) => boolean> {
  try {
    const r = await octokit.rest.users.getAuthenticated();
    const login = r.data.login;
    if (typeof login === 'string' && login) return (l) => l === login;
  } catch {
    // An installation token: asked below.
  }
  try {
    const r = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = r.viewer?.login;
    if (typeof login === 'string' && login) {
      // A user's login cannot hold "[", so "name[bot]" is always the app's bot account.
      const bot = login.endsWith('[bot]') ? login : `${login}[bot]`;
      return (l) => l === bot;
    }
  } catch {
    // Neither answers: the default token's bot.
  }
  return (l) => l === ACTIONS_BOT;
}

export async function upsertComment(target: CommentTarget, marker: string, body: string, options: UpsertOptions = {}): Promise<CommentResult> {
  const { getOctokit } = await loadGithub();
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl });
  const params = { owner: target.owner, repo: target.repo, issue_number: target.pullRequest };
  // All pages: a busy pull request can hold more than 100 comments.
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
  // Only the token's own comments are ours: anyone can post a comment holding the marker.
  const isOurs = await ownAuthor(octokit);
  const mine = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker) && isOurs(c.user?.login)).sort((a, b) => b.id - a.id);
  let text = body.includes(marker) ? body : `${marker}\n${body}`;
  if (options.state && !text.includes('<!-- readiness-state:')) text = text.replace(marker, `${marker}\n${stateLine(options.state)}`);

  // Copies beyond the newest describe an earlier run: minimized as outdated, and unmarked so they
  // are not found (and minimized) again.
  let minimized = 0;
  for (const old of mine.slice(1)) {
    await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: old.node_id });
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: old.id, body: (old.body ?? '').replace(marker, '<!-- readiness-scorecard: outdated -->') });
    minimized++;
  }

  const sticky = mine[0];
  if (sticky) {
    if (options.mode === 'changes' && options.state && !stateChanged(readState(sticky.body ?? ''), options.state)) {
      return { action: 'unchanged', id: sticky.id, url: sticky.html_url, ...(minimized ? { minimized } : {}) };
    }
    const r = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: sticky.id, body: text });
    return { action: 'updated', id: r.data.id, url: r.data.html_url, ...(minimized ? { minimized } : {}) };
  }
  const r = await octokit.rest.issues.createComment({ ...params, body: text });
  return { action: 'created', id: r.data.id, url: r.data.html_url, ...(minimized ? { minimized } : {}) };
}

/** A warning for a failed comment that says what to do, never echoing the token. */
export function describeCommentError(err: unknown): string {
  const status = (err as { status?: number }).status;
  if (status === 403 || status === 401) {
    return `could not write the pull-request comment (${status}): the token cannot write comments. Pull requests from forks get a read-only token; otherwise give the job "permissions: pull-requests: write". For forks, post with mode: publish from a workflow_run workflow.`;
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
