// What the built action loads at start: the GitHub clients (@actions/http-client and with it Node's
// HTTP and TLS modules) only when an input asks for something that talks to GitHub.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { gitRepo, runAction } from './runner.js';

/** Node's built-in modules the action loaded, from a preload that lists them when it exits. */
async function builtinsLoaded(inputs: Record<string, string>): Promise<string[]> {
  const dir = tempDir('readiness-start-up-');
  const preload = path.join(dir, 'list-modules.mjs');
  const list = path.join(dir, 'modules.json');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
  const repo = gitRepo({ '.github/readiness.yml': 'checks:\n  - { id: ok, run: "true" }\n' });
  const run = await runAction(repo, { mode: 'report', ...inputs }, { env: { NODE_OPTIONS: `--import=${preload}` } });
  expect(run.summary).toContain('Readiness');
  return (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

const HTTP = ['http', 'https', 'tls'];

describe('start-up', () => {
  it('a run of commands loads no HTTP client', async () => {
    const loaded = await builtinsLoaded({});
    expect(loaded).toContain('child_process');
    expect(loaded.filter((m) => HTTP.includes(m))).toEqual([]);
  });

  it('asking for a baseline loads the cache client, and with it HTTP', async () => {
    // No cache service here: the lookup says so, after the client has loaded.
    const loaded = await builtinsLoaded({ baseline: 'true' });
    expect(loaded).toEqual(expect.arrayContaining(HTTP));
  });
});
