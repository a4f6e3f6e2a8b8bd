// Zero config on a Python project that configures flake8 and mypy: the detected checks count each
// finding the tools print, with file, line and rule, mark the ones a change introduced, and leave
// the work tree unchanged.
//
// Why shims: the suite cannot count on flake8 and mypy being installed (they are not on this
// machine's PATH, and PyPI is out of reach), so a small executable named `flake8`/`mypy` on PATH
// prints what the real tool prints for the project built here (recorded from flake8 7.4.1 and
// mypy 2.4.0 on the same files). The shim for mypy
// writes its cache where `--cache-dir` says, as mypy does (`.mypy_cache` in the working directory
// without it), so a detected command that lost the flag would dirty the work tree and fail the
// test. When the real tools are on PATH, the last test runs them instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { tempDir } from '../helpers.js';
import { gitRepo } from './runner.js';

vi.setConfig({ testTimeout: 120_000 });

const PROJECT = {
  'setup.cfg': '[flake8]\nmax-line-length = 100\n\n[mypy]\nwarn_unused_configs = True\n',
  'calc/__init__.py': '',
  'calc/core.py': 'import os, sys\n\n\ndef add(a: int, b: int) -> str:\n    return a + b\n',
  'calc/util.py': 'def half(x: int) -> int:\n    reveal_type(x)\n    return undefined_name // 2\n',
};
// The change: a new line 5 in core.py; util.py untouched.
const CHANGED_CORE = 'import os, sys\n\n\ndef add(a: int, b: int) -> str:\n    total = a\n    return a + b\n';

// What flake8 7.4.1 and mypy 2.4.0 print for PROJECT with the change (with the detected flags).
const FLAKE8 = `./calc/core.py:1:1: F401 'os' imported but unused
./calc/core.py:1:1: F401 'sys' imported but unused
./calc/core.py:1:10: E401 multiple imports on one line
./calc/core.py:5:5: F841 local variable 'total' is assigned to but never used
./calc/util.py:2:5: F821 undefined name 'reveal_type'
./calc/util.py:3:12: F821 undefined name 'undefined_name'
`;
const MYPY = `calc/util.py:2:17: note: Revealed type is "int"
calc/util.py:3:12: error: Name "undefined_name" is not defined  [name-defined]
calc/core.py:6:12: error: Incompatible return value type (got "int", expected "str")  [return-value]
Found 2 errors in 2 files (checked 3 source files)
`;

function shims(tools: Record<string, { out: string; code: number }>): string {
  const dir = tempDir('readiness-shims-');
  for (const [name, { out, code }] of Object.entries(tools)) {
    const cache = name === 'mypy' ? 'cache=.mypy_cache\nfor a in "$@"; do case "$a" in --cache-dir=*) cache="${a#--cache-dir=}";; esac; done\nmkdir -p "$cache/3.11" && echo "{}" > "$cache/3.11/calc.meta.json"\n' : '';
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${cache}cat <<'OUT'\n${out}OUT\nexit ${code}\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });
const lines = (text: string, pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).length;

