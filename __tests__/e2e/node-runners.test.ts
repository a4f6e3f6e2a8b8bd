// Zero config on Node test runners installed from the registry: a workspace of four small packages
// (vitest with @vitest/coverage-v8, jest, mocha with c8 installed, node --test under c8), one shared
// install. The totals and coverage the scorecard reads must equal what each runner prints itself,
// and the run must leave the work tree as it was.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import type { CheckResult } from '../../src/types.js';
import { gitRepo } from './runner.js';

const VERSIONS = { vitest: '4.1.12', '@vitest/coverage-v8': '4.1.12', jest: '30.5.2', mocha: '12.0.3', c8: '12.0.0' };
const ESM = "export function add(a, b) {\n  return a + b;\n}\n\nexport function div(a, b) {\n  if (b === 0) {\n    throw new Error('division by zero');\n  }\n  return a / b;\n}\n";
const CJS = `${ESM.replace(/^export /gm, '')}module.exports = { add, div };\n`;
// Two pass, one fails (4 / 2 is not 3), one is skipped: in every runner.
const cases = (it: string, skip: string) =>
  `  ${it}('adds', () => eq(add(1, 2), 3));\n  ${it}('adds negatives', () => eq(add(-1, -2), -3));\n  ${it}('divides', () => eq(div(4, 2), 3));\n  ${skip}\n`;
const pkg = (name: string, extra: Record<string, unknown>) => JSON.stringify({ name, private: true, ...extra });

const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'runners', private: true, workspaces: ['packages/*'], devDependencies: VERSIONS }, null, 2),
  '.gitignore': 'node_modules/\n',
  'packages/vitest-demo/package.json': pkg('vitest-demo', { type: 'module', scripts: { test: 'vitest run' } }),
  'packages/vitest-demo/src/math.js': ESM,
  'packages/vitest-demo/test/math.test.js': `import { describe, it, expect } from 'vitest';\nimport { add, div } from '../src/math.js';\nconst eq = (a, b) => expect(a).toBe(b);\ndescribe('math', () => {\n${cases('it', "it.skip('later', () => {});")}});\n`,
  'packages/jest-demo/package.json': pkg('jest-demo', { scripts: { test: 'jest' } }),
  'packages/jest-demo/src/math.js': CJS,
  'packages/jest-demo/test/math.test.js': `const { add, div } = require('../src/math.js');\nconst eq = (a, b) => expect(a).toBe(b);\ndescribe('math', () => {\n${cases('test', "test.skip('later', () => {});")}});\n`,
  'packages/mocha-demo/package.json': pkg('mocha-demo', { scripts: { test: 'mocha' }, devDependencies: { mocha: VERSIONS.mocha, c8: VERSIONS.c8 } }),
  'packages/mocha-demo/src/math.js': CJS,
  'packages/mocha-demo/test/math.test.js': `const eq = require('node:assert').equal;\nconst { add, div } = require('../src/math.js');\ndescribe('math', () => {\n${cases('it', "it.skip('later', () => {});")}});\n`,
  'packages/node-demo/package.json': pkg('node-demo', { type: 'module', scripts: { test: 'c8 node --test' } }),
  'packages/node-demo/src/math.js': ESM,
  'packages/node-demo/test/math.test.js': `import { describe, it } from 'node:test';\nimport { equal as eq } from 'node:assert';\nimport { add, div } from '../src/math.js';\ndescribe('math', () => {\n${cases('it', "it('later', { skip: true }, () => {});")}});\n`,
};

let dir: string;
let checks: Record<string, CheckResult>;

