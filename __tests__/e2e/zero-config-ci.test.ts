// Zero config from the project's own CI, end to end: a Node project whose workflow runs a lint
// script, a chained test script under c8 with the project's own --exclude, and steps the
// scorecard must not run. Installed with npm inside the test; the totals and the coverage must be
// the ones the project's own command prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { gitRepo } from './runner.js';

const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'ci-demo',
      version: '1.0.0',
      type: 'module',
      scripts: {
        test: 'node --test',
        // The CI's script: a lint first, then the runner under c8 with the project's own scope.
        'test-ci': "npm run lint:check && cross-env TZ='Europe/Paris' c8 --exclude 'examples/**' --exclude 'test/**' node --test",
        'lint:check': 'node scripts/lint.mjs',
      },
      devDependencies: { c8: '10.1.3', 'cross-env': '7.0.3' },
    },
    null,
    2,
  ),
  'src/math.js': 'export function add(a, b) {\n  return a + b;\n}\nexport function sub(a, b) {\n  return a - b;\n}\n',
  'examples/demo.js': "import { add } from '../src/math.js';\nexport const x = add(1, 2);\nif (x > 10) {\n  console.log('never');\n}\n",
  'test/math.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert';\nimport { add } from '../src/math.js';\nimport '../examples/demo.js';\ntest('adds', () => assert.equal(add(2, 2), 4));\ntest('zone', () => assert.equal(process.env.TZ, 'Europe/Paris'));\n",
  'scripts/lint.mjs': "console.log('lint: 0 problems');\n",
  '.gitignore': 'node_modules/\ncoverage/\n.env\n',
  '.github/workflows/ci.yml': [
    'name: CI',
    'on: [push, pull_request]',
    'jobs:',
    '  test:',
    '    runs-on: ${{ matrix.os }}',
    '    strategy:',
    '      matrix:',
    '        os: [ubuntu-latest, windows-latest]',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - run: npm ci',
    '      - run: npm run test-ci',
    '      - run: npx codecov',
    '        env:',
    '          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}',
    '',
  ].join('\n'),
};

let dir: string;

beforeAll(() => {
  dir = gitRepo(PROJECT, mkdtempSync(path.join(os.tmpdir(), 'readiness-ci-')));
  const npm = (...args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  npm('install', '--package-lock-only', '--ignore-scripts');
  npm('ci', '--ignore-scripts');
  execFileSync('git', ['add', 'package-lock.json'], { cwd: dir });
  execFileSync('git', ['commit', '-qm', 'lock'], { cwd: dir });
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zero config runs what the project's CI runs", () => {
  it("runs the CI's test script with the project's own coverage scope, and every number equals the project's own command", async () => {
    const report = await runEngine({ workspace: dir });
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual(['test-ci', 'test-ci-coverage', 'audit', 'conflict-markers', 'secrets', 'files', 'git', 'workflows']);
    expect(byId['test-ci']!.origin).toBe('.github/workflows/ci.yml:12 (job test) → package.json scripts.test-ci');
    expect(byId['test-ci']!.evidence.command).toContain('npm run lint:check && TZ=Europe/Paris npx --no-install c8 --exclude');

    // The project's own command, as its CI runs it, prints its totals and its coverage.
    const own = spawnSync('npx', ['--no-install', 'c8', '--reporter=text-summary', '--exclude', 'examples/**', '--exclude', 'test/**', 'node', '--test'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Paris' } });
    expect(own.stdout + own.stderr).toMatch(/^(?:# |ℹ )pass \d+/m);
    const pass = Number(/^(?:# |ℹ )pass (\d+)/m.exec(own.stdout)![1]);
    const lines = /Lines\s*:\s*[\d.]+% \( (\d+)\/(\d+) \)/.exec(own.stdout)!;
    expect(byId['test-ci']).toMatchObject({ status: 'pass', metrics: { total: pass, passed: pass, failed: 0 } });
    expect(pass).toBe(2);
    // examples/ is left out as the project's own script says: only src/math.js is measured.
    expect(byId['test-ci-coverage']!.metrics.lines).toMatchObject({ covered: Number(lines[1]), total: Number(lines[2]) });

    const detected = report.config.detected!;
    expect(detected.leftOut!.map((l) => [l.origin, l.command, l.reason])).toEqual([
      ['.github/workflows/ci.yml:11 (job test)', 'npm ci', 'npm ci installs or sets up the workspace'],
      ['.github/workflows/ci.yml:13 (job test)', 'npx codecov', 'the step needs secrets'],
    ]);
    // The run left the work tree as it was.
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, 180_000);
});
