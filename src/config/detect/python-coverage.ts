// The scope pytest-cov measures, taken from the project as its own runs would: the `--cov` of a
// command its tox environments, nox sessions or CI run, else the `--cov` pytest's own config adds
// (addopts), else coverage.py's config (`source`, `source_pkgs`, `include`, `omit`), and only when
// the project names no scope anywhere, its own package(s) — never its tests.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { iniLines, parseIni, type IniSections } from './python-ini.js';
import { isTable, splitCommand, tomlAt, type ProjectCommand, type PythonProject } from './python-project.js';
import { read } from './shared.js';

/** The arguments pytest gets in a command (`pytest …`, `python -m pytest …`, `coverage run -m pytest …`). */
export interface PytestCall {
  args: string[];
  /** `coverage run --source=a,b --rcfile=… -m pytest`: coverage.py measures, not pytest-cov. */
  coverageRun?: CovArgs;
}

/** What a command says about coverage: `--cov` values (true for a bare `--cov`) and `--cov-config`. */
export interface CovArgs {
  sources: (string | true)[];
  config?: string;
}

const RUNNERS = new Set(['uv', 'poetry', 'pdm', 'pipenv', 'hatch', 'rye']);

/** pytest's arguments when the command runs pytest, else undefined. */
export function pytestCall(argv: string[]): PytestCall | undefined {
  let i = 0;
  while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]!)) i++;
  // `uv run pytest`, `poetry run python -m pytest`: the runner's own options come before the command.
  if (RUNNERS.has(path.basename(argv[i] ?? '')) && argv[i + 1] === 'run') for (i += 2; argv[i]?.startsWith('-'); ) i++;
  const program = path.basename(argv[i] ?? '');
  const isPython = /^python[\d.]*$/.test(program);
  if (program === 'pytest' || program === 'py.test') return { args: argv.slice(i + 1) };
  if (isPython && argv[i + 1] === '-m' && (argv[i + 2] === 'pytest' || argv[i + 2] === 'py.test')) return { args: argv.slice(i + 3) };
  const coverage = program === 'coverage' ? i + 1 : isPython && argv[i + 1] === '-m' && argv[i + 2] === 'coverage' ? i + 3 : -1;
  if (coverage < 0 || argv[coverage] !== 'run') return undefined;
  const run: CovArgs = { sources: [] };
  let j = coverage + 1;
  for (; j < argv.length && argv[j] !== '-m'; j++) {
    const [flag, inline] = splitFlag(argv[j]!);
    const value = () => inline ?? argv[++j] ?? '';
    if (flag === '--source') run.sources.push(...value().split(',').filter((s) => s !== '' && !unresolved(s)));
    else if (flag === '--rcfile') {
      const rcfile = value();
      if (!unresolved(rcfile)) run.config = rcfile;
    }
  }
  if (argv[j + 1] !== 'pytest' && argv[j + 1] !== 'py.test') return undefined;
  return { args: argv.slice(j + 2), coverageRun: run };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** A value only the project's shell or tox would know (`$PKG`, `{envname}`), or none (`--cov=" + PKG`). */
const unresolved = (value: string) => value === '' || /[$`{}]/.test(value);

/** pytest-cov's options in pytest's arguments; undefined when there are none (or none that can be read). */
export function covArgs(args: string[]): CovArgs | undefined {
  const out: CovArgs = { sources: [] };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    if (flag === '--cov') {
      // `--cov` takes an optional value: the next argument when it is not an option.
      const value = inline ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith('-') ? args[++i]! : true);
      if (value === true || !unresolved(value)) out.sources.push(value);
    } else if (flag === '--cov-config') {
      const value = inline ?? args[++i];
      if (value !== undefined && !unresolved(value)) out.config = value;
    }
  }
  return out.sources.length || out.config ? out : undefined;
}

/** The file pytest takes its config from (its own order) and that config's addopts. */
export interface PytestConfig {
  label: string;
  addopts: string[];
}

function addoptsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? splitCommand(value.replace(/\n/g, ' ')) : [];
}

export function pytestConfig(project: PythonProject): PytestConfig | undefined {
  for (const file of ['pytest.ini', '.pytest.ini']) {
    const text = read(path.join(project.root, file));
    // pytest takes pytest.ini even without a [pytest] section.
    if (text !== undefined) return { label: `${file} [pytest]`, addopts: addoptsOf(parseIni(text).get('pytest')?.get('addopts')) };
  }
  const iniOptions = tomlAt(project.pyproject, ['tool', 'pytest', 'ini_options']);
  if (isTable(iniOptions)) return { label: 'pyproject.toml [tool.pytest.ini_options]', addopts: addoptsOf(iniOptions.addopts) };
  // pytest 9 reads a native [tool.pytest] table.
  const native = tomlAt(project.pyproject, ['tool', 'pytest']);
  if (isTable(native) && Object.keys(native).some((k) => k !== 'ini_options')) return { label: 'pyproject.toml [tool.pytest]', addopts: addoptsOf(native.addopts) };
  const toxPytest = project.toxLabel === 'tox.ini' ? project.tox.get('pytest') : undefined;
  if (toxPytest) return { label: 'tox.ini [pytest]', addopts: addoptsOf(toxPytest.get('addopts')) };
  const cfg = project.setupCfg.get('tool:pytest');
  if (cfg) return { label: 'setup.cfg [tool:pytest]', addopts: addoptsOf(cfg.get('addopts')) };
  return undefined;
}

/** coverage.py's `[run]` settings that set what is measured, from the file coverage.py reads. */
export interface CoverageConfig {
  /** e.g. `pyproject.toml [tool.coverage.run]`. */
  label: string;
  /** `source = calc`, `omit = tests/*`: the scope settings present, in words. */
  scope: string[];
}

