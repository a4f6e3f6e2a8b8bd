// Zero config with pytest-cov: the coverage scope is the project's own (`--cov=<pkg>` of its
// tox.ini), the covered/total equal pytest-cov's own TOTAL line for that command, coverage.py's
// "never imported" and "no data" warnings make the check an error, and the work tree is unchanged.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../src/config/detect.js';
import { parseConfig } from '../../src/config/load.js';
import { runEngine } from '../../src/engine.js';
import { tempDir } from '../helpers.js';
import { gitRepo } from './runner.js';

// Debian's python3-pytest-cov gives /usr/bin/python3 both; a pyenv python earlier on PATH may lack them.
const python = ['python', 'python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pytest, pytest_cov'], { stdio: 'ignore' }).status === 0);
if (!python) console.warn('\n  Python coverage e2e NOT RUN: no python with pytest and pytest-cov (apt-get install python3-pytest-cov).\n');

const PROJECT = {
  'pyproject.toml': '[project]\nname = "calc"\nversion = "0.1.0"\n',
  'tox.ini': '[tox]\nenvlist = py\n\n[testenv]\ndeps =\n    pytest\n    pytest-cov\ncommands =\n    pytest --cov=calc \\\n        --cov-report=term-missing {posargs}\n',
  'calc/__init__.py': 'from calc.ops import add, sub\n\n__all__ = ["add", "sub"]\n',
  'calc/ops.py': 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n\n\ndef mul(a, b):\n    if a == 0:\n        return 0\n    return a * b\n',
  // Never imported by the tests: in the package, so 0% of it counts, as pytest-cov counts it.
  'calc/unused.py': 'def unused():\n    x = 1\n    return x\n',
  // A helper package the tests use, outside the project's --cov scope.
  'testkit/__init__.py': 'def pair():\n    return (1, 2)\n',
  'tests/test_calc.py': 'from calc import add, sub\nfrom testkit import pair\n\n\ndef test_add():\n    assert add(*pair()) == 3\n\n\ndef test_sub():\n    assert sub(3, 1) == 2\n',
};

/** pytest-cov's own TOTAL line for a command: statements and missed ones. */
function pytestCovTotal(dir: string, args: string[]): { total: number; covered: number; line: string } {
  const data = tempDir('readiness-cov-data-');
  const r = spawnSync('python', ['-m', 'pytest', '-p', 'no:cacheprovider', ...args, '--cov-report=term'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, COVERAGE_FILE: path.join(data, '.coverage'), PYTHONDONTWRITEBYTECODE: '1' },
  });
  const line = /^TOTAL\s+(\d+)\s+(\d+)\s+\d+%$/m.exec(r.stdout);
  if (!line) throw new Error(`no TOTAL line in pytest's output:\n${r.stdout}\n${r.stderr}`);
  return { total: Number(line[1]), covered: Number(line[1]) - Number(line[2]), line: line[0] };
}

describe.runIf(python)('zero config with pytest-cov', () => {
  const savedPath = process.env.PATH;
  let bin = '';
  beforeAll(() => {
    // Detection and the run both take `python` from PATH: put the one with pytest-cov first.
    bin = mkdtempSync(path.join(os.tmpdir(), 'readiness-pycov-bin-'));
    const real = execFileSync(python!, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    for (const name of ['python', 'python3']) symlinkSync(real, path.join(bin, name));
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    rmSync(bin, { recursive: true, force: true });
  });

  it("measures the tox.ini's --cov=calc: covered/total equal pytest-cov's own TOTAL line, and the work tree is unchanged", async () => {
    const dir = gitRepo(PROJECT);
    const detected = parseConfig(detect(dir).yaml, 'detected.yml').checks;
    expect(detected.find((c) => c.id === 'pytest')!.run).toContain(' --cov=calc --cov-report=xml:"$READINESS_TEMP/python-coverage.xml"');

    const report = await runEngine({ workspace: dir, only: ['pytest', 'python-coverage'], env: process.env });
    const cov = report.checks.find((c) => c.id === 'python-coverage')!;
    const own = pytestCovTotal(dir, ['--cov=calc']);
    expect(cov.metrics.lines, `${cov.summary}\npytest-cov: ${own.line}`).toMatchObject({ covered: own.covered, total: own.total });
    expect(cov.status).not.toBe('error');
    // calc/__init__.py 2 + ops.py 8 + unused.py 3 statements; mul's three and unused.py's missed.
    expect(own).toMatchObject({ total: 13, covered: 7 });
    // A bare --cov would also count the tests and the helper package: the scope is what changed.
    expect(pytestCovTotal(dir, ['--cov']).total).toBeGreaterThan(own.total);
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, encoding: 'utf8' })).toBe('');
  }, 120_000);

  it('a [tool.coverage.run] source naming a module the tests never import is an error that says so, not a pass', async () => {
    const partial = gitRepo({ ...PROJECT, 'tox.ini': '', 'pyproject.toml': `${PROJECT['pyproject.toml']}\n[tool.coverage.run]\nsource = ["calc", "ghost"]\n` });
    expect(parseConfig(detect(partial).yaml, 'detected.yml').checks.find((c) => c.id === 'pytest')!.run).toMatch(/ --cov --cov-report=xml:/);
    const report = await runEngine({ workspace: partial, only: ['pytest', 'python-coverage'], env: process.env });
    const cov = report.checks.find((c) => c.id === 'python-coverage')!;
    expect(cov).toMatchObject({ status: 'error', summary: expect.stringContaining('coverage.py did not measure its scope: Module ghost was never imported (module-not-imported)') });

    const none = gitRepo({ ...PROJECT, 'tox.ini': '', 'pyproject.toml': `${PROJECT['pyproject.toml']}\n[tool.coverage.run]\nsource = ["ghost"]\n` });
    const nothing = (await runEngine({ workspace: none, only: ['pytest', 'python-coverage'], env: process.env })).checks.find((c) => c.id === 'python-coverage')!;
    expect(nothing).toMatchObject({ status: 'error', summary: expect.stringMatching(/Module ghost was never imported \(module-not-imported\); No data was collected \(no-data-collected\)/) });
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: none, encoding: 'utf8' })).toBe('');
  }, 120_000);
});
