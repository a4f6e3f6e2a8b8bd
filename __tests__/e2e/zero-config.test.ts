// Zero config end to end: a realistic Node project installed with `npm ci` inside the test, run
// with no config file; a Python project whose tools are missing here; and `readiness init`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { findExecutable } from '../../src/run/which.js';
import type { Report } from '../../src/types.js';
import { tempDir, writeFiles } from '../helpers.js';
import { CLI, gitRepo, runAction } from './runner.js';

const NODE_PROJECT: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'demo',
      version: '1.0.0',
      type: 'module',
      scripts: { build: 'tsc -p .', lint: 'node scripts/lint.mjs', test: 'node --test' },
      dependencies: { 'is-number': '7.0.0' },
      devDependencies: { typescript: '6.0.3' },
    },
    null,
    2,
  ),
  'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'dist', strict: true, rootDir: 'src', types: [] }, include: ['src'] }),
  'src/index.ts': 'export function double(n: number): number {\n  return n * 2;\n}\n',
  'test/double.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('doubles', () => assert.equal(2 * 2, 4));\n",
  'scripts/lint.mjs': "console.log('lint: 0 problems');\n",
  '.gitignore': 'node_modules/\ndist/\n.env\n',
  'README.md': '# demo\n\nA small library that doubles numbers, kept here to show what the scorecard detects for a typical Node project with a build, a linter and tests.\n',
};

let node: string;
let report: Report;

beforeAll(() => {
  // Shared by the tests below, so not one of the per-test temporary folders.
  node = gitRepo(NODE_PROJECT, mkdtempSync(path.join(os.tmpdir(), 'readiness-node-')));
  const npm = (...args: string[]) => execFileSync('npm', args, { cwd: node, stdio: 'ignore', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  npm('install', '--package-lock-only', '--ignore-scripts');
  npm('ci', '--ignore-scripts');
}, 180_000);

afterAll(() => rmSync(node, { recursive: true, force: true }));

describe('zero config on a realistic Node project', () => {
  it('detects and runs the suite a Node reviewer would recognise, and every check measures', async () => {
    report = await runEngine({ workspace: node });
    expect(report.config).toMatchObject({ source: 'detected', path: null, errors: [] });
    expect(report.config.detected!.reasons[0]).toBe('Node (npm): package.json, package-lock.json');
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    // No script or CI step runs tsc --noEmit: it is suggested, not run or scored.
    expect(Object.keys(byId)).toEqual(['build', 'lint', 'test', 'audit', 'conflict-markers', 'secrets', 'files', 'git']);
    expect(report.config.detected!.suggestions!.map((s) => s.id)).toEqual(['typecheck']);
    for (const id of ['build', 'lint', 'test']) expect([id, byId[id]!.status]).toEqual([id, 'pass']);
    // The audit needs the registry's advisory endpoint; where it is refused the check says so.
    const audit = byId.audit!;
    if (audit.status === 'error') expect(audit.summary).toMatch(/^stdout of run: the audit tool reported a failure instead of results: /);
    else expect(audit.metrics).toMatchObject({ total: 0 });
    expect(byId['conflict-markers']!.status).toBe('pass');
    expect(report.score).not.toBeNull();
  }, 120_000);

  it('writes the same suite with readiness init, and a run with that file runs the same checks', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'package.json': NODE_PROJECT['package.json']!, 'tsconfig.json': '{}' });
    const first = spawnSync(process.execPath, [CLI, 'init', dir], { encoding: 'utf8' });
    if (first.status !== 0) throw new Error(first.stderr + first.stdout);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`wrote ${path.join(dir, '.github/readiness.yml')}`);
    const again = spawnSync(process.execPath, [CLI, 'init', dir], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; use --force to overwrite it');
    const forced = spawnSync(process.execPath, [CLI, 'init', dir, '--force'], { encoding: 'utf8' });
    expect(forced.status, forced.stderr).toBe(0);

    // Against the installed project: the written file gives the same checks as detection did.
    const init = spawnSync(process.execPath, [CLI, 'init', node, '--force'], { encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const withFile = await runEngine({ workspace: node });
    expect(withFile.config).toMatchObject({ source: 'file', path: '.github/readiness.yml' });
    expect(withFile.checks.map((c) => [c.id, c.kind, c.evidence.command])).toEqual(report.checks.map((c) => [c.id, c.kind, c.evidence.command]));
    const written = readFileSync(path.join(node, '.github/readiness.yml'), 'utf8');
    expect(written).toContain('\nextends: [readiness:recommended]\n');
    expect(written).toContain('#   build: npm run build (from package.json scripts.build)');
    execFileSync('git', ['rm', '-q', '--cached', '--ignore-unmatch', '.github/readiness.yml'], { cwd: node });
    execFileSync('rm', ['-f', path.join(node, '.github/readiness.yml')]);
  }, 120_000);
});

describe('zero config with tools missing on this machine', () => {
  it('skips each check whose tool is not installed, saying so, and never passes or errors it', async () => {
    const dir = gitRepo({ 'pyproject.toml': '[project]\nname = "x"\n[tool.ruff]\n', 'requirements.txt': 'requests==2.0\n', 'tests/test_x.py': 'def test_ok():\n    assert True\n' });
    const r = await runEngine({ workspace: dir, env: { ...process.env, PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } });
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    for (const id of ['ruff', 'pip-audit']) {
      if (await findExecutable(id, process.env.PATH)) continue;
      expect(byId[id]).toMatchObject({ status: 'skipped', summary: `not installed: ${id}` });
    }
    expect(byId.pytest).toBeDefined();
  }, 60_000);
});

describe('the bundled action with no config file', () => {
  it('says the suite was auto-detected, lists why, and shows the equivalent config', async () => {
    const run = await runAction(gitRepo({ 'README.md': '# x\n', 'go.mod': 'module x\n' }), { mode: 'report' });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('this suite was **auto-detected**');
    expect(run.summary).toContain('- Go: go\\.mod → go build, vet, test \\-json with a coverprofile, govulncheck \\(staticcheck suggested\\)');
    expect(run.summary).toContain('<details><summary>Equivalent .github/readiness.yml</summary>');
    expect(run.summary).toMatch(/```yaml\n# Readiness Scorecard config, written from what auto-detection found:/);
  }, 60_000);
});