describe('zero config with flake8 and mypy', () => {
  it('counts each finding the tools print, with file, line and rule, and marks the new ones', async () => {
    const dir = gitRepo(PROJECT);
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'calc/core.py'), CHANGED_CORE);
    git(dir, 'commit', '-q', '-am', 'feat: total');
    const bin = shims({ flake8: { out: FLAKE8, code: 1 }, mypy: { out: MYPY, code: 1 } });
    const report = await runEngine({ workspace: dir, only: ['flake8', 'mypy'], env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` }, newCode: { mode: 'main', gate: {} } });
    const flake8 = report.checks.find((c) => c.id === 'flake8')!;
    const mypy = report.checks.find((c) => c.id === 'mypy')!;

    expect(flake8).toMatchObject({ kind: 'sarif', status: 'fail', score: 0, metrics: { error: lines(FLAKE8, /: [A-Z]\d+ /), warning: 0, byLint: { F401: 2, E401: 1, F841: 1, F821: 2 } } });
    expect(flake8.summary).toBe('6 errors, 0 warnings (2 F401, 2 F821, 1 E401, 1 F841); limits: error max 0, warning ≤ 0');
    // Only the finding on the changed line is new.
    expect(flake8.findings.map((f) => [f.file, f.line, f.rule, f.new])).toEqual([
      ['calc/core.py', 1, 'F401', false],
      ['calc/core.py', 1, 'F401', false],
      ['calc/core.py', 1, 'E401', false],
      ['calc/core.py', 5, 'F841', true],
      ['calc/util.py', 2, 'F821', false],
      ['calc/util.py', 3, 'F821', false],
    ]);
    // Notes are not findings: 2 errors, as mypy's own summary says.
    expect(mypy).toMatchObject({ kind: 'sarif', status: 'fail', metrics: { error: lines(MYPY, /: error: /), warning: 0, note: 0, checked: 3 } });
    expect(mypy.summary).toBe('2 errors, 0 warnings (1 name-defined, 1 return-value) in 3 source files; limits: error max 0, warning ≤ 0');
    expect(mypy.findings.map((f) => [f.file, f.line, f.rule, f.new])).toEqual([
      ['calc/util.py', 3, 'name-defined', false],
      ['calc/core.py', 6, 'return-value', false],
    ]);
    expect(planAnnotations(report).annotations).toContainEqual({ level: 'error', file: 'calc/core.py', line: 6, column: 12, title: 'mypy: return-value', message: 'Incompatible return value type (got "int", expected "str")' });
    expect(report.newCode).toMatchObject({ findings: { total: 1, byCheck: { flake8: 1, mypy: 0 } } });
    // The mypy cache went to the run's temporary folder.
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
  });

  it('a clean run passes; a tool that failed without a finding is an error with its own words, never a pass', async () => {
    const dir = gitRepo(PROJECT);
    const clean = shims({ flake8: { out: '', code: 0 }, mypy: { out: 'Success: no issues found in 3 source files\n', code: 0 } });
    const ok = await runEngine({ workspace: dir, only: ['flake8', 'mypy'], env: { ...process.env, PATH: `${clean}${path.delimiter}${process.env.PATH}` } });
    expect(ok.checks.map((c) => [c.id, c.status, c.score, c.summary])).toEqual([
      ['flake8', 'pass', 100, '0 errors, 0 warnings; limits: error max 0, warning ≤ 0'],
      ['mypy', 'pass', 100, '0 errors, 0 warnings in 3 source files; limits: error max 0, warning ≤ 0'],
    ]);

    const broken = shims({
      flake8: { out: 'There was a critical error during execution of Flake8:\nplugin code for `X1234` does not match ^[A-Z]{1,3}[0-9]{0,3}$\n', code: 1 },
      mypy: { out: "There are no .py[i] files in directory '.'\n", code: 2 },
    });
    const bad = await runEngine({ workspace: dir, only: ['flake8', 'mypy'], env: { ...process.env, PATH: `${broken}${path.delimiter}${process.env.PATH}` } });
    expect(bad.checks.map((c) => [c.id, c.status, c.score])).toEqual([
      ['flake8', 'error', 0],
      ['mypy', 'error', 0],
    ]);
    expect(bad.checks[0]!.summary).toMatch(/^stdout of run: not flake8's default format .*: There was a critical error during execution of Flake8: plugin code for `X1234`/);
    expect(bad.checks[1]!.summary).toMatch(/^stdout of run: mypy did not finish: There are no \.py\[i\] files in directory '\.'/);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
  });

  const real = ['flake8', 'mypy'].every((t) => spawnSync(t, ['--version'], { stdio: 'ignore' }).status === 0);
  it.runIf(real)('with the real flake8 and mypy on PATH: the counts equal the lines they print', async () => {
    const dir = gitRepo(PROJECT);
    const report = await runEngine({ workspace: dir, only: ['flake8', 'mypy'] });
    const flake8 = spawnSync('flake8', ['--format=default'], { cwd: dir, encoding: 'utf8' }).stdout;
    const cache = tempDir('readiness-mypy-cache-');
    const mypy = spawnSync('mypy', [`--cache-dir=${cache}`, '--show-column-numbers', '--show-error-codes', '--no-pretty', '.'], { cwd: dir, encoding: 'utf8' }).stdout;
    expect(report.checks.find((c) => c.id === 'flake8')!.metrics).toMatchObject({ error: lines(flake8, /: [A-Z]\d+ /) });
    expect(report.checks.find((c) => c.id === 'mypy')!.metrics).toMatchObject({ error: lines(mypy, /: error: /) });
    expect(lines(flake8, /: [A-Z]\d+ /)).toBeGreaterThan(0);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
  });
});
