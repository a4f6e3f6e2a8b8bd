// The environment check commands see: the runner's, minus what belongs to this step only.

/** Reports a check writes outside the repository go to the run's own folder, named by this variable. */
export const TEMP_VARIABLE = 'READINESS_TEMP';

/**
 * Removed from every check command's environment: the action's inputs (the GitHub token among
 * them), the runtime tokens the runner gives actions but not `run` steps, and the step's file
 * commands (a check must not write this step's summary or outputs).
 */
const STEP_ONLY = [/^INPUT_/i, /^ACTIONS_RUNTIME_TOKEN$/, /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/, /^GITHUB_(OUTPUT|STEP_SUMMARY|ENV|PATH|STATE)$/];

export function checkEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !STEP_ONLY.some((re) => re.test(key))) env[key] = value;
  }
  return env;
}

/**
 * Where tools that write beside the code send their files instead, when the runner has not chosen:
 * coverage.py's data file (pytest-cov leaves `.coverage` in the repository otherwise) and mypy's
 * cache. The repository's `git status` is the same after a run as before it.
 */
export function toolOutputEnvironment(base: NodeJS.ProcessEnv, tempDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  if (!base.COVERAGE_FILE) env.COVERAGE_FILE = `${tempDir}/.coverage`;
  if (!base.MYPY_CACHE_DIR) env.MYPY_CACHE_DIR = `${tempDir}/.mypy_cache`;
  return env;
}
