// V8's compiled code of the bundle's chunks, kept between runs: compiling the 2 MB a run loads
// takes about 100 ms of its start-up on 2 cores, and a second run on the same machine (the CLI, a
// self-hosted runner) skips it. Writing the cache costs about as much once, so it stays off on
// GitHub-hosted runners (RUNNER_ENVIRONMENT=github-hosted), whose every run is a machine's first.
// The cache lives in the user's own cache folder, never in a shared temporary one another user
// could write to; Node checks each entry against the source it was made from.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off; a folder that cannot be made leaves the run as it was.
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The folder for this version of the bundle's compiled code. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  return base ? path.join(base, 'readiness-scorecard', 'compile') : undefined;
}

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  if (env.RUNNER_ENVIRONMENT === 'github-hosted') return;
  const dir = compileCacheDir(env);
  // Node before 22.1 has no compile cache; the run goes on without it.
  if (!dir || typeof module.enableCompileCache !== 'function') return;
  try {
    module.enableCompileCache(dir);
  } catch {
    // An unwritable home: nothing is cached.
  }
}