const SCOPE_KEYS = ['source', 'source_pkgs', 'include', 'omit'];

/** A setting's values for a comment: the first few, then how many more. */
function shortList(values: string[]): string {
  return values.length > 4 ? `${values.slice(0, 3).join(', ')} and ${values.length - 3} more` : values.join(', ');
}

function iniScope(sections: IniSections, names: string[]): string[] | undefined {
  const name = names.find((n) => sections.has(n));
  if (!name) return undefined;
  const run = sections.get(name)!;
  return SCOPE_KEYS.filter((k) => run.has(k)).map((k) => `${k} = ${shortList(iniLines(run.get(k)!.replace(/,/g, '\n')))}`);
}

function tomlScope(doc: Record<string, unknown>): string[] {
  const run = tomlAt(doc, ['tool', 'coverage', 'run']);
  if (!isTable(run)) return [];
  return SCOPE_KEYS.filter((k) => run[k] !== undefined).map((k) => `${k} = ${shortList(([] as unknown[]).concat(run[k]).map(String))}`);
}

/**
 * coverage.py's own order: the file `--cov-config` names (pytest-cov's default `.coveragerc`), then
 * setup.cfg, tox.ini and pyproject.toml; the first with a coverage section is the config.
 */
export function coverageConfig(project: PythonProject, covConfig = '.coveragerc'): CoverageConfig | undefined {
  const named = read(path.join(project.root, covConfig));
  if (named !== undefined) {
    if (/\.toml$/.test(covConfig)) {
      let doc: Record<string, unknown> = {};
      try {
        doc = parseToml(named);
      } catch {
        // coverage.py says what is wrong with its own config when it runs.
      }
      return { label: `${covConfig} [tool.coverage.run]`, scope: tomlScope(doc) };
    }
    const sections = parseIni(named);
    return { label: `${covConfig} [run]`, scope: iniScope(sections, ['run', 'coverage:run']) ?? [] };
  }
  const hasCoverage = (s: IniSections) => [...s.keys()].some((k) => k.startsWith('coverage:'));
  if (hasCoverage(project.setupCfg)) return { label: 'setup.cfg [coverage:run]', scope: iniScope(project.setupCfg, ['coverage:run']) ?? [] };
  if (project.toxLabel === 'tox.ini' && hasCoverage(project.tox)) return { label: 'tox.ini [coverage:run]', scope: iniScope(project.tox, ['coverage:run']) ?? [] };
  if (isTable(tomlAt(project.pyproject, ['tool', 'coverage']))) return { label: 'pyproject.toml [tool.coverage.run]', scope: tomlScope(project.pyproject) };
  return undefined;
}

const NOT_PACKAGES = new Set(['tests', 'test', 'testing', 'docs', 'doc', 'examples', 'example', 'benchmarks', 'benchmark', 'bench', 'scripts', 'tools', 'build', 'dist', 'site', 'venv', 'env']);
const NOT_MODULES = new Set(['setup', 'conftest', 'noxfile', 'tasks', 'fabfile', 'manage', 'dodo', 'version', '_version']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function list(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return [];
  }
}

