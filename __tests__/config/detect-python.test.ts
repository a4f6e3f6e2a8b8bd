// Python detection on small projects the tests write: the coverage scope pytest-cov gets comes from
// the project (tox, nox, pytest's addopts, coverage.py's config, else its own packages), and every
// check names where it came from, a convention-only one being a suggestion.
import { describe, expect, it } from 'vitest';
import { detectPython } from '../../src/config/detect/python.js';
import { covArgs, ownPackages, pytestCall, pytestCoverageScope } from '../../src/config/detect/python-coverage.js';
import { parseIni } from '../../src/config/detect/python-ini.js';
import { readPythonProject } from '../../src/config/detect/python-project.js';
import { tempDir, writeFiles } from '../helpers.js';

function writeProject(files: Record<string, string>): string {
  const dir = tempDir();
  writeFiles(dir, files);
  return dir;
}

function scope(files: Record<string, string>) {
  return pytestCoverageScope(readPythonProject(writeProject(files)));
}

const PKG = { 'pyproject.toml': '[project]\nname = "calc"\n', 'calc/__init__.py': '', 'tests/test_calc.py': 'def test_x(): pass\n' };

describe('the INI dialect of tox.ini and setup.cfg', () => {
  it('reads continuation lines, both separators, full-line comments, case-folded keys', () => {
    const ini = parseIni('# top\n[testenv]\nCommands =\n    pytest --cov=calc \\\n        -q\n\n    ; a comment\n    flake8\nDeps: pytest\n[flake8]\nmax-line-length=100\n');
    expect(ini.get('testenv')?.get('commands')).toBe('\npytest --cov=calc \\\n-q\n\nflake8');
    expect(ini.get('testenv')?.get('deps')).toBe('pytest');
    expect(ini.get('flake8')?.get('max-line-length')).toBe('100');
  });
});

describe('pytest and pytest-cov arguments in a command', () => {
  it('finds pytest behind python -m, uv run and coverage run, and reads --cov in its forms', () => {
    expect(pytestCall(['pytest', '-q'])).toEqual({ args: ['-q'] });
    expect(pytestCall(['uv', 'run', '--frozen', 'python3', '-m', 'pytest', 'tests'])).toEqual({ args: ['tests'] });
    expect(pytestCall(['coverage', 'run', '--source=calc,util', '--rcfile', 'cov.ini', '-m', 'pytest', '-x'])).toEqual({ args: ['-x'], coverageRun: { sources: ['calc', 'util'], config: 'cov.ini' } });
    expect(pytestCall(['flake8', 'calc'])).toBeUndefined();
    expect(covArgs(['--cov=calc', '--cov', 'util', '--cov-report=xml', '--cov-config=.cov.ini'])).toEqual({ sources: ['calc', 'util'], config: '.cov.ini' });
    expect(covArgs(['--cov', '-q'])).toEqual({ sources: [true] });
    expect(covArgs(['-q'])).toBeUndefined();
  });
});

