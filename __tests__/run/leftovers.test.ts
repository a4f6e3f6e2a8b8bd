// Nothing left behind: the run's temporary folder goes at the end unless kept, and tools that write
// beside the code (coverage.py's .coverage) write into it instead of the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { gitRepo } from '../e2e/runner.js';
import { has, tempDir, writeFiles } from '../helpers.js';

// Debian's python3 with python3-pytest and python3-pytest-cov (a pyenv python may lack pytest-cov).
const PYTEST_COV = has('/usr/bin/python3', ['-c', 'import pytest, pytest_cov']);

/**
 * The environment without the redirections an outer run gives its checks: this suite also runs as a
 * check of this repository's own scorecard, whose COVERAGE_FILE the inner run would rightly keep.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['COVERAGE_FILE', 'MYPY_CACHE_DIR', 'READINESS_TEMP']) delete env[name];
  return env;
}

const WRITES_TEMP = `checks:
  - id: writes
    run: echo report > "$READINESS_TEMP/report.txt" && test "$COVERAGE_FILE" = "$READINESS_TEMP/.coverage" && test "$MYPY_CACHE_DIR" = "$READINESS_TEMP/.mypy_cache"
`;

describe("the run's temporary folder", () => {
  it('is removed at the end; tools are told to write there', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': WRITES_TEMP });
    const root = tempDir('readiness-root-');
    const report = await runEngine({ workspace: ws, tempRoot: root, env: cleanEnv() });
    expect(report.checks[0]).toMatchObject({ status: 'pass' });
    expect(readdirSync(root)).toEqual([]);
  });

  it('is kept with keepTemp (--keep-temp, keep-temp: true), and the report says where', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': WRITES_TEMP });
    const root = tempDir('readiness-root-');
    const report = await runEngine({ workspace: ws, tempRoot: root, keepTemp: true, env: cleanEnv() });
    const kept = readdirSync(root);
    expect(kept).toEqual([expect.stringMatching(/^readiness-/)]);
    expect(existsSync(path.join(root, kept[0]!, 'report.txt'))).toBe(true);
    expect(report.warnings).toContain(`the run's temporary folder is kept: ${path.join(root, kept[0]!)}`);
  });

  it('a runner that chose COVERAGE_FILE keeps its choice', async () => {
    const ws = tempDir();
    writeFiles(ws, { '.github/readiness.yml': 'checks:\n  - id: env\n    run: test "$COVERAGE_FILE" = /elsewhere/.coverage\n' });
    const report = await runEngine({ workspace: ws, env: { ...process.env, COVERAGE_FILE: '/elsewhere/.coverage' } });
    expect(report.checks[0]).toMatchObject({ status: 'pass' });
  });

  it.skipIf(!PYTEST_COV)('pytest with pytest-cov leaves no .coverage: git status is the same after the run', async () => {
    const ws = gitRepo({
      '.github/readiness.yml': `checks:
  - id: pytest
    run: /usr/bin/python3 -m pytest -p no:cacheprovider --junitxml="$READINESS_TEMP/pytest.xml" --cov=app --cov-report=xml:"$READINESS_TEMP/coverage.xml" tests
    tests: { reports: $READINESS_TEMP/pytest.xml }
  - id: coverage
    after: [pytest]
    coverage: { reports: $READINESS_TEMP/coverage.xml }
`,
      'app/__init__.py': 'def add(a, b):\n    return a + b\n',
      'tests/test_app.py': 'from app import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n',
      '.gitignore': '__pycache__/\n',
    });
    const before = execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' });
    const report = await runEngine({ workspace: ws, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['pytest', 'pass'],
      ['coverage', 'pass'],
    ]);
    expect(existsSync(path.join(ws, '.coverage'))).toBe(false);
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: ws, encoding: 'utf8' })).toBe(before);
  });
});