/**
 * The project's own importable packages: those under `src/` (a namespace package too), else the
 * top-level folders with an `__init__.py`, else the top-level modules; tests, docs and examples never.
 */
export function ownPackages(root: string): { names: string[]; where: string } {
  const isTestModule = (n: string) => /^test_|_test$|^tests?$/.test(n);
  const srcDir = path.join(root, 'src');
  if (existsSync(srcDir)) {
    const names = list(srcDir)
      .filter((e) => IDENTIFIER.test(e.name.replace(/\.py$/, '')) && !NOT_PACKAGES.has(e.name))
      .filter((e) => (e.dir ? list(path.join(srcDir, e.name)).some((f) => f.name.endsWith('.py') || f.dir) : e.name.endsWith('.py') && !NOT_MODULES.has(e.name.slice(0, -3))))
      .map((e) => e.name.replace(/\.py$/, ''))
      .filter((n) => !isTestModule(n));
    if (names.length) return { names: names.sort(), where: names.map((n) => `src/${n}`).join(', ') };
  }
  const entries = list(root);
  const packages = entries.filter((e) => e.dir && IDENTIFIER.test(e.name) && !NOT_PACKAGES.has(e.name) && !isTestModule(e.name) && existsSync(path.join(root, e.name, '__init__.py'))).map((e) => e.name);
  if (packages.length) return { names: packages.sort(), where: packages.map((n) => `${n}/`).join(', ') };
  const modules = entries
    .filter((e) => !e.dir && e.name.endsWith('.py'))
    .map((e) => e.name.slice(0, -3))
    .filter((n) => IDENTIFIER.test(n) && !NOT_MODULES.has(n) && !isTestModule(n));
  return { names: modules.sort(), where: modules.map((n) => `${n}.py`).join(', ') };
}

/** What the coverage check measures, and where that comes from. */
export interface CoverageScope {
  /** pytest-cov arguments added to the pytest command (none when pytest's addopts gives them). */
  args: string[];
  /** e.g. `tox.ini [testenv] commands`, `convention`. */
  origin: string;
  /** The scope in words, for the check's comment. */
  scope: string;
}

function argsOf(cov: CovArgs): string[] {
  const bare = cov.sources.includes(true);
  // pytest-cov reads `--cov --cov=x` as a bare `--cov`: coverage.py's config decides.
  const sources = bare ? ['--cov'] : cov.sources.map((s) => `--cov=${s as string}`);
  return [...sources, ...(cov.config ? [`--cov-config=${cov.config}`] : [])];
}

function describe(project: PythonProject, cov: CovArgs): string {
  if (!cov.sources.includes(true) && cov.sources.length) return argsOf(cov).join(' ');
  const config = coverageConfig(project, cov.config);
  return config?.scope.length ? `${config.label} ${config.scope.join('; ')}` : 'every file the tests run (a bare --cov and no coverage.py scope)';
}

/**
 * The scope: a command of the project (those passed first, e.g. CI steps, then tox and nox) that
 * runs pytest with `--cov`, else pytest's addopts, else coverage.py's config, else the project's own
 * package(s). A string is why there is nothing to measure.
 */
export function pytestCoverageScope(project: PythonProject, first: ProjectCommand[] = []): CoverageScope | string {
  for (const command of [...first, ...project.commands]) {
    const call = pytestCall(command.argv);
    if (!call) continue;
    const cov = call.coverageRun ?? covArgs(call.args);
    if (!cov || (cov.sources.length === 0 && !call.coverageRun)) continue;
    // `coverage run` without --source measures what its config says, as a bare `--cov` does.
    const normalised = cov.sources.length ? cov : { ...cov, sources: [true as const] };
    return { args: argsOf(normalised), origin: command.origin, scope: describe(project, normalised) };
  }
  const config = pytestConfig(project);
  const fromAddopts = config && covArgs(config.addopts);
  if (config && fromAddopts && fromAddopts.sources.length) return { args: [], origin: `${config.label} addopts`, scope: describe(project, fromAddopts) };
  const coverage = coverageConfig(project, fromAddopts?.config);
  if (coverage?.scope.length) return { args: ['--cov'], origin: coverage.label, scope: `${coverage.label} ${coverage.scope.join('; ')}` };
  const own = ownPackages(project.root);
  if (!own.names.length) return 'no coverage scope in the project and no package of its own found (src/<package>, a top-level package with __init__.py, or a module)';
  return { args: own.names.map((n) => `--cov=${n}`), origin: 'convention', scope: `the project's own code: ${own.where}` };
}