describe('the coverage scope', () => {
  it("tox.ini's [testenv] commands give --cov=<pkg>, with {posargs} and a continued line", () => {
    const tox = '[tox]\nenvlist = py\n\n[testenv]\ndeps = pytest-cov\ncommands =\n    pytest --cov=calc \\\n        --cov-report=term-missing {posargs}\n';
    expect(scope({ ...PKG, 'tox.ini': tox })).toEqual({ args: ['--cov=calc'], origin: 'tox.ini [testenv] commands', scope: '--cov=calc' });
  });

  it('a named tox environment, the installed package by name, a factor condition, and coverage run --source', () => {
    const named = '[testenv]\ncommands = pytest\n\n[testenv:cov]\ncommands =\n    py312: pytest --cov={envsitepackagesdir}/calc --cov-config={toxinidir}/.coveragerc\n';
    expect(scope({ ...PKG, 'tox.ini': named })).toEqual({ args: ['--cov=calc', '--cov-config=./.coveragerc'], origin: 'tox.ini [testenv:cov] commands', scope: '--cov=calc --cov-config=./.coveragerc' });
    const run = '[testenv]\ncommands =\n    coverage run --source=calc -m pytest\n    coverage report\n';
    expect(scope({ ...PKG, 'tox.ini': run })).toMatchObject({ args: ['--cov=calc'], origin: 'tox.ini [testenv] commands' });
    // pluggy's form: the command is an environment variable's default; no --cov there, so .coveragerc decides.
    const env = '[testenv]\ncommands=\n  {env:_TOX_CMD:pytest} {posargs}\n';
    const project = readPythonProject(writeProject({ ...PKG, 'tox.ini': env, '.coveragerc': '[run]\ninclude =\n  calc/*\n' }));
    expect(project.commands[0]).toEqual({ argv: ['pytest'], origin: 'tox.ini [testenv] commands' });
    expect(pytestCoverageScope(project)).toEqual({ args: ['--cov'], origin: '.coveragerc [run]', scope: '.coveragerc [run] include = calc/*' });
  });

  it("pyproject.toml's legacy_tox_ini and tox 4's TOML commands", () => {
    const legacy = `${PKG['pyproject.toml']}[tool.tox]\nlegacy_tox_ini = """\n[testenv]\ncommands = pytest --cov calc\n"""\n`;
    expect(scope({ ...PKG, 'pyproject.toml': legacy })).toMatchObject({ args: ['--cov=calc'], origin: 'pyproject.toml [tool.tox] legacy_tox_ini [testenv] commands' });
    const toml = '[env_run_base]\ncommands = [["pytest", "--cov=calc", { replace = "posargs", extend = true }]]\n';
    expect(scope({ ...PKG, 'tox.toml': toml })).toMatchObject({ args: ['--cov=calc'], origin: 'tox.toml [env_run_base] commands' });
  });

  it("noxfile.py's session.run, an f-string of a module constant included", () => {
    const nox = 'import nox\n\nPACKAGE = "calc"\n\n@nox.session\ndef tests(session):\n    session.install(".[test]")\n    session.run(\n        "pytest", f"--cov={PACKAGE}", "--cov-report=xml", *session.posargs\n    )\n';
    expect(scope({ ...PKG, 'noxfile.py': nox })).toEqual({ args: ['--cov=calc'], origin: 'noxfile.py:8 (session tests)', scope: '--cov=calc' });
  });

  it("pytest's addopts with --cov=<pkg> adds nothing (no second bare --cov), from the file pytest reads first", () => {
    const toml = `${PKG['pyproject.toml']}[tool.pytest.ini_options]\naddopts = "-ra --cov=calc --cov-report=term"\n`;
    expect(scope({ ...PKG, 'pyproject.toml': toml })).toEqual({ args: [], origin: 'pyproject.toml [tool.pytest.ini_options] addopts', scope: '--cov=calc' });
    const list = `${PKG['pyproject.toml']}[tool.pytest.ini_options]\naddopts = ["--cov=calc", "--cov=util"]\n`;
    expect(scope({ ...PKG, 'pyproject.toml': list })).toMatchObject({ args: [], scope: '--cov=calc --cov=util' });
    // pytest.ini comes before pyproject.toml, setup.cfg's [tool:pytest] after tox.ini's [pytest].
    expect(scope({ ...PKG, 'pyproject.toml': toml, 'pytest.ini': '[pytest]\naddopts = -q\n' })).toMatchObject({ origin: 'convention' });
    expect(scope({ ...PKG, 'setup.cfg': '[tool:pytest]\naddopts =\n    --cov=calc\n    -q\n' })).toMatchObject({ args: [], origin: 'setup.cfg [tool:pytest] addopts' });
    expect(scope({ ...PKG, 'tox.ini': '[pytest]\naddopts = --cov=calc\n', 'setup.cfg': '[tool:pytest]\naddopts = -q\n' })).toMatchObject({ origin: 'tox.ini [pytest] addopts' });
  });

  it('a CI step given by the caller comes before tox', () => {
    const project = readPythonProject(writeProject({ ...PKG, 'tox.ini': '[testenv]\ncommands = pytest --cov=calc\n' }));
    const ci = [{ argv: ['uv', 'run', 'pytest', '--cov=calc', '--cov=calc_ext'], origin: '.github/workflows/ci.yml:20 (job test)' }];
    expect(pytestCoverageScope(project, ci)).toMatchObject({ args: ['--cov=calc', '--cov=calc_ext'], origin: '.github/workflows/ci.yml:20 (job test)' });
    const reasons: string[] = [];
    expect(detectPython(project.root, reasons, ci).find((c) => c.id === 'pytest')).toMatchObject({ origin: '.github/workflows/ci.yml:20 (job test)' });
  });

  it("a project command's --cov comes before addopts", () => {
    const toml = `${PKG['pyproject.toml']}[tool.pytest.ini_options]\naddopts = "--cov=calc"\n`;
    expect(scope({ ...PKG, 'pyproject.toml': toml, 'tox.ini': '[testenv]\ncommands = pytest --cov=calc --cov=extra\n' })).toMatchObject({ args: ['--cov=calc', '--cov=extra'], origin: 'tox.ini [testenv] commands' });
  });

  it("coverage.py's own config (source, include, omit) makes a bare --cov, read from the file coverage.py reads first", () => {
    const toml = `${PKG['pyproject.toml']}[tool.coverage.run]\nsource = ["calc"]\nomit = ["calc/_vendor/*"]\n`;
    expect(scope({ ...PKG, 'pyproject.toml': toml })).toEqual({ args: ['--cov'], origin: 'pyproject.toml [tool.coverage.run]', scope: 'pyproject.toml [tool.coverage.run] source = calc; omit = calc/_vendor/*' });
    // .coveragerc first, then setup.cfg, tox.ini, pyproject.toml: the first with a coverage section wins.
    expect(scope({ ...PKG, 'pyproject.toml': toml, '.coveragerc': '[run]\nbranch = True\n' })).toMatchObject({ origin: 'convention', args: ['--cov=calc'] });
    expect(scope({ ...PKG, 'setup.cfg': '[coverage:run]\nsource =\n    calc\n    util\n' })).toMatchObject({ args: ['--cov'], scope: 'setup.cfg [coverage:run] source = calc, util' });
    expect(scope({ ...PKG, 'tox.ini': '[coverage:run]\ninclude = calc/*\n' })).toMatchObject({ args: ['--cov'], origin: 'tox.ini [coverage:run]' });
    // A bare --cov in addopts: coverage.py's config decides, and the comment says which.
    const bare = `${PKG['pyproject.toml']}[tool.pytest.ini_options]\naddopts = "--cov"\n[tool.coverage.run]\nsource = ["calc"]\n`;
    expect(scope({ ...PKG, 'pyproject.toml': bare })).toEqual({ args: [], origin: 'pyproject.toml [tool.pytest.ini_options] addopts', scope: 'pyproject.toml [tool.coverage.run] source = calc' });
  });

  it("with no scope anywhere, the project's own packages: src layout or top-level packages, never tests or docs", () => {
    expect(scope({ ...PKG, 'calc/__init__.py': '', 'util/__init__.py': '', 'docs/__init__.py': '', 'tests/__init__.py': '', 'examples/__init__.py': '' })).toEqual({ args: ['--cov=calc', '--cov=util'], origin: 'convention', scope: "the project's own code: calc/, util/" });
    expect(scope({ 'pyproject.toml': '[project]\nname = "calc"\n', 'src/calc/__init__.py': '', 'src/calc/ops.py': '', 'tests/test_x.py': '' })).toMatchObject({ args: ['--cov=calc'], scope: "the project's own code: src/calc" });
    expect(ownPackages(writeProject({ 'setup.py': '', 'conftest.py': '', 'calc.py': '', 'test_calc.py': '' }))).toEqual({ names: ['calc'], where: 'calc.py' });
    expect(scope({ 'pyproject.toml': '', 'tests/test_x.py': '' })).toMatch(/^no coverage scope in the project and no package of its own found/);
  });
});

