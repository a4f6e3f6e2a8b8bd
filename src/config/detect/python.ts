// Python: pytest with a JUnit report (and pytest-cov when installed), a linter, mypy, pip-audit.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { containsFile, exists, read, type DetectedCheck } from './shared.js';

function hasTests(root: string): boolean {
  return !!exists(root, 'tests', 'test') || containsFile(root, (name) => /^(test_.*|.*_test)\.py$/.test(name));
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => !!dir && existsSync(path.join(dir, name)));
}

function pythonImports(module: string): boolean {
  try {
    execFileSync('python3', ['-c', `import ${module}`], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** Whether the project's mypy config names the files to check (`files = …`), in the file mypy reads first. */
function mypyConfiguresFiles(root: string, pyproject: string, setupCfg: string): boolean {
  const section = (text: string, header: RegExp): string | undefined => {
    const m = header.exec(text);
    if (!m) return undefined;
    const rest = text.slice(m.index + m[0].length);
    const next = /^\s*\[/m.exec(rest);
    return next ? rest.slice(0, next.index) : rest;
  };
  // mypy's order: mypy.ini, .mypy.ini, pyproject.toml, setup.cfg; the first that has its section wins.
  const candidates = [read(path.join(root, 'mypy.ini')), read(path.join(root, '.mypy.ini'))].map((t) => (t === undefined ? undefined : section(t, /^\[mypy\][^\S\n]*$/m)));
  candidates.push(section(pyproject, /^\[tool\.mypy\][^\S\n]*$/m), section(setupCfg, /^\[mypy\][^\S\n]*$/m));
  const config = candidates.find((c) => c !== undefined);
  return config !== undefined && /^\s*files\s*=/m.test(config);
}

export function detectPython(root: string, reasons: string[]): DetectedCheck[] {
  const requirements = readdirSync(root).filter((f) => /^requirements.*\.txt$/.test(f)).sort();
  const markers = [exists(root, 'pyproject.toml'), exists(root, 'setup.cfg'), exists(root, 'setup.py'), ...requirements].filter((x): x is string => !!x);
  if (markers.length === 0) return [];
  const pyproject = read(path.join(root, 'pyproject.toml')) ?? '';
  const setupCfg = read(path.join(root, 'setup.cfg')) ?? '';
  const tox = read(path.join(root, 'tox.ini')) ?? '';
  const deps = [pyproject, setupCfg, ...requirements.map((r) => read(path.join(root, r)) ?? '')].join('\n');
  const out: DetectedCheck[] = [];
  const found: string[] = [];
  if (hasTests(root)) {
    // Reports go to the run's temporary folder: detection never writes into the repository.
    const cov = pythonImports('pytest_cov');
    found.push(`pytest${cov ? ' with pytest-cov' : ''}`);
    // `python -m pytest` puts the project folder on sys.path, so a flat-layout package imports as
    // it does for the user; pytest's cache goes to the temporary folder, not into the repository.
    const python = onPath('python') ? 'python' : 'python3';
    const run = `${python} -m pytest -p no:cacheprovider --junitxml="$READINESS_TEMP/pytest.xml"${cov ? ' --cov --cov-report=xml:"$READINESS_TEMP/python-coverage.xml" --cov-report=term' : ''}`;
    out.push({ id: 'pytest', comment: 'Python tests (tests/ or test_*.py); JUnit report kept out of the repository', check: { category: 'tests', run, tests: { reports: '$READINESS_TEMP/pytest.xml' }, env: { PYTHONDONTWRITEBYTECODE: '1' }, requires: [python, 'pytest'] } });
    if (cov) out.push({ id: 'python-coverage', comment: 'pytest-cov is installed: line coverage of the pytest run (read after it, pass or fail)', check: { category: 'coverage', after: ['pytest'], coverage: { reports: '$READINESS_TEMP/python-coverage.xml' }, requires: [python, 'pytest'] } });
  }
  const flake8 = /^\[flake8\]/m.test(setupCfg + tox) || existsSync(path.join(root, '.flake8'));
  const ruff = /\[tool\.ruff/.test(pyproject) || !!exists(root, 'ruff.toml', '.ruff.toml');
  if (flake8 && !ruff) {
    found.push('flake8');
    // --format=default: the reader's format even when the project's config picks another one.
    out.push({ id: 'flake8', comment: 'flake8 is configured: violations counted by code', check: { category: 'quality', run: 'flake8 --format=default', sarif: { format: 'flake8' }, requires: ['flake8'] } });
  } else {
    found.push('ruff');
    out.push({ id: 'ruff', comment: ruff ? 'ruff is configured' : 'Python lint with ruff (skipped when ruff is not installed)', check: { category: 'quality', run: 'ruff check --output-format=sarif .', sarif: {}, requires: ['ruff'] } });
  }
  if (/\[tool\.mypy|^\[mypy/m.test(pyproject + setupCfg) || existsSync(path.join(root, 'mypy.ini')) || /\bmypy\b/.test(deps)) {
    found.push('mypy');
    // The cache goes to the temporary folder, not into the repository. The summary line is kept:
    // it tells a clean run from one that did not finish, and the reader checks its count against
    // it. stderr joins stdout so that mypy's own words on a crash or a setup error are read. A
    // config that names its `files` is followed (`mypy .` would override it: Flask's examples hold
    // two `conftest` modules that stop mypy at once).
    const files = mypyConfiguresFiles(root, pyproject, setupCfg);
    out.push({
      id: 'mypy',
      comment: `mypy is configured or a dependency: errors counted by code (notes are not findings)${files ? '; the files its config names' : ''}`,
      check: { category: 'build', run: `mypy --cache-dir="$READINESS_TEMP/mypy-cache" --show-column-numbers --show-error-codes --no-pretty${files ? '' : ' .'} 2>&1`, sarif: { format: 'mypy' }, requires: ['mypy'] },
    });
  }
  // Bandit's SARIF keeps each result's own severity (properties.issue_severity).
  found.push('bandit');
  out.push({
    id: 'bandit',
    comment: 'Python security lint with bandit (skipped when not installed); tests and virtualenvs left out',
    check: {
      category: 'security',
      run: 'bandit -r . -q -f sarif -o "$READINESS_TEMP/bandit.sarif" -x ./.venv,./venv,./.tox,./build,./dist,./node_modules,./tests,./test',
      sarif: { reports: '$READINESS_TEMP/bandit.sarif' },
      requires: ['bandit'],
    },
  });
  const req = requirements.find((r) => r === 'requirements.txt') ?? requirements[0];
  found.push('pip-audit');
  out.push({
    id: 'pip-audit',
    comment: `Python dependencies${req ? ` in ${req}` : ''}: pip-audit (skipped when not installed)`,
    check: { category: 'dependencies', run: `pip-audit -f json${req ? ` -r ${req}` : ''}`, audit: {}, requires: ['pip-audit'] },
  });
  reasons.push(`Python: ${markers.join(', ')} → ${found.join(', ')} (each when installed)`);
  return out;
}
