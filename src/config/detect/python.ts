// Python: pytest with a JUnit report (and pytest-cov, over the project's own coverage scope, when
// installed), a linter, mypy, bandit, pip-audit. Each check names where the project declares it; one
// that only the ecosystem's habits suggest is a suggestion.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pytestCall, pytestConfig, pytestCoverageScope, type CoverageScope } from './python-coverage.js';
import { parseIni } from './python-ini.js';
import { declaredTool, isTable, readPythonProject, tomlAt, type ProjectCommand, type PythonProject } from './python-project.js';
import { renderWord } from './shell.js';
import { containsFile, exists, read, type DetectedCheck } from './shared.js';

function hasTests(root: string): boolean {
  return !!exists(root, 'tests', 'test') || containsFile(root, (name) => /^(test_.*|.*_test)\.py$/.test(name));
}

export function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => !!dir && existsSync(path.join(dir, name)));
}

export function pythonImports(python: string, module: string): boolean {
  try {
    execFileSync(python, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** mypy's config in the order mypy reads it (mypy.ini, .mypy.ini, pyproject.toml, setup.cfg), and whether it names its `files`. */
function mypyConfig(project: PythonProject): { label: string; files: boolean } | undefined {
  for (const [file, sections] of [
    ['mypy.ini', parseIni(read(path.join(project.root, 'mypy.ini')) ?? '')],
    ['.mypy.ini', parseIni(read(path.join(project.root, '.mypy.ini')) ?? '')],
  ] as const) {
    const mypy = sections.get('mypy');
    if (mypy) return { label: `${file} [mypy]`, files: mypy.has('files') };
  }
  const fromPyproject = tomlAt(project.pyproject, ['tool', 'mypy']);
  if (isTable(fromPyproject)) return { label: 'pyproject.toml [tool.mypy]', files: fromPyproject.files !== undefined };
  const fromSetupCfg = project.setupCfg.get('mypy');
  if (fromSetupCfg) return { label: 'setup.cfg [mypy]', files: fromSetupCfg.has('files') };
  return undefined;
}

function ruffConfig(project: PythonProject): string | undefined {
  if (isTable(tomlAt(project.pyproject, ['tool', 'ruff']))) return 'pyproject.toml [tool.ruff]';
  return exists(project.root, 'ruff.toml', '.ruff.toml');
}

function flake8Config(project: PythonProject): string | undefined {
  if (existsSync(path.join(project.root, '.flake8'))) return '.flake8';
  if (project.setupCfg.has('flake8')) return 'setup.cfg [flake8]';
  if (project.toxLabel === 'tox.ini' && project.tox.has('flake8')) return 'tox.ini [flake8]';
  return undefined;
}

function banditConfig(project: PythonProject): string | undefined {
  if (isTable(tomlAt(project.pyproject, ['tool', 'bandit']))) return 'pyproject.toml [tool.bandit]';
  return exists(project.root, '.bandit', 'bandit.yaml', 'bandit.yml');
}

/** Where the project says it runs pytest: a CI, tox or nox command, pytest's own config, a dependency. */
function pytestOrigin(project: PythonProject, ci: ProjectCommand[]): string {
  return [...ci, ...project.commands].find((c) => pytestCall(c.argv))?.origin ?? pytestConfig(project)?.label ?? declaredTool(project, 'pytest') ?? 'convention';
}

/**
 * `ci`: commands of the project's CI steps (argv and origin, e.g. `.github/workflows/ci.yml:32 (job
 * test)`), taken before tox and nox for the coverage scope and the pytest check's origin.
 */
export function detectPython(root: string, reasons: string[], ci: ProjectCommand[] = []): DetectedCheck[] {
  const project = readPythonProject(root);
  const requirements = project.requirements.map((r) => r.file).filter((f) => f.endsWith('.txt'));
  const markers = [exists(root, 'pyproject.toml'), exists(root, 'setup.cfg'), exists(root, 'setup.py'), ...requirements].filter((x): x is string => !!x);
  if (markers.length === 0) return [];
  const out: DetectedCheck[] = [];
  const found: string[] = [];
  const notes: string[] = [...project.problems];
  if (hasTests(root)) {
    // `python -m pytest` puts the project folder on sys.path, so a flat-layout package imports as
    // it does for the user; pytest's cache goes to the temporary folder, not into the repository.
    const python = onPath('python') ? 'python' : 'python3';
    const scope: CoverageScope | string | undefined = pythonImports(python, 'pytest_cov') ? pytestCoverageScope(project, ci) : undefined;
    const cov = typeof scope === 'object' ? scope : undefined;
    if (typeof scope === 'string') notes.push(`coverage not measured: ${scope}`);
    found.push(`pytest${cov ? ` with pytest-cov (${cov.scope}, from ${cov.origin})` : ''}`);
    // Reports and coverage.py's data file go to the run's temporary folder: nothing is written
    // into the repository (a `.coverage` left there would show in git status).
    const covArgs = cov ? ` ${[...cov.args.map(renderWord), '--cov-report=xml:"$READINESS_TEMP/python-coverage.xml"', '--cov-report=term'].join(' ')}` : '';
    const run = `COVERAGE_FILE="$READINESS_TEMP/.coverage" ${python} -m pytest -p no:cacheprovider --junitxml="$READINESS_TEMP/pytest.xml"${covArgs}`;
    out.push({
      id: 'pytest',
      comment: 'Python tests (tests/ or test_*.py); JUnit report kept out of the repository',
      check: { category: 'tests', run, tests: { reports: '$READINESS_TEMP/pytest.xml' }, env: { PYTHONDONTWRITEBYTECODE: '1' }, requires: [python, 'pytest'] },
      origin: pytestOrigin(project, ci),
    });
    if (cov) {
      out.push({
        id: 'python-coverage',
        comment: `pytest-cov is installed: line coverage of the pytest run over ${cov.scope} (read after it, pass or fail; coverage.py's "never imported" and "no data" warnings make it an error)`,
        check: { category: 'coverage', after: ['pytest'], coverage: { reports: '$READINESS_TEMP/python-coverage.xml' }, requires: [python, 'pytest'] },
        origin: cov.origin,
      });
    }
  }
  const ruffOrigin = ruffConfig(project) ?? declaredTool(project, 'ruff', ['ruff', 'ruff-check']);
  const flake8Origin = flake8Config(project) ?? declaredTool(project, 'flake8');
  if (flake8Origin && !ruffOrigin) {
    found.push('flake8');
    // --format=default: the reader's format even when the project's config picks another one.
    out.push({ id: 'flake8', comment: 'flake8 is configured: violations counted by code', check: { category: 'quality', run: 'flake8 --format=default', sarif: { format: 'flake8' }, requires: ['flake8'] }, origin: flake8Origin });
  } else {
    found.push(ruffOrigin ? 'ruff' : 'ruff (suggested)');
    out.push({
      id: 'ruff',
      comment: ruffOrigin ? 'ruff is configured' : 'Python lint with ruff (skipped when ruff is not installed)',
      check: { category: 'quality', run: 'ruff check --output-format=sarif .', sarif: {}, requires: ['ruff'] },
      origin: ruffOrigin ?? 'convention',
      ...(ruffOrigin ? {} : { suggestion: true }),
    });
  }
  const mypy = mypyConfig(project);
  const mypyOrigin = mypy?.label ?? declaredTool(project, 'mypy');
  found.push(mypyOrigin ? 'mypy' : 'mypy (suggested)');
  // The cache goes to the temporary folder, not into the repository. The summary line is kept:
  // it tells a clean run from one that did not finish, and the reader checks its count against
  // it. stderr joins stdout so that mypy's own words on a crash or a setup error are read. A
  // config that names its `files` is followed (`mypy .` would override it: Flask's examples hold
  // two `conftest` modules that stop mypy at once).
  const files = mypy?.files ?? false;
  out.push({
    id: 'mypy',
    comment: mypyOrigin ? `mypy is configured or a dependency: errors counted by code (notes are not findings)${files ? '; the files its config names' : ''}` : 'Python type check with mypy: the project neither configures nor installs it',
    check: { category: 'build', run: `mypy --cache-dir="$READINESS_TEMP/mypy-cache" --show-column-numbers --show-error-codes --no-pretty${files ? '' : ' .'} 2>&1`, sarif: { format: 'mypy' }, requires: ['mypy'] },
    origin: mypyOrigin ?? 'convention',
    ...(mypyOrigin ? {} : { suggestion: true }),
  });
  // Bandit's SARIF keeps each result's own severity (properties.issue_severity).
  const banditOrigin = banditConfig(project) ?? declaredTool(project, 'bandit');
  found.push(banditOrigin ? 'bandit' : 'bandit (suggested)');
  out.push({
    id: 'bandit',
    comment: 'Python security lint with bandit (skipped when not installed); tests and virtualenvs left out',
    check: {
      category: 'security',
      run: 'bandit -r . -q -f sarif -o "$READINESS_TEMP/bandit.sarif" -x ./.venv,./venv,./.tox,./build,./dist,./node_modules,./tests,./test',
      sarif: { reports: '$READINESS_TEMP/bandit.sarif' },
      requires: ['bandit'],
    },
    origin: banditOrigin ?? 'convention',
    ...(banditOrigin ? {} : { suggestion: true }),
  });
  const req = requirements.find((r) => r === 'requirements.txt') ?? requirements[0];
  found.push('pip-audit');
  out.push({
    id: 'pip-audit',
    comment: `Python dependencies${req ? ` in ${req}` : ''}: pip-audit (skipped when not installed)`,
    check: { category: 'dependencies', run: `pip-audit -f json${req ? ` -r ${req}` : ''}`, audit: {}, requires: ['pip-audit'] },
    origin: declaredTool(project, 'pip-audit') ?? req ?? 'convention',
  });
  reasons.push(`Python: ${markers.join(', ')} → ${found.join(', ')} (each when installed)${notes.length ? `; ${notes.join('; ')}` : ''}`);
  return out;
}
