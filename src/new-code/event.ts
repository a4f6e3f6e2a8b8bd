// The pull request (or merge group) a run is for, from the runner's event file. The file is
// outside input: it is validated, and only full hexadecimal SHAs are taken from it.
import { readBoundedJson } from '../run/bounded-file.js';
import { z } from 'zod';
import { PULL_REQUEST_EVENTS } from './mode.js';

const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, { error: 'expected a full commit SHA' });
const repo = z.object({ full_name: z.string().regex(/^[\w.-]+\/[\w.-]+$/), clone_url: z.string().optional() }).loose();
const side = z.object({ sha, ref: z.string().optional(), repo: repo.nullable().optional() }).loose();

const pullRequestEvent = z
  .object({ pull_request: z.object({ number: z.int().positive(), base: side, head: side }).loose(), repository: repo.optional() })
  .loose();
const mergeGroupEvent = z.object({ merge_group: z.object({ base_sha: sha, head_sha: sha, base_ref: z.string().optional() }).loose(), repository: repo.optional() }).loose();

export interface ChangeEvent {
  eventName: string;
  /** The commit the change is compared against: the base branch's tip as the event saw it. */
  base: string;
  /** The commit proposed. */
  head: string;
  /** `owner/name` of the repository receiving the change. */
  baseRepository?: string;
  /** `owner/name` of the repository the head lives in (a fork's for a fork's pull request). */
  headRepository?: string;
  pullRequest?: number;
}

export class EventError extends Error {}

/** The change an event describes, or null for events that carry none (push, schedule). Throws EventError when the file is unusable. */
export function readChangeEvent(eventName: string, eventPath: string | undefined): ChangeEvent | null {
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)) return null;
  if (!eventPath) throw new EventError(`GITHUB_EVENT_PATH is not set for a ${eventName} event`);
  let json: unknown;
  try {
    json = readBoundedJson(eventPath);
  } catch (err) {
    throw new EventError(`the event file ${eventPath} could not be read as JSON: ${(err as Error).message}`);
  }
  return parseChangeEvent(eventName, json);
}

export function parseChangeEvent(eventName: string, json: unknown): ChangeEvent {
  const problems = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  if (eventName === 'merge_group') {
    const r = mergeGroupEvent.safeParse(json);
    if (!r.success) throw new EventError(`the ${eventName} event file is not usable: ${problems(r.error)}`);
    const full = r.data.repository?.full_name;
    return { eventName, base: r.data.merge_group.base_sha, head: r.data.merge_group.head_sha, ...(full ? { baseRepository: full, headRepository: full } : {}) };
  }
  const r = pullRequestEvent.safeParse(json);
  if (!r.success) throw new EventError(`the ${eventName} event file is not usable: ${problems(r.error)}`);
  const pr = r.data.pull_request;
  const baseRepo = pr.base.repo?.full_name ?? r.data.repository?.full_name;
  const headRepo = pr.head.repo?.full_name;
  return {
    eventName,
    base: pr.base.sha,
    head: pr.head.sha,
    ...(baseRepo ? { baseRepository: baseRepo } : {}),
    ...(headRepo ? { headRepository: headRepo } : {}),
    pullRequest: pr.number,
  };
}
