// End to end: `npm run corpus` on two repositories the test builds, with the built CLI. Requires
// `npm run bundle` first (.ci/run does).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, gitRepo } from './runner.js';

const TESTS = `const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
test('adds', () => assert.strictEqual(1 + 1, 2));
test('leaves a file behind', () => { fs.writeFileSync('left-behind.txt', 'x'); });
test('fails', () => assert.strictEqual(1, 2));
`;

function repo(testScript: string): string {
  return gitRepo({
    'package.json': JSON.stringify({ name: 'demo', version: '1.0.0', scripts: { test: testScript } }, null, 2),
    'test/a.test.js': TESTS,
  });
}

const status = (dir: string) => execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('npm run corpus', () => {
  it("puts the scorecard's totals next to the runner's own, names what differs, exits 1, and leaves git status as it was", () => {
    const instrumented = repo('node --test');
    const chained = repo('echo linting && node --test');
    const piped = repo('node --test | cat');
    const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/corpus.ts', instrumented, chained, piped], { cwd: ROOT, encoding: 'utf8' });
    expect(res.stderr).toContain('zero config');
    expect(res.status).toBe(1);
    const rows = res.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^\| repository \| check \| scorecard total\/passed\/failed \| runner total\/passed\/failed \|/);
    expect(rows).toHaveLength(5);
    // The same numbers on both sides when zero config instruments `node --test`.
    expect(rows[2]).toContain(`| ${path.basename(instrumented)} |`);
    expect(rows[2]).toMatch(/\| 3\/2\/1 \| 3\/2\/1 \| {2}\| {2}\| yes \| `node --test` \|$/);
    // In a chain the runner is instrumented and the rest runs as written: the same numbers.
    expect(rows[3]).toContain(`| ${path.basename(chained)} |`);
    expect(rows[3]).toMatch(/\| 3\/2\/1 \| 3\/2\/1 \| .*\| yes \|/);
    // A pipe runs as it is: no totals on the scorecard's side, the runner's own still read.
    expect(rows[4]).toContain(`| ${path.basename(piped)} |`);
    expect(rows[4]).toContain('| 3/2/1 |');
    expect(rows[4]).toContain('no: scorecard read no totals');
    for (const dir of [instrumented, chained, piped]) expect(status(dir)).toBe('');
  }, 300_000);

  it('a usage error exits 2 and names the folder', () => {
    const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/corpus.ts', path.join(ROOT, 'no-such-repository')], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('no-such-repository: not a git checkout');
  }, 120_000);
});