beforeAll(async () => {
  dir = gitRepo(PROJECT, mkdtempSync(path.join(os.tmpdir(), 'readiness-node-runners-')));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { cwd: dir, stdio: 'ignore', env: { ...process.env, npm_config_update_notifier: 'false' } });
  execFileSync('git', ['add', 'package-lock.json'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'chore: lockfile'], { cwd: dir });
  const ids = ['vitest', 'jest', 'mocha', 'node'].flatMap((r) => [`packages-${r}-demo-test`, `packages-${r}-demo-coverage`]);
  const report = await runEngine({ workspace: dir, only: ids });
  if (report.config.errors.length > 0) throw new Error(report.config.errors.join('\n'));
  checks = Object.fromEntries(report.checks.map((c) => [c.id, c]));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The covered/total lines a text-summary reporter printed: "Lines        : 80% ( 4/5 )". */
function printedLines(c: CheckResult): [number, number] {
  const m = /Lines\s+:\s+[\d.]+%\s+\(\s*(\d+)\/(\d+)\s*\)/.exec(c.evidence.outputTail ?? '');
  if (!m) throw new Error(`no coverage summary in the output of ${c.id}:\n${c.evidence.outputTail}`);
  return [Number(m[1]), Number(m[2])];
}

const totals = (c: CheckResult) => {
  const m = c.metrics as { passed: number; failed: number; skipped: number; total: number };
  return { passed: m.passed, failed: m.failed, skipped: m.skipped, total: m.total };
};

function coverageOf(id: string): [number, number] {
  const c = checks[id]!;
  expect(c.status, c.summary).not.toBe('error');
  const lines = (c.metrics as { lines: { covered: number; total: number } }).lines;
  return [lines.covered, lines.total];
}

describe('zero config reads every Node runner\'s own totals and coverage', () => {
  it('vitest: the JSON reporter\'s totals equal its "Tests" line; coverage equals its text summary', () => {
    const t = checks['packages-vitest-demo-test']!;
    const m = /Tests\s+(\d+) failed \| (\d+) passed \| (\d+) skipped \((\d+)\)/.exec(t.evidence.outputTail ?? '');
    expect(m, t.evidence.outputTail).not.toBeNull();
    expect(totals(t)).toEqual({ failed: Number(m![1]), passed: Number(m![2]), skipped: Number(m![3]), total: Number(m![4]) });
    expect(coverageOf('packages-vitest-demo-coverage')).toEqual(printedLines(t));
  });

  it('jest: --json totals equal its "Tests:" line; built-in coverage equals its text summary', () => {
    const t = checks['packages-jest-demo-test']!;
    const m = /Tests:\s+(\d+) failed, (\d+) skipped, (\d+) passed, (\d+) total/.exec(t.evidence.outputTail ?? '');
    expect(m, t.evidence.outputTail).not.toBeNull();
    expect(totals(t)).toEqual({ failed: Number(m![1]), skipped: Number(m![2]), passed: Number(m![3]), total: Number(m![4]) });
    expect(coverageOf('packages-jest-demo-coverage')).toEqual(printedLines(t));
  });

  it('mocha: xunit totals equal what its spec reporter prints; c8 coverage equals its text summary', () => {
    const t = checks['packages-mocha-demo-test']!;
    const spec = (() => {
      try {
        return execFileSync('npx', ['--no-install', 'mocha'], { cwd: path.join(dir, 'packages/mocha-demo'), encoding: 'utf8' });
      } catch (err) {
        return (err as { stdout: string }).stdout;
      }
    })();
    const n = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(spec)?.[1] ?? 0);
    expect(totals(t)).toEqual({ passed: n('passing'), failed: n('failing'), skipped: n('pending'), total: n('passing') + n('failing') + n('pending') });
    expect(totals(t)).toEqual({ passed: 2, failed: 1, skipped: 1, total: 4 });
    expect(coverageOf('packages-mocha-demo-coverage')).toEqual(printedLines(t));
  });

  it('node --test under c8: JUnit totals equal its own summary lines; coverage equals c8\'s', () => {
    const t = checks['packages-node-demo-test']!;
    const n = (word: string) => Number(new RegExp(`ℹ ${word} (\\d+)`).exec(t.evidence.outputTail ?? '')?.[1]);
    expect(totals(t)).toEqual({ passed: n('pass'), failed: n('fail'), skipped: n('skipped'), total: n('tests') });
    expect(coverageOf('packages-node-demo-coverage')).toEqual(printedLines(t));
  });

  it('leaves the work tree unchanged', () => {
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe('');
  });
});
