// Zero config on the TAP runners, installed from the registry: a workspace of two small packages,
// ava under the script's own c8, and node-tap 21 with its built-in coverage. The totals and
// coverage the scorecard reads must equal what each runner prints itself, and the run must leave
// the work tree as it was (tap's .tap/ folder, which .gitignore does not list here, included).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import type { CheckResult } from '../../src/types.js';
import { gitRepo } from './runner.js';

// ava 8 needs a newer cbor2 than the registry mirror here holds; ava 7 runs on Node 20.19+ and 24.
const VERSIONS = { ava: '7.0.0', c8: '12.0.0', tap: '21.8.0' };
const ESM = "export function add(a, b) {\n  return a + b;\n}\n\nexport function div(a, b) {\n  if (b === 0) {\n    throw new Error('division by zero');\n  }\n  return a / b;\n}\n";
const pkg = (name: string, test: string) => JSON.stringify({ name, private: true, type: 'module', scripts: { test } });

// Two pass, one fails (4 / 2 is not 3), one is skipped and one is a todo: in both runners.
const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'tap-runners', private: true, workspaces: ['packages/*'], devDependencies: VERSIONS }, null, 2),
  '.gitignore': 'node_modules/\n',
  'packages/ava-demo/package.json': pkg('ava-demo', 'c8 ava'),
  'packages/ava-demo/src/math.js': ESM,
  'packages/ava-demo/test/math.js':
    "import test from 'ava';\nimport { add, div } from '../src/math.js';\ntest('adds', (t) => t.is(add(1, 2), 3));\ntest('adds negatives', (t) => t.is(add(-1, -2), -3));\ntest('divides', (t) => t.is(div(4, 2), 3));\ntest.skip('later', (t) => t.pass());\ntest.todo('someday');\n",
  'packages/tap-demo/package.json': pkg('tap-demo', 'tap'),
  'packages/tap-demo/src/math.js': ESM,
  'packages/tap-demo/test/math.test.js':
    "import t from 'tap';\nimport { add, div } from '../src/math.js';\nt.test('math', async (t) => {\n  t.equal(add(1, 2), 3, 'adds');\n  t.equal(add(-1, -2), -3, 'adds negatives');\n  t.equal(div(4, 2), 3, 'divides');\n  t.test('later', { skip: true }, async () => {});\n  t.todo('someday');\n});\n",
};

let dir: string;
let checks: Record<string, CheckResult>;

beforeAll(async () => {
  dir = gitRepo(PROJECT, mkdtempSync(path.join(os.tmpdir(), 'readiness-tap-runners-')));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { cwd: dir, stdio: 'ignore', env: { ...process.env, npm_config_update_notifier: 'false' } });
  execFileSync('git', ['add', 'package-lock.json'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'chore: lockfile'], { cwd: dir });
  const ids = ['ava', 'tap'].flatMap((r) => [`packages-${r}-demo-test`, `packages-${r}-demo-coverage`]);
  const report = await runEngine({ workspace: dir, only: ids });
  if (report.config.errors.length > 0) throw new Error(report.config.errors.join('\n'));
  checks = Object.fromEntries(report.checks.map((c) => [c.id, c]));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The covered/total lines a text-summary reporter printed: "Lines        : 80% ( 8/10 )". */
function printedLines(c: CheckResult): [number, number] {
  const m = /Lines\s+:\s+[\d.]+%\s+\(\s*(\d+)\/(\d+)\s*\)/.exec(c.evidence.outputTail ?? '');
  if (!m) throw new Error(`no coverage summary in the output of ${c.id}:\n${c.evidence.outputTail}`);
  return [Number(m[1]), Number(m[2])];
}

const totals = (c: CheckResult) => {
  const m = c.metrics as { passed: number; failed: number; errored: number; skipped: number; total: number };
  return { passed: m.passed, failed: m.failed, errored: m.errored, skipped: m.skipped, total: m.total };
};

function coverageOf(id: string): [number, number] {
  const c = checks[id]!;
  expect(c.status, c.summary).not.toBe('error');
  const lines = (c.metrics as { lines: { covered: number; total: number } }).lines;
  return [lines.covered, lines.total];
}

describe('zero config reads the TAP runners\' own totals and coverage', () => {
  it("ava: the TAP totals equal what its default reporter prints (a todo is skipped); c8's coverage equals its text summary", () => {
    const t = checks['packages-ava-demo-test']!;
    expect(t.evidence.command).toContain('ava --tap');
    // ava's own reporter, run apart: one line per test, and counts of failed, skipped and todo.
    const own = (() => {
      try {
        return execFileSync('npx', ['--no-install', 'ava'], { cwd: path.join(dir, 'packages/ava-demo'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (err) {
        const e = err as { stdout: string; stderr: string };
        return `${e.stdout}\n${e.stderr}`;
      }
    })();
    const n = (re: RegExp) => Number(re.exec(own)?.[1] ?? 0);
    const passed = own.match(/✔/g)?.length ?? 0;
    const failed = n(/(\d+) tests? failed/);
    const skipped = n(/(\d+) tests? skipped/) + n(/(\d+) tests? todo/);
    expect(totals(t)).toEqual({ passed, failed, errored: 0, skipped, total: passed + failed + skipped });
    expect(totals(t)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 2, total: 5 });
    expect(coverageOf('packages-ava-demo-coverage')).toEqual(printedLines(t));
  });

  it('tap: the TAP totals equal its own "# { total … }" line; its built-in coverage equals its text summary', () => {
    const t = checks['packages-tap-demo-test']!;
    const m = /# \{ total: (\d+), pass: (\d+), fail: (\d+), todo: (\d+), skip: (\d+) \}/.exec(t.evidence.outputTail ?? '');
    expect(m, t.evidence.outputTail).not.toBeNull();
    const [total, pass, fail, todo, skip] = m!.slice(1).map(Number) as [number, number, number, number, number];
    expect(totals(t)).toEqual({ passed: pass, failed: fail, errored: 0, skipped: todo + skip, total });
    expect(totals(t)).toEqual({ passed: 2, failed: 1, errored: 0, skipped: 2, total: 5 });
    expect(coverageOf('packages-tap-demo-coverage')).toEqual(printedLines(t));
  });

  it('leaves the work tree unchanged: tap\'s .tap/ is removed, ava\'s cache stays in the ignored node_modules', () => {
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
    expect(existsSync(path.join(dir, 'packages/tap-demo/.tap'))).toBe(false);
  });
});
