// The workflow run this step belongs to, from the runner's environment and event payload.
import { readBoundedJson } from '../run/bounded-file.js';

export interface RunContext {
  eventName: string;
  /** Branch the run is for: the PR's head branch, or the pushed branch. */
  branch: string;
  /** For a pull request, the branch it targets. */
  baseBranch?: string;
  defaultBranch?: string;
  pullRequest?: number;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  job: string;
  sha: string;
  /** A pull request's head and base commits, from the event. */
  headSha?: string;
  baseSha?: string;
  /** A push's previous tip of the branch, from the event. */
  before?: string;
  serverUrl: string;
  apiUrl: string;
}

function payload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const v: unknown = readBoundedJson(env.GITHUB_EVENT_PATH);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const event = payload(env);
  const repository = (event.repository ?? {}) as { default_branch?: string };
  const pr = (event.pull_request ?? {}) as { number?: number; head?: { sha?: unknown }; base?: { sha?: unknown } };
  const hex = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v) && !/^0+$/.test(v) ? v : undefined);
  const headSha = hex(pr.head?.sha);
  const baseSha = hex(pr.base?.sha);
  const before = hex(event.before);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const isPr = eventName === 'pull_request' || eventName === 'pull_request_target';
  return {
    eventName,
    branch: (isPr ? env.GITHUB_HEAD_REF : env.GITHUB_REF_NAME) || env.GITHUB_REF_NAME || '',
    ...(isPr && env.GITHUB_BASE_REF ? { baseBranch: env.GITHUB_BASE_REF } : {}),
    ...(repository.default_branch ? { defaultBranch: repository.default_branch } : {}),
    ...(isPr && typeof pr.number === 'number' ? { pullRequest: pr.number } : {}),
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    job: env.GITHUB_JOB ?? 'job',
    sha: env.GITHUB_SHA ?? '',
    ...(isPr && headSha ? { headSha } : {}),
    ...(isPr && baseSha ? { baseSha } : {}),
    ...(!isPr && before ? { before } : {}),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}

export function runUrl(ctx: RunContext): string {
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
