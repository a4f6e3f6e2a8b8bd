// Where the run keeps its own files (reports checks write, the baseline, the default JSON report):
// the runner's RUNNER_TEMP, or the system's temp folder when that is unset, missing or read-only.
import { accessSync, constants, statSync } from 'node:fs';
import os from 'node:os';

export interface TempRoot {
  dir: string;
  /** Why RUNNER_TEMP was not used, when it was set but could not be. */
  warning?: string;
}

export function tempRoot(env: NodeJS.ProcessEnv = process.env): TempRoot {
  const runnerTemp = env.RUNNER_TEMP;
  if (!runnerTemp) return { dir: os.tmpdir() };
  try {
    if (!statSync(runnerTemp).isDirectory()) throw new Error('not a directory');
    accessSync(runnerTemp, constants.W_OK | constants.X_OK);
    return { dir: runnerTemp };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { dir: os.tmpdir(), warning: `RUNNER_TEMP (${runnerTemp}) cannot be used (${reason}); using ${os.tmpdir()} instead` };
  }
}
