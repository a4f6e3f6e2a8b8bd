// The baseline saved through the bundled action and @actions/cache, against a local stand-in for
// the cache service: what the run says when the service takes the report, and when it does not.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { startCacheService, type CacheService } from './cache-service.js';
import { gitRepo, runAction } from './runner.js';

let cache: CacheService | undefined;
afterEach(async () => {
  await cache?.close();
  cache = undefined;
});

describe('baseline saved to the Actions cache', () => {
  it('says "saved" only when the service took the report; a key another job holds is said as such', async () => {
    cache = await startCacheService();
    const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
    const eventFile = path.join(tempDir(), 'event.json');
    writeFileSync(eventFile, JSON.stringify({ repository: { default_branch: 'main' } }));
    // The same run (id and attempt) twice, as two jobs of one run with the same key would be.
    const env = {
      ACTIONS_CACHE_URL: cache.url,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'readiness',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: tempDir('readiness-runner-'),
    };
    const first = await runAction(repo, { baseline: 'true' }, { env });
    expect(first.code, first.stdout).toBe(0);
    expect(cache.keys()).toHaveLength(1);
    expect(first.stdout).toContain(`baseline saved under ${cache.keys()[0]}`);

    const second = await runAction(repo, { baseline: 'true' }, { env });
    expect(second.code, second.stdout).toBe(0);
    expect(cache.keys()).toHaveLength(1);
    expect(second.stdout).not.toContain('baseline saved under');
    expect(second.stdout).toContain(`baseline not saved: the cache already holds ${cache.keys()[0]}, or another job is saving it`);
    // Not a failure: no warning annotation about it.
    expect(second.stdout).not.toMatch(/::warning::[^\n]*not saved/);
  });
});
