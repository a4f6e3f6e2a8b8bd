import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/run/compile-cache.js';
import { tempDir } from '../helpers.js';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

/** Files the bundled CLI left in the compile cache after one `readiness schema`. */
function cachedAfterRun(extraEnv: Record<string, string>): string[] {
  const xdg = tempDir();
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: xdg, ...extraEnv };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  delete env.RUNNER_ENVIRONMENT;
  Object.assign(env, extraEnv);
  const r = spawnSync(process.execPath, [CLI, 'schema'], { encoding: 'utf8', env });
  expect(r.status).toBe(0);
  const dir = path.join(xdg, 'readiness-scorecard', 'compile');
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

describe('the compile cache', () => {
  it("lives under the user's own cache folder, never a shared temporary one", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/home/u/.xdg' })).toBe(path.join('/home/u/.xdg', 'readiness-scorecard', 'compile'));
    expect(compileCacheDir({})).toMatch(/\/\.cache\/readiness-scorecard\/compile$/);
  });

  it.skipIf(!existsSync(CLI))('is written by a run of the bundle, and not on a GitHub-hosted runner', () => {
    expect(cachedAfterRun({}).length).toBeGreaterThan(0);
    expect(cachedAfterRun({ RUNNER_ENVIRONMENT: 'github-hosted' })).toEqual([]);
  });
});