describe('files detection cannot read as their format', () => {
  it('a broken tox.ini, noxfile.py, pre-commit config or shell word never stops detection', () => {
    const files = {
      ...PKG,
      'tox.ini': '[testenv]\ncommands =\n    pytest --cov=${PKG --cov-config="unterminated\n    pytest --cov=$PKG\n\x00\xff[[[\n',
      'noxfile.py': 'def tests(session):\n    session.run("pytest", "--cov=" + package(\n',
      '.pre-commit-config.yaml': 'repos: [\n',
    };
    expect(scope(files)).toMatchObject({ args: ['--cov=calc'], origin: 'convention' });
    const reasons: string[] = [];
    expect(detectPython(writeProject(files), reasons).map((c) => c.id)).toContain('pytest');
    expect(reasons[0]).toMatch(/\.pre-commit-config\.yaml is not valid YAML/);
    // A value only the shell knows is no scope; a glob stays a word.
    expect(covArgs(['--cov=$PKG'])).toBeUndefined();
    expect(pytestCall(['pytest', 'tests/*.py', '--cov=calc'])).toEqual({ args: ['tests/*.py', '--cov=calc'] });
  });
});

describe('origins and suggestions of the Python checks', () => {
  const byId = (files: Record<string, string>) => {
    const reasons: string[] = [];
    const checks = detectPython(writeProject(files), reasons);
    return { reasons, get: (id: string) => checks.find((c) => c.id === id) };
  };

  it('configured or declared tools name the file; convention-only ones are suggestions', () => {
    const configured = byId({
      ...PKG,
      'pyproject.toml': `${PKG['pyproject.toml']}[tool.ruff]\nline-length = 100\n[tool.mypy]\nstrict = true\n[tool.bandit]\nskips = ["B101"]\n[tool.pytest.ini_options]\naddopts = "-q"\n`,
    });
    expect(configured.get('pytest')).toMatchObject({ origin: 'pyproject.toml [tool.pytest.ini_options]' });
    expect(configured.get('ruff')).toMatchObject({ origin: 'pyproject.toml [tool.ruff]' });
    expect(configured.get('ruff')).not.toHaveProperty('suggestion');
    expect(configured.get('mypy')).toMatchObject({ origin: 'pyproject.toml [tool.mypy]' });
    expect(configured.get('bandit')).toMatchObject({ origin: 'pyproject.toml [tool.bandit]' });

    const bare = byId(PKG);
    expect(bare.get('pytest')).toMatchObject({ origin: 'convention' });
    expect(bare.get('pytest')).not.toHaveProperty('suggestion');
    for (const id of ['ruff', 'mypy', 'bandit']) expect(bare.get(id), id).toMatchObject({ origin: 'convention', suggestion: true });
    expect(bare.reasons[0]).toMatch(/ruff \(suggested\), mypy \(suggested\), bandit \(suggested\)/);
  });

  it('a tox command, a pre-commit hook or a dependency declares a tool', () => {
    const { get } = byId({
      ...PKG,
      'tox.ini': '[testenv]\ncommands = pytest\n\n[testenv:lint]\ndeps = bandit\ncommands = flake8 calc\n',
      'setup.cfg': '[flake8]\nmax-line-length = 100\n',
      '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/pre-commit/mirrors-mypy\n    rev: v1.0.0\n    hooks:\n      - id: mypy\n',
      'requirements-dev.txt': 'pip-audit>=2\n',
    });
    expect(get('pytest')).toMatchObject({ origin: 'tox.ini [testenv] commands' });
    expect(get('flake8')).toMatchObject({ origin: 'setup.cfg [flake8]' });
    expect(get('mypy')).toMatchObject({ origin: '.pre-commit-config.yaml' });
    expect(get('bandit')).toMatchObject({ origin: 'tox.ini [testenv:lint] deps' });
    expect(get('pip-audit')).toMatchObject({ origin: 'requirements-dev.txt' });
    const poetry = byId({ ...PKG, 'pyproject.toml': `${PKG['pyproject.toml']}[tool.poetry.group.dev.dependencies]\nMyPy = "^1.0"\nruff = "*"\n` });
    expect(poetry.get('mypy')).toMatchObject({ origin: 'pyproject.toml [tool.poetry.group.dev.dependencies]' });
    expect(poetry.get('ruff')).toMatchObject({ origin: 'pyproject.toml [tool.poetry.group.dev.dependencies]' });
  });

  it('the pytest run keeps coverage.py\'s data file in $READINESS_TEMP, and a pyproject.toml that is not TOML is named', () => {
    const broken = byId({ ...PKG, 'pyproject.toml': '[project\nname = "calc"\n' });
    expect(broken.get('pytest')!.check.run).toMatch(/^COVERAGE_FILE="\$READINESS_TEMP\/\.coverage" python3? -m pytest /);
    expect(broken.reasons[0]).toMatch(/pyproject\.toml is not valid TOML \(line 1, column \d+\)/);
  });
});
