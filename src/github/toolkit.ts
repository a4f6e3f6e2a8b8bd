// The two heavy toolkit packages (together ~90 ms to load) load only when the workflow asks for a
// baseline or a comment, and then before the first check starts: a check may rebuild the action's
// own dist/, so nothing may be read from it later. Later calls reuse the loaded module.
import type * as Cache from '@actions/cache';
import type * as GitHub from '@actions/github';

let cacheModule: Promise<typeof Cache> | undefined;
let githubModule: Promise<typeof GitHub> | undefined;

export const loadCache = () => (cacheModule ??= import('@actions/cache'));
export const loadGithub = () => (githubModule ??= import('@actions/github'));

/** Loads what the publishing steps will need, so they read nothing from disk after the run. */
export async function preloadToolkit(needs: { cache: boolean; github: boolean }): Promise<void> {
  await Promise.all([needs.cache ? loadCache() : undefined, needs.github ? loadGithub() : undefined]);
}
