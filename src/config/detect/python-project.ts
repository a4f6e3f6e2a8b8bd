// What a Python project says about itself, read once for detection: pyproject.toml (as TOML),
// setup.cfg and tox.ini (as configparser reads them), the commands its tox environments and nox
// sessions run, its dependencies and its pre-commit hooks. Only reading; nothing is run.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseShell } from 'shell-quote';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { iniLines, parseIni, type IniSections } from './python-ini.js';
import { exists, read } from './shared.js';

type Table = Record<string, unknown>;

/** One command the project runs, split into arguments, and where it is written. */
export interface ProjectCommand {
  argv: string[];
  /** e.g. `tox.ini [testenv] commands`, `noxfile.py:12 (session tests)`. */
  origin: string;
}

export interface PythonProject {
  root: string;
  /** pyproject.toml parsed; empty when there is none or it is not valid TOML. */
  pyproject: Table;
  setupCfg: IniSections;
  tox: IniSections;
  /** The file tox's INI came from: `tox.ini`, or pyproject's `legacy_tox_ini`. */
  toxLabel: string;
  /** Every command of every tox environment and nox session, in file order. */
  commands: ProjectCommand[];
  requirements: { file: string; text: string }[];
  /** Hook ids of .pre-commit-config.yaml. */
  preCommitHooks: Set<string>;
  /** Files detection could not read as their format, each with the parser's words. */
  problems: string[];
}

export function isTable(v: unknown): v is Table {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The value at a dotted path of tables (`tool.pytest.ini_options`), or undefined. */
export function tomlAt(doc: Table, keys: string[]): unknown {
  let v: unknown = doc;
  for (const k of keys) {
    if (!isTable(v)) return undefined;
    v = v[k];
  }
  return v;
}

function readToml(root: string, file: string, problems: string[]): Table | undefined {
  const text = read(path.join(root, file));
  if (text === undefined) return undefined;
  try {
    return parseToml(text) as Table;
  } catch (err) {
    const where = err instanceof TomlError ? ` (line ${err.line}, column ${err.column})` : '';
    problems.push(`${file} is not valid TOML${where}: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** tox's substitutions that matter for arguments; `{posargs}` and `{env:X}` give their default or nothing. */
function substituteTox(line: string): string {
  return line
    .replace(/\{posargs(?::([^}]*))?\}|\[\]/g, (_m, dflt: string | undefined) => dflt ?? '')
    .replace(/\{env:[A-Za-z_][A-Za-z0-9_]*(?::([^}]*))?\}/g, (_m, dflt: string | undefined) => dflt ?? '')
    .replace(/\{(toxinidir|tox_root)\}/g, '.')
    .replace(/\{(envpython|env_python)\}/g, 'python')
    .replace(/\{(envbindir|env_bin_dir)\}\//g, '')
    // `--cov={envsitepackagesdir}/pkg` measures the installed package: by its name from here.
    .replace(/\{(envsitepackagesdir|env_site_packages_dir)\}\/?/g, '');
}

/** Arguments of one command line, as a POSIX shell splits them (tox uses shlex); operators end it. */
export function splitCommand(line: string): string[] {
  let tokens: ReturnType<typeof parseShell>;
  try {
    tokens = parseShell(line, (name) => `$${name}`);
  } catch {
    // A substitution the parser refuses (`${x`): the words as they are, which at worst match nothing.
    return line.split(/\s+/).filter((w) => w !== '');
  }
  const argv: string[] = [];
  for (const token of tokens) {
    if (typeof token === 'string') argv.push(token);
    else if ('op' in token && token.op === 'glob') argv.push(token.pattern);
    else break;
  }
  return argv;
}

function toxIniCommands(tox: IniSections, label: string): ProjectCommand[] {
  const out: ProjectCommand[] = [];
  const envs = [...tox.keys()].filter((s) => s === 'testenv' || s.startsWith('testenv:'));
  for (const env of envs) {
    const joined = (tox.get(env)?.get('commands') ?? '').replace(/\\\n/g, ' ');
    for (let line of iniLines(joined)) {
      // A factor condition (`py312: pytest …`), then `-` (errors ignored) or `!` (exit code inverted).
      line = line.replace(/^[A-Za-z0-9_.,!-]+:\s+/, '').replace(/^[-!]\s*/, '');
      const argv = splitCommand(substituteTox(line));
      if (argv.length) out.push({ argv, origin: `${label} [${env}] commands` });
    }
  }
  return out;
}

/** tox 4's TOML form: `env_run_base.commands` and `env.<name>.commands`, lists of argument lists. */
function toxTomlCommands(tox: Table, label: string): ProjectCommand[] {
  const out: ProjectCommand[] = [];
  const take = (commands: unknown, where: string) => {
    if (!Array.isArray(commands)) return;
    for (const c of commands) {
      if (!Array.isArray(c)) continue;
      const argv = c.filter((a): a is string => typeof a === 'string').map(substituteTox).filter((a) => a !== '');
      if (argv.length) out.push({ argv, origin: `${label} ${where}` });
    }
  };
  take(tomlAt(tox, ['env_run_base', 'commands']), '[env_run_base] commands');
  const envs = tomlAt(tox, ['env']);
  if (isTable(envs)) for (const [name, env] of Object.entries(envs)) if (isTable(env)) take(env.commands, `[env.${name}] commands`);
  return out;
}

/** The string literals of a Python call's arguments; f-strings resolve module-level string constants. */
function literals(args: string, constants: Map<string, string>): string[] {
  const out: string[] = [];
  for (const m of args.matchAll(/([rRuUfF]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\b([A-Z_][A-Z0-9_]*)\b/g)) {
    if (m[3] !== undefined) {
      const c = constants.get(m[3]);
      if (c !== undefined) out.push(c);
      continue;
    }
    let s = m[2]!.slice(1, -1);
    if (/f/i.test(m[1]!)) {
      let unresolved = false;
      s = s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_x, name: string) => constants.get(name) ?? ((unresolved = true), ''));
      if (unresolved || /[{}]/.test(s.replace(/\{\{|\}\}/g, ''))) continue;
      s = s.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    }
    out.push(s);
  }
  return out;
}

/** `session.run("pytest", "--cov=pkg", …)` calls of noxfile.py, with literal arguments only. */
function noxCommands(text: string): ProjectCommand[] {
  const constants = new Map<string, string>();
  for (const m of text.matchAll(/^([A-Z_][A-Z0-9_]*)\s*=\s*(["'])([^"'\n]*)\2\s*$/gm)) constants.set(m[1]!, m[3]!);
  const out: ProjectCommand[] = [];
  for (const m of text.matchAll(/\bsession\.run\(/g)) {
    // The call's end: the parenthesis that closes it, strings skipped.
    let depth = 1;
    let i = m.index + m[0].length;
    let quote = '';
    for (; i < text.length && depth > 0; i++) {
      const ch = text[i]!;
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
    const argv = literals(text.slice(m.index + m[0].length, i - 1), constants);
    if (!argv.length) continue;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    const session = [...before.matchAll(/^\s*def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/gm)].pop()?.[1];
    out.push({ argv, origin: `noxfile.py:${line}${session ? ` (session ${session})` : ''}` });
  }
  return out;
}

function preCommitHooks(root: string, problems: string[]): Set<string> {
  const hooks = new Set<string>();
  const file = exists(root, '.pre-commit-config.yaml', '.pre-commit-config.yml');
  const text = file && read(path.join(root, file));
  if (!file || text === undefined) return hooks;
  try {
    const doc: unknown = parseYaml(text);
    const repos = isTable(doc) && Array.isArray(doc.repos) ? doc.repos : [];
    for (const repo of repos) {
      if (!isTable(repo) || !Array.isArray(repo.hooks)) continue;
      for (const hook of repo.hooks) if (isTable(hook) && typeof hook.id === 'string') hooks.add(hook.id);
    }
  } catch (err) {
    problems.push(`${file} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return hooks;
}

export function readPythonProject(root: string): PythonProject {
  const problems: string[] = [];
  const pyproject = readToml(root, 'pyproject.toml', problems) ?? {};
  const setupCfg = parseIni(read(path.join(root, 'setup.cfg')) ?? '');
  const toxIni = read(path.join(root, 'tox.ini'));
  const legacy = tomlAt(pyproject, ['tool', 'tox', 'legacy_tox_ini']);
  // tox reads tox.ini first, then setup.cfg's [tox:tox] is not a commands source we follow, then pyproject.
  const [toxText, toxLabel] = toxIni !== undefined ? [toxIni, 'tox.ini'] : typeof legacy === 'string' ? [legacy, 'pyproject.toml [tool.tox] legacy_tox_ini'] : ['', 'tox.ini'];
  const tox = parseIni(toxText);
  const commands = toxIniCommands(tox, toxLabel);
  if (toxIni === undefined && typeof legacy !== 'string') {
    const toxToml = readToml(root, 'tox.toml', problems);
    if (toxToml) commands.push(...toxTomlCommands(toxToml, 'tox.toml'));
    else {
      const fromPyproject = tomlAt(pyproject, ['tool', 'tox']);
      if (isTable(fromPyproject)) commands.push(...toxTomlCommands(fromPyproject, 'pyproject.toml [tool.tox]'));
    }
  }
  const nox = read(path.join(root, 'noxfile.py'));
  if (nox !== undefined) commands.push(...noxCommands(nox));
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    // An unreadable root has no requirements files.
  }
  const requirements = names
    .filter((f) => /^requirements.*\.(txt|in)$/.test(f))
    .sort()
    .map((file) => ({ file, text: read(path.join(root, file)) ?? '' }));
  return { root, pyproject, setupCfg, tox, toxLabel, commands, requirements, preCommitHooks: preCommitHooks(root, problems), problems };
}

/** A PEP 508 requirement's distribution name, normalised (`Flake8[extra]>=7` → `flake8`). */
function requirementName(spec: string): string | undefined {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1]?.toLowerCase().replace(/[._]+/g, '-');
}

/** Every dependency list of pyproject.toml (PEP 621, dependency groups, Poetry, PDM, uv), with where it is. */
function pyprojectDependencies(doc: Table): { names: string[]; where: string }[] {
  const out: { names: string[]; where: string }[] = [];
  const list = (v: unknown, where: string) => {
    if (Array.isArray(v)) out.push({ names: v.filter((x): x is string => typeof x === 'string').map(requirementName).filter((x): x is string => !!x), where });
  };
  const groups = (v: unknown, where: string) => {
    if (isTable(v)) for (const [name, deps] of Object.entries(v)) list(deps, `${where}.${name}`);
  };
  const poetry = (v: unknown, where: string) => {
    if (isTable(v)) out.push({ names: Object.keys(v).map((k) => k.toLowerCase().replace(/[._]+/g, '-')), where });
  };
  list(tomlAt(doc, ['project', 'dependencies']), 'pyproject.toml [project] dependencies');
  groups(tomlAt(doc, ['project', 'optional-dependencies']), 'pyproject.toml [project.optional-dependencies]');
  groups(tomlAt(doc, ['dependency-groups']), 'pyproject.toml [dependency-groups]');
  list(tomlAt(doc, ['tool', 'uv', 'dev-dependencies']), 'pyproject.toml [tool.uv] dev-dependencies');
  groups(tomlAt(doc, ['tool', 'pdm', 'dev-dependencies']), 'pyproject.toml [tool.pdm.dev-dependencies]');
  poetry(tomlAt(doc, ['tool', 'poetry', 'dependencies']), 'pyproject.toml [tool.poetry.dependencies]');
  poetry(tomlAt(doc, ['tool', 'poetry', 'dev-dependencies']), 'pyproject.toml [tool.poetry.dev-dependencies]');
  const poetryGroups = tomlAt(doc, ['tool', 'poetry', 'group']);
  if (isTable(poetryGroups)) for (const [name, g] of Object.entries(poetryGroups)) poetry(tomlAt(g as Table, ['dependencies']), `pyproject.toml [tool.poetry.group.${name}.dependencies]`);
  return out;
}

/**
 * Where the project declares that it uses a tool (distribution name, lower case): a tox or nox
 * command running it, a pre-commit hook, or a dependency list (pyproject.toml, setup.cfg, tox
 * `deps`, requirements files). Undefined when it never does.
 */
export function declaredTool(project: PythonProject, tool: string, hookIds: string[] = [tool]): string | undefined {
  const runs = project.commands.find((c) => {
    const argv = c.argv.filter((a) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(a));
    const program = path.basename(argv[0] ?? '');
    return program === tool || (/^python[\d.]*$/.test(program) && argv[1] === '-m' && argv[2] === tool.replace(/-/g, '_'));
  });
  if (runs) return runs.origin;
  if (hookIds.some((id) => project.preCommitHooks.has(id))) return '.pre-commit-config.yaml';
  for (const { names, where } of pyprojectDependencies(project.pyproject)) if (names.includes(tool)) return where;
  const options = project.setupCfg.get('options');
  const extras = project.setupCfg.get('options.extras_require');
  for (const [label, value] of [
    ['setup.cfg [options] install_requires', options?.get('install_requires')],
    ['setup.cfg [options] tests_require', options?.get('tests_require')],
    ...[...(extras?.entries() ?? [])].map(([k, v]) => [`setup.cfg [options.extras_require] ${k}`, v]),
  ] as [string, string | undefined][]) {
    if (iniLines(value).some((l) => requirementName(l) === tool)) return label;
  }
  for (const [env, section] of project.tox) {
    if ((env === 'testenv' || env.startsWith('testenv:')) && iniLines(section.get('deps')).some((l) => requirementName(l) === tool)) return `${project.toxLabel} [${env}] deps`;
  }
  for (const { file, text } of project.requirements) if (text.split(/\r?\n/).some((l) => requirementName(l) === tool)) return file;
  return undefined;
}
